// "Wer sitzt an welchem Tisch": the whole matrix for a region with a few bodies; above PAGED_ABOVE, a page of
// bodies at a time with a filter on their names, and as rows only the actors that sit in the bodies shown.
import { useId, useMemo, useState } from 'react';
import type { UiLanguage } from '../../app/url-state.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';
import { matrixFor, type BodyMatrix, type MembershipIndex } from './body-matrix.ts';
import { BODIES_PER_PAGE, filterBodies, isPaged, pageOf } from './body-pages.ts';
import { BodyMatrixTable } from './BodyMatrixTable.tsx';
import { Pager } from './Pager.tsx';

type RoleTerm = { readonly key: string; readonly labelDe: string; readonly labelEn: string };

interface Props {
  readonly index: MembershipIndex;
  readonly roles: readonly RoleTerm[];
  readonly regionName: string;
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

export function BodyMatrixSection(props: Props) {
  return isPaged(props.index.bodies.length) ? <PagedMatrix {...props} /> : <WholeMatrix {...props} />;
}

function WholeMatrix({ index, roles, regionName, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  const matrix = useMemo(() => matrixFor(index, index.bodies, 'name'), [index]);
  return (
    <>
      <BodyMatrixTable
        matrix={matrix}
        roles={roles}
        caption={b.caption(regionName)}
        paged={false}
        lang={lang}
        hintId={hintId}
        onOpen={onOpen}
      />
      <NoMembersNote matrix={matrix} lang={lang} />
    </>
  );
}

function PagedMatrix({ index, roles, regionName, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const matching = useMemo(() => filterBodies(index.bodies, filter), [index, filter]);
  const page = useMemo(() => pageOf(matching, pageIndex, BODIES_PER_PAGE), [matching, pageIndex]);
  const matrix = useMemo(() => matrixFor(index, page.items, 'firstBody'), [index, page]);
  const all = index.bodies.length;
  return (
    <>
      <p className="bd-text">{b.pagedIntro(all, BODIES_PER_PAGE)}</p>
      <div className="bd-page-bar">
        <p className="bd-filter">
          <label htmlFor={filterId}>{b.filterLabel}</label>{' '}
          <input
            id={filterId}
            type="search"
            value={filter}
            autoComplete="off"
            onChange={(e) => {
              setFilter(e.target.value);
              setPageIndex(0);
            }}
          />
        </p>
        <Pager
          label={b.bodiesPager}
          position={
            page.total === 0
              ? b.filterNone(filter.trim())
              : b.bodiesRange(page.first, page.last, page.total, all)
          }
          hasPrevious={page.index > 0}
          hasNext={page.index < page.count - 1}
          lang={lang}
          onPrevious={() => setPageIndex(page.index - 1)}
          onNext={() => setPageIndex(page.index + 1)}
        />
      </div>
      {page.total > 0 && (
        <>
          <BodyMatrixTable
            matrix={matrix}
            roles={roles}
            caption={b.captionPage(regionName, page.first, page.last, page.total)}
            paged
            lang={lang}
            hintId={hintId}
            onOpen={onOpen}
          />
          <p className="bd-note">{b.rowOrderNote}</p>
          <NoMembersNote matrix={matrix} lang={lang} />
        </>
      )}
    </>
  );
}

function NoMembersNote({ matrix, lang }: { readonly matrix: BodyMatrix; readonly lang: UiLanguage }) {
  if (!matrix.memberCounts.includes(0)) return null;
  return <p className="bd-note">{BODIES_TEXTS[lang].noMembersNote}</p>;
}
