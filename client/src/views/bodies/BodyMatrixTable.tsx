// The bodies × actors matrix as a plain HTML table: a column per body, a row per actor that sits in one; a
// member's cell names the role in words, an empty cell says "no" to a screen reader. The last row counts the
// recorded members per body. A page of a large region's bodies scrolls inside its own box, its header row and
// its actors' names kept in view.
import type { UiLanguage } from '../../app/url-state.ts';
import { ActorButton } from './ActorButton.tsx';
import { roleLabel, type BodyMatrix } from './body-matrix.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';

interface Props {
  readonly matrix: BodyMatrix;
  readonly roles: readonly { readonly key: string; readonly labelDe: string; readonly labelEn: string }[];
  readonly caption: string;
  readonly paged: boolean;
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

export function BodyMatrixTable({ matrix, roles, caption, paged, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  return (
    <div
      className={paged ? 'bd-scroll bd-scroll-paged' : 'bd-scroll'}
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="bd-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="bd-corner">
              {b.actorColumn}
            </th>
            {matrix.bodies.map((body) => (
              <th key={body.id} scope="col" data-body={body.id}>
                <ActorButton actor={body} describedBy={hintId} onOpen={onOpen} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.actor.id} data-actor={row.actor.id}>
              <th scope="row">
                <ActorButton actor={row.actor} describedBy={hintId} onOpen={onOpen} />
              </th>
              {row.cells.map((cell, column) => (
                <td
                  key={matrix.bodies[column]?.id ?? column}
                  className={cell.member ? 'bd-member' : 'bd-none'}
                >
                  {cell.member ? (
                    <>
                      <span aria-hidden="true" className="bd-mark">
                        ✓
                      </span>{' '}
                      {roleLabel(cell.role, roles, lang, b.roleUnstated)}
                    </>
                  ) : (
                    <span className="visually-hidden">{b.no}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{b.membersRecorded}</th>
            {matrix.memberCounts.map((count, column) => (
              <td key={matrix.bodies[column]?.id ?? column}>{count}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
