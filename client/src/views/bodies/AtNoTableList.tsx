// "Akteure ohne Gremium": the actors placed in the region that sit in none of its bodies. A region with more
// actors than one request gives (ACTORS_PER_PAGE) is checked a page at a time, and the list says which page.
import { useMemo } from 'react';
import type { UiLanguage } from '../../app/url-state.ts';
import { ActorButton } from './ActorButton.tsx';
import { actorsAtNoTable, pagePositions } from './actors-at-no-table.ts';
import { ACTORS_PER_PAGE } from './bodies-operations.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';
import type { MembershipIndex } from './body-matrix.ts';
import { Pager } from './Pager.tsx';
import type { ActorPages } from './use-actor-pages.ts';

interface Props {
  readonly pages: ActorPages;
  readonly seated: MembershipIndex;
  /** The error in words, or null. */
  readonly error: string | null;
  readonly loadingText: string;
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

export function AtNoTableList({ pages, seated, error, loadingText, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  const answer = pages.data?.actors ?? null;
  const found = useMemo(() => (answer ? actorsAtNoTable(answer.nodes, seated) : []), [answer, seated]);
  const whole = answer !== null && pages.index === 0 && !answer.pageInfo.hasNextPage;
  const shownIndex = pages.loading ? pages.index - 1 : pages.index;
  const { first, last } = pagePositions(shownIndex, ACTORS_PER_PAGE, answer?.nodes.length ?? 0);
  return (
    <section className="bd-section" aria-labelledby="bd-no-table" aria-busy={pages.loading}>
      <h3 id="bd-no-table">{b.atNoTableHeading}</h3>
      <p className="bd-text">{b.atNoTableIntro}</p>
      {error !== null ? (
        <p className="bd-error">{b.atNoTableError(error)}</p>
      ) : answer === null ? (
        <p className="bd-text">{loadingText}</p>
      ) : (
        <>
          {!whole && (
            <Pager
              label={b.atNoTablePager}
              position={
                pages.loading ? loadingText : b.atNoTableChecked(first, last, answer.totalCount, found.length)
              }
              hasPrevious={pages.previous !== null}
              hasNext={pages.next !== null}
              lang={lang}
              onPrevious={() => pages.previous?.()}
              onNext={() => pages.next?.()}
            />
          )}
          {pages.loading ? null : found.length === 0 ? (
            <p className="bd-text">{whole ? b.atNoTableNone : b.atNoTablePageNone}</p>
          ) : (
            <ul className="bd-names">
              {found.map((actor) => (
                <li key={actor.id}>
                  <ActorButton actor={actor} describedBy={hintId} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
