// "Akteure ohne Gremium": the actors placed in the region that sit in none of its bodies.
import type { UiLanguage } from '../../app/url-state.ts';
import { ActorButton } from './ActorButton.tsx';
import { BODIES_TEXTS } from './bodies-texts.ts';

interface Props {
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  /** How many actors were checked, and how many the region holds (the request reads one page). */
  readonly checked: number;
  readonly total: number;
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

export function AtNoTableList({ actors, checked, total, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  return (
    <section className="bd-section" aria-labelledby="bd-no-table">
      <h3 id="bd-no-table">{b.atNoTableHeading}</h3>
      <p className="bd-text">{b.atNoTableIntro}</p>
      {actors.length === 0 ? (
        <p className="bd-text">{b.atNoTableNone}</p>
      ) : (
        <ul className="bd-names">
          {actors.map((actor) => (
            <li key={actor.id}>
              <ActorButton actor={actor} describedBy={hintId} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {total > checked && <p className="bd-note">{b.atNoTableLimit(checked, total)}</p>}
    </section>
  );
}
