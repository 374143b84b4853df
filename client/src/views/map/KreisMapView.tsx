// The Kreis map ("Karte"): every Kreis of a Land — or of all Germany (`region=de`, "Deutschland" in the area
// choice) — coloured by how many offers of a chosen cell (topic × target group, or all offers) reach it — counts
// or per 100,000 inhabitants —, Kreise without an offer hatched, the borders of the Länder drawn thicker, a table of
// every Kreis as the text alternative, and a list of what cannot be placed on the map. A click on a Kreis opens its
// gap matrix. The boundaries are prepared at build time (kreis-boundaries-build.ts); the counts come from one
// `kreisCoverage` request, for a Land or for all Germany alike.
import { useCallback, useEffect, useMemo } from 'react';
import type { KreisMapQueryVariables } from '../../api/generated/operations.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { TermSelect } from '../../ui/TermSelect.tsx';
import { cellColour, legendStops } from '../gaps/cell-colour.ts';
import { formatDay, numberFormats } from '../gaps/matrix-model.ts';
import { HATCH_ID, KreisMapSvg, NO_VALUE_FILL } from './KreisMapSvg.tsx';
import { KreisTable } from './KreisTable.tsx';
import { areaChoices, GERMANY, kreisValue, mapArea, placeKreise, type PlacedKreis } from './map-model.ts';
import { MAP_TEXTS } from './map-texts.ts';
import { UnplacedList } from './UnplacedList.tsx';
import { useBoundaries, useKreisMap, useMapAreas, useMapTerms } from './use-map-data.ts';
import './map.css';
import { errorText } from '../../app/error-text.ts';

function setReady(ready: boolean) {
  if (window.__atlas) window.__atlas.ready = ready;
  else window.__atlas = { cy: null, ready };
}

const today = () => new Date().toISOString().slice(0, 10);

export function KreisMapView({ state, update }: ViewProps) {
  const t = useTexts();
  const m = MAP_TEXTS[state.lang];
  const announce = useAnnounce();
  const { region, topic, targetGroup, at, statedOnly, fromAbove, perCapita, lang } = state;
  /** A Land id, or GERMANY for the map of every Kreis. */
  const area = mapArea(region);
  const variables = useMemo<KreisMapQueryVariables | null>(
    () => (area === null ? null : { land: area, topic, targetGroup, at, statedOnly, fromAbove }),
    [area, topic, targetGroup, at, statedOnly, fromAbove],
  );
  const terms = useMapTerms();
  const areas = useMapAreas();
  const answer = useKreisMap(variables);
  const boundaries = useBoundaries(area !== null);

  const entries = answer.data?.kreisCoverage ?? null;
  const placement = useMemo(
    () =>
      entries && boundaries.topology && area !== null
        ? placeKreise(entries, boundaries.topology, area)
        : null,
    [entries, boundaries.topology, area],
  );
  const formats = useMemo(() => numberFormats(lang), [lang]);
  const choices = useMemo(
    () => areaChoices(areas.data?.regions.nodes ?? [], m.germany, lang),
    [areas.data, m.germany, lang],
  );
  const landName = area === GERMANY ? m.germany : (answer.data?.land?.name ?? area ?? '');
  // The chosen area is always a choice, also before (or without) the list of Länder.
  const shownChoices =
    area === null || choices.some((c) => c.id === area)
      ? choices
      : [...choices, { id: area, label: landName }];
  const withOffer = entries?.filter((e) => e.count > 0).length ?? 0;

  const ready =
    terms.settled &&
    areas.settled &&
    (area === null || (answer.settled && (boundaries.topology !== null || boundaries.failed)));
  useEffect(() => setReady(ready), [ready]);
  useEffect(() => {
    if (answer.settled && entries) announce(m.announce(landName, withOffer, entries.length));
  }, [answer.settled, entries, landName, withOffer, announce, m]);

  const label = (term: { labelDe: string; labelEn: string }) => (lang === 'en' ? term.labelEn : term.labelDe);
  const topicTerm = terms.data?.topics.find((x) => x.id === topic) ?? null;
  const groupTerm = terms.data?.targetGroups.find((x) => x.id === targetGroup) ?? null;
  const cell =
    topic === null && targetGroup === null
      ? m.allOffers
      : `${topicTerm ? label(topicTerm) : (topic ?? m.allTopics)} × ${groupTerm ? label(groupTerm) : (targetGroup ?? m.allTargetGroups)}`;
  const day = formatDay(at ?? today(), lang);

  const values = (entries ?? []).map((e) => kreisValue(e, perCapita)).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const format = (v: number) => (perCapita ? formats.rate.format(v) : formats.count.format(v));
  // Stable while their inputs are, so the map's 400 paths re-render only when what they show changes.
  const value = useCallback((kreis: PlacedKreis) => kreisValue(kreis.entry, perCapita), [perCapita]);
  const title = useCallback(
    (kreis: PlacedKreis) => {
      const { entry } = kreis;
      const text = () => {
        if (entry.count === 0) return `0 ${m.offers(0)} (${m.zeroTitle})`;
        const count = `${formats.count.format(entry.count)} ${m.offers(entry.count)}`;
        if (!perCapita) return count;
        return entry.perHundredThousand === null
          ? `${count}, ${m.noPopulation}`
          : `${count}, ${formats.rate.format(entry.perHundredThousand)} ${m.perCapitaUnit}`;
      };
      return m.kreisTitle(entry.region.name, text());
    },
    [m, formats, perCapita],
  );
  const open = useCallback((kreisId: string) => update({ view: 'luecken', region: kreisId }), [update]);

  const error = answer.error;
  return (
    <div className="map-view">
      <div className="map-top">
        <h2>{entries ? `${m.heading}: ${landName}` : m.heading}</h2>
        <label className="map-area">
          {m.areaLabel}{' '}
          <select value={area ?? ''} onChange={(e) => update({ region: e.target.value || null })}>
            {area === null && <option value="">{m.areaNone}</option>}
            {shownChoices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <RegionPicker region={region} lang={lang} onPick={(id) => update({ region: id })} />
        <div className="map-switches">
          <TermSelect
            label={t.topic}
            allLabel={m.allTopics}
            terms={terms.data?.topics ?? []}
            value={topic}
            lang={lang}
            onChange={(id) => update({ topic: id })}
          />
          <TermSelect
            label={t.targetGroup}
            allLabel={m.allTargetGroups}
            terms={terms.data?.targetGroups ?? []}
            value={targetGroup}
            lang={lang}
            onChange={(id) => update({ targetGroup: id })}
          />
          <label>
            <input
              type="checkbox"
              checked={perCapita}
              onChange={(e) => update({ perCapita: e.target.checked })}
            />{' '}
            {t.perCapita}
          </label>
          <label>
            <input
              type="checkbox"
              checked={fromAbove}
              onChange={(e) => update({ fromAbove: e.target.checked })}
            />{' '}
            {t.fromAbove}
          </label>
        </div>
      </div>

      {region === null && <p className="map-intro">{m.intro}</p>}
      {region !== null && area === null && (
        <p className="map-error" role="alert">
          {m.noLand(region)}
        </p>
      )}
      {error && (
        <p className="map-error" role="alert">
          {error.code === 'NOT_FOUND' ? m.notFound(region ?? '') : errorText(error, t)}
        </p>
      )}
      {boundaries.failed && (
        <p className="map-error" role="alert">
          {m.boundariesFailed}
        </p>
      )}
      {(answer.loading || (area !== null && !boundaries.topology && !boundaries.failed)) && (
        <p className="map-loading">{answer.loading ? t.loading : m.boundariesLoading}</p>
      )}
      {entries && !error && entries.length === 0 && <p className="map-intro">{m.empty}</p>}

      {entries && !error && entries.length > 0 && (
        <div className="map-body" aria-busy={answer.loading}>
          <p className="map-summary">{m.summary(withOffer, entries.length)}</p>
          {placement && boundaries.topology && (
            <div className="map-figure">
              <KreisMapSvg
                topology={boundaries.topology}
                placed={placement.placed}
                value={value}
                max={max}
                title={title}
                label={m.mapLabel(landName, cell, day)}
                onOpen={open}
              />
              <div className="map-side">
                <ul className="map-legend" aria-label={t.legend}>
                  <li>
                    <svg width="18" height="18" aria-hidden="true">
                      <rect width="18" height="18" fill={`url(#${HATCH_ID})`} className="swatch" />
                    </svg>
                    {m.legendZero}
                  </li>
                  {legendStops(max, !perCapita).map((stop) => (
                    <li key={stop}>
                      <span
                        className="swatch"
                        aria-hidden="true"
                        style={{ background: cellColour(stop, max).background }}
                      />
                      {perCapita ? `${format(stop)} ${m.perCapitaUnit}` : `${format(stop)} ${m.offers(stop)}`}
                    </li>
                  ))}
                  {perCapita && (
                    <li>
                      <span className="swatch" aria-hidden="true" style={{ background: NO_VALUE_FILL }} />
                      {m.legendNoValue}
                    </li>
                  )}
                </ul>
                <p className="map-hint">{m.clickHint}</p>
                <UnplacedList placement={placement} texts={m} />
              </div>
            </div>
          )}
          <KreisTable
            entries={entries}
            caption={m.caption(landName, cell, day)}
            formats={formats}
            texts={m}
            lang={lang}
            onOpen={open}
          />
          <p className="map-note">{m.boundaryNote}</p>
        </div>
      )}
    </div>
  );
}
