// A gap explained: nothing is recorded for this topic and group here, which may be a real gap or one in the data;
// the nearest regions that have such an offer (with the offers, each a way into the network view), and the
// programs and funders behind such offers elsewhere — whom to ask.
import type { GraphqlRequestError } from '../../api/graphql-client.ts';
import { useTexts } from '../../app/texts.tsx';
import type { UiLanguage } from '../../app/url-state.ts';
import { useGapsTexts } from './gaps-texts.ts';
import type { MatrixModel } from './matrix-model.ts';
import { ShowInNetwork } from './ShowInNetwork.tsx';
import type { GapEntry } from './use-coverage.ts';
import { useEntityName } from './use-entity-name.ts';
import { errorText } from '../../app/error-text.ts';

interface Props {
  readonly model: MatrixModel;
  readonly lang: UiLanguage;
  readonly gap: GapEntry | null;
  readonly error: GraphqlRequestError | null;
  readonly onShowInNetwork: (id: string) => void;
}

function NamedOffer({ id, onShow }: { readonly id: string; readonly onShow: (id: string) => void }) {
  const name = useEntityName(id, undefined);
  return (
    <li>
      <span className="offer-name">{name}</span>
      <ShowInNetwork id={id} name={name} onShow={onShow} />
    </li>
  );
}

export function GapDetails({ model, lang, gap, error, onShowInNetwork }: Props) {
  const t = useTexts();
  const g = useGapsTexts();
  return (
    <>
      <p className="gap-badge">{t.gap}</p>
      <p>{g.gapExplanation(model.regionName)}</p>
      {error && <p role="alert">{errorText(error, t)}</p>}
      {!error && !gap && <p>{g.gapsLoading}</p>}
      {gap && (
        <>
          <h4>{t.nearest}</h4>
          {gap.nearest.length === 0 ? (
            <p>{g.nearestNone}</p>
          ) : (
            <ol className="nearest">
              {gap.nearest.map((near) => (
                <li key={near.region.id}>
                  <span className="region-name">{near.region.name}</span>{' '}
                  <span className="offer-meta">
                    {lang === 'en' ? near.region.level.labelEn : near.region.level.labelDe} ·{' '}
                    {g.steps(near.distance)}
                  </span>
                  <ul className="offer-list">
                    {near.initiativeIds.map((id) => (
                      <NamedOffer key={id} id={id} onShow={onShowInNetwork} />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {gap.programs.length > 0 && (
            <>
              <h4>{g.programs}</h4>
              <ul className="offer-list">
                {gap.programs.map(({ program }) => (
                  <li key={program.id}>
                    <span className="offer-name">{program.name}</span>
                    <ShowInNetwork id={program.id} name={program.name} onShow={onShowInNetwork} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {gap.funders.length > 0 && (
            <>
              <h4>{g.funders}</h4>
              <ul className="offer-list">
                {gap.funders.map(({ funder }) => (
                  <li key={funder.id}>
                    <span className="offer-name">{funder.name}</span>
                    <ShowInNetwork id={funder.id} name={funder.name} onShow={onShowInNetwork} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
