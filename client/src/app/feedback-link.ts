// Where the footer's "Feedback" link goes: a mail to the operator's address with the page's link in it (so the
// reader need not describe where the barrier was), else the operator's feedback page, else the statement's part
// on feedback, which says that the operator has set neither.
import type { SiteQuery } from '../api/generated/operations.ts';

type Site = SiteQuery['site'];

interface MailWords {
  readonly subject: string;
  readonly body: (pageUrl: string) => string;
}

export function feedbackHref(
  site: Site | null,
  pageUrl: string,
  words: MailWords,
  statementHref: string,
): string {
  if (site?.feedbackEmail) {
    const query = `subject=${encodeURIComponent(words.subject)}&body=${encodeURIComponent(words.body(pageUrl))}`;
    return `mailto:${site.feedbackEmail}?${query}`;
  }
  return site?.feedbackUrl ?? `${statementHref}#feedback`;
}
