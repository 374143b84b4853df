// Previous / next through the pages of a list, with where one is in words ("Gremien 11–20 von 54"). The buttons
// stay focusable at either end (aria-disabled, not disabled), so the keyboard focus is never dropped; the position
// is a polite live region, so a screen reader hears the new page (and a filter's result) without moving there.
import type { UiLanguage } from '../../app/url-state.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';

interface Props {
  readonly label: string;
  readonly position: string;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly lang: UiLanguage;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

export function Pager({ label, position, hasPrevious, hasNext, lang, onPrevious, onNext }: Props) {
  const b = BODIES_TEXTS[lang];
  return (
    <nav className="bd-pager" aria-label={label}>
      <button
        type="button"
        className="bd-page-button"
        data-page="previous"
        aria-disabled={!hasPrevious}
        onClick={() => hasPrevious && onPrevious()}
      >
        <span aria-hidden="true">← </span>
        {b.previous}
      </button>
      <p className="bd-pager-position" aria-live="polite">
        {position}
      </p>
      <button
        type="button"
        className="bd-page-button"
        data-page="next"
        aria-disabled={!hasNext}
        onClick={() => hasNext && onNext()}
      >
        {b.next}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
