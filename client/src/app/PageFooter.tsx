// The footer on every view: the accessibility statement (a real link, so it opens in a new tab too, but followed
// in place like the tabs) and "Feedback", a mail to the operator that carries the link of what the reader sees.
import type { MouseEvent } from 'react';
import type { SiteQuery } from '../api/generated/operations.ts';
import { feedbackHref } from './feedback-link.ts';
import { useTexts } from './texts.tsx';
import type { UpdateState } from './use-atlas-state.ts';
import { formatState, type AtlasState } from './url-state.ts';

interface Props {
  readonly state: AtlasState;
  readonly update: UpdateState;
  readonly site: SiteQuery['site'] | null;
}

/** A plain left click stays in the page; a click with a modifier (new tab, new window) is the browser's. */
const inPlace = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export function PageFooter({ state, update, site }: Props) {
  const t = useTexts();
  const here = `${window.location.origin}${window.location.pathname}`;
  const statement = `${window.location.pathname}${formatState({ ...state, view: 'barrierefreiheit', selected: null })}`;
  const onStatement = (e: MouseEvent) => {
    if (!inPlace(e)) return;
    e.preventDefault();
    update({ view: 'barrierefreiheit', selected: null });
  };
  return (
    <footer className="page-footer">
      <nav aria-label={t.footer}>
        <ul>
          <li>
            <a
              href={statement}
              aria-current={state.view === 'barrierefreiheit' ? 'page' : undefined}
              onClick={onStatement}
            >
              {t.views.barrierefreiheit}
            </a>
          </li>
          <li>
            <a
              className="feedback-link"
              href={feedbackHref(
                site,
                `${here}${formatState(state)}`,
                { subject: t.feedbackSubject, body: t.feedbackBody },
                statement,
              )}
            >
              {t.feedback}
            </a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
