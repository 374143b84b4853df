// A labelled choice of one topic or target group (or all), labels in the page's language.
import type { UiLanguage } from '../app/url-state.ts';

interface Term {
  readonly id: string;
  readonly labelDe: string;
  readonly labelEn: string;
}

interface Props {
  readonly label: string;
  readonly allLabel: string;
  readonly terms: readonly Term[];
  readonly value: string | null;
  readonly lang: UiLanguage;
  readonly onChange: (id: string | null) => void;
}

export function TermSelect({ label, allLabel, terms, value, lang, onChange }: Props) {
  const name = (term: Term) => (lang === 'en' ? term.labelEn : term.labelDe);
  return (
    <label className="term-select">
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allLabel}</option>
        {[...terms]
          .sort((a, b) => name(a).localeCompare(name(b), lang))
          .map((term) => (
            <option key={term.id} value={term.id}>
              {name(term)}
            </option>
          ))}
      </select>
    </label>
  );
}
