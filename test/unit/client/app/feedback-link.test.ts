// The footer's "Feedback" link: a mail to the operator's address that carries the link of the view; without an
// address the operator's feedback page; without either the statement's part on feedback.
import { describe, expect, it } from 'vitest';
import { feedbackHref } from '../../../../client/src/app/feedback-link.ts';

const WORDS = { subject: 'Rückmeldung zum Integration Atlas', body: (url: string) => `Seite: ${url}\n` };
const PAGE = 'http://127.0.0.1:4000/?ansicht=luecken&region=de-05913&thema=sprache-und-bildung';
const STATEMENT = '/?ansicht=barrierefreiheit';

describe('feedbackHref', () => {
  it('writes a mail to the configured address whose body holds the page link, every character encoded', () => {
    const href = feedbackHref(
      { feedbackEmail: 'barrierefreiheit@example.org', feedbackUrl: 'https://example.org/kontakt' },
      PAGE,
      WORDS,
      STATEMENT,
    );
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('barrierefreiheit@example.org');
    expect(url.searchParams.get('subject')).toBe(WORDS.subject);
    expect(url.searchParams.get('body')).toBe(`Seite: ${PAGE}\n`);
    // The page link's own & and = must not split the mail's query into parameters of their own.
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('without an address, links the operator’s feedback page; without either, the statement’s feedback part', () => {
    expect(
      feedbackHref(
        { feedbackEmail: null, feedbackUrl: 'https://example.org/kontakt' },
        PAGE,
        WORDS,
        STATEMENT,
      ),
    ).toBe('https://example.org/kontakt');
    expect(feedbackHref({ feedbackEmail: null, feedbackUrl: null }, PAGE, WORDS, STATEMENT)).toBe(
      '/?ansicht=barrierefreiheit#feedback',
    );
    expect(feedbackHref(null, PAGE, WORDS, STATEMENT)).toBe('/?ansicht=barrierefreiheit#feedback');
  });
});
