// Everything known about the selected node or edge, and where it comes from: kind, period, evidence (stated with
// its locator, or inferred with the reasoning), freshness, last verified, sources with links; the neighbours on
// screen are buttons that move the selection.
import type { NodeDetailsQuery, NodeDetailsQueryVariables } from '../../api/generated/operations.ts';
import { useQuery } from '../../api/use-query.ts';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { UiLanguage } from '../../app/url-state.ts';
import { NODE_DETAILS_QUERY } from './network-operations.ts';
import { PathPicker } from './PathPicker.tsx';
import { edgeElementId, neighboursOf, type ViewModel } from './view-model.ts';
import { errorText } from '../../app/error-text.ts';

interface Props {
  readonly id: string;
  readonly model: ViewModel;
  readonly at: string | null;
  readonly lang: UiLanguage;
  readonly onSelect: (id: string | null) => void;
  /** Add the node to the focus (its neighbours join the view); null when it is already a focus. */
  readonly onExpand: ((id: string) => void) | null;
  /** Take the node out of the focus again (its neighbours leave); null unless it is one of several focus nodes. */
  readonly onCollapse: ((id: string) => void) | null;
  /** Show the shortest paths from this actor to another. */
  readonly onPath: (from: string, to: string) => void;
}

type Details = NonNullable<NodeDetailsQuery['node']>;
type Fact = {
  claim?: string | null;
  locator?: string | null;
  reasoning?: string | null;
  lastVerified?: string | null;
  status?: string | null;
};

const STATUS_DE: Record<string, string> = {
  CURRENT: 'aktuell',
  STALE: 'veraltet (Ende unbekannt, Quelle älter als fünf Jahre)',
  ENDED: 'beendet',
  NOT_STARTED: 'noch nicht begonnen',
};
const STATUS_EN: Record<string, string> = {
  CURRENT: 'current',
  STALE: 'stale (end unknown, source over five years old)',
  ENDED: 'ended',
  NOT_STARTED: 'not started yet',
};

function Evidence({ fact, lang }: { readonly fact: Fact; readonly lang: UiLanguage }) {
  const t = useTexts();
  const claim = fact.claim === 'STATED' ? t.stated : fact.claim === 'INFERRED' ? t.inferred : t.unmarked;
  return (
    <>
      <dt>{t.claim}</dt>
      <dd>
        {claim}
        {fact.locator ? <q className="locator">{fact.locator}</q> : null}
        {fact.reasoning ? <span className="reasoning"> — {fact.reasoning}</span> : null}
      </dd>
      {fact.status ? (
        <>
          <dt>{t.freshness}</dt>
          <dd>{(lang === 'en' ? STATUS_EN : STATUS_DE)[fact.status] ?? fact.status}</dd>
        </>
      ) : null}
      <dt>{t.lastVerified}</dt>
      <dd>{fact.lastVerified ?? '—'}</dd>
    </>
  );
}

function NodeFacts({ node, lang }: { readonly node: Details; readonly lang: UiLanguage }) {
  const t = useTexts();
  const term = 'kindTerm' in node ? node.kindTerm : 'initiativeKind' in node ? node.initiativeKind : null;
  const period = 'period' in node ? node.period : null;
  const sources = 'sources' in node ? node.sources : [];
  return (
    <dl>
      {term ? (
        <>
          <dt>{t.kind}</dt>
          <dd>{lang === 'en' ? term.labelEn : term.labelDe}</dd>
        </>
      ) : null}
      {'description' in node && node.description ? (
        <>
          <dt>{t.description}</dt>
          <dd>{node.description}</dd>
        </>
      ) : null}
      {period ? (
        <>
          <dt>{t.period}</dt>
          <dd>
            {period.since === null && period.until === null
              ? t.periodUnknown
              : `${period.since ?? '?'} – ${period.until ?? '?'}`}
          </dd>
        </>
      ) : null}
      {'claim' in node ? <Evidence fact={node} lang={lang} /> : null}
      {sources.length > 0 ? (
        <>
          <dt>{t.sources}</dt>
          <dd>
            <ul className="sources">
              {sources.map((s) => (
                <li key={s.id}>
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}{' '}
                  <small>({s.published ?? s.dateRead ?? '—'})</small>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function DetailsPanel({ id, model, at, lang, onSelect, onExpand, onCollapse, onPath }: Props) {
  const t = useTexts();
  const labels = useLabels();
  const edge = model.edges.find((e) => edgeElementId(e) === id);
  const nodeId = edge ? null : id;
  const { data, error, loading } = useQuery<NodeDetailsQuery>(
    NODE_DETAILS_QUERY,
    nodeId === null ? null : ({ id: nodeId, at } satisfies NodeDetailsQueryVariables),
  );
  const name = (nid: string) => model.nodes.find((n) => n.id === nid)?.name ?? nid;
  const neighbours = nodeId ? neighboursOf(model, nodeId) : [];
  return (
    <aside className="details" aria-labelledby="details-title">
      <div className="details-head">
        <h2 id="details-title">
          {edge ? `${name(edge.source)} → ${name(edge.target)}` : (data?.node?.name ?? name(id))}
        </h2>
        <button type="button" onClick={() => onSelect(null)} aria-label={t.close}>
          ×
        </button>
      </div>
      {edge ? (
        <dl>
          <dt>{t.kind}</dt>
          <dd>
            {labels.relationship(edge.type)}
            {edge.kind ? ` (${edge.kind})` : ''}
            {edge.role ? `, ${edge.role}` : ''}
          </dd>
          <Evidence fact={{ claim: edge.claim }} lang={lang} />
          <dt>{t.sources}</dt>
          <dd>{edge.sources.join(', ') || '—'}</dd>
        </dl>
      ) : loading ? (
        <p>{t.loading}</p>
      ) : error ? (
        <p role="alert">{errorText(error, t)}</p>
      ) : data?.node ? (
        <NodeFacts node={data.node} lang={lang} />
      ) : (
        <p>{t.empty}</p>
      )}
      {nodeId !== null ? (
        <div className="details-actions">
          {onExpand ? (
            <button type="button" onClick={() => onExpand(nodeId)}>
              {t.expand}
            </button>
          ) : null}
          {onCollapse ? (
            <button type="button" onClick={() => onCollapse(nodeId)}>
              {t.collapse}
            </button>
          ) : null}
          {data?.node && 'kindTerm' in data.node ? <PathPicker onPick={(to) => onPath(nodeId, to)} /> : null}
        </div>
      ) : null}
      {neighbours.length > 0 ? (
        <>
          <h3>{t.neighbours}</h3>
          <ul className="neighbours">
            {neighbours
              .map((nid) => ({ id: nid, name: name(nid) }))
              .sort((a, b) => a.name.localeCompare(b.name, 'de'))
              .map((n) => (
                <li key={n.id}>
                  <button type="button" onClick={() => onSelect(n.id)}>
                    {n.name}
                  </button>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
