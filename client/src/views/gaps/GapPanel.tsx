// The side panel of a chosen cell: its offers (name, whole or partial reach, through which region) each with a
// way into the network view; or, for a gap, what the gap means and where such offers exist (GapDetails).
import { useId } from 'react';
import type { GraphqlRequestError } from '../../api/graphql-client.ts';
import { useTexts } from '../../app/texts.tsx';
import type { UiLanguage } from '../../app/url-state.ts';
import { GapDetails } from './GapDetails.tsx';
import { useGapsTexts } from './gaps-texts.ts';
import type { CellOffer, MatrixCell, MatrixModel } from './matrix-model.ts';
import { ShowInNetwork } from './ShowInNetwork.tsx';
import type { GapEntry } from './use-coverage.ts';
import { useEntityName } from './use-entity-name.ts';

interface Props {
  readonly model: MatrixModel;
  readonly cell: MatrixCell;
  readonly lang: UiLanguage;
  /** The gap's details, while the cell is a gap: null until they arrive. */
  readonly gap: GapEntry | null;
  readonly gapError: GraphqlRequestError | null;
  readonly onShowInNetwork: (id: string) => void;
  readonly onClose: () => void;
}

function OfferItem({
  offer,
  model,
  onShow,
}: {
  readonly offer: CellOffer;
  readonly model: MatrixModel;
  readonly onShow: (id: string) => void;
}) {
  const g = useGapsTexts();
  const name = useEntityName(offer.initiativeId, model.names.get(offer.initiativeId));
  const viaName = useEntityName(offer.viaId, model.names.get(offer.viaId));
  const full = offer.coverage === 'FULL';
  // FULL offers come through the region or one above it, PARTIAL ones through the region or one inside it.
  const via = offer.viaId === model.regionId ? '' : full ? g.viaAbove(viaName) : g.viaInside(viaName);
  return (
    <li>
      <span className="offer-name">{name}</span>
      <span className="offer-meta">
        {g.coverageWord}: <strong>{full ? g.full : g.partial}</strong> ({full ? g.fullMeans : g.partialMeans})
        {via && ` · ${via}`}
      </span>
      {offer.rolledUp && <span className="offer-meta">{g.rolledUp}</span>}
      <ShowInNetwork id={offer.initiativeId} name={name} onShow={onShow} />
    </li>
  );
}

export function GapPanel({ model, cell, lang, gap, gapError, onShowInNetwork, onClose }: Props) {
  const t = useTexts();
  const g = useGapsTexts();
  const headingId = useId();
  return (
    <aside
      className="gap-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h3 id={headingId}>{g.cellHeading(cell.topic.label, cell.targetGroup.label)}</h3>
        <button type="button" className="close" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {cell.gap ? (
        <GapDetails model={model} lang={lang} gap={gap} error={gapError} onShowInNetwork={onShowInNetwork} />
      ) : (
        <>
          <p>{g.cellSummary(cell.count, cell.full, cell.partial)}</p>
          <ul className="offer-list">
            {cell.offers.map((offer) => (
              <OfferItem key={offer.initiativeId} offer={offer} model={model} onShow={onShowInNetwork} />
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
