// "Nicht auf der Karte": the Kreise of the answer that have no boundary (no AGS, or one the boundary data lacks)
// and the boundaries of the Land that have no Kreis in the atlas.
import type { KreisPlacement } from './map-model.ts';
import type { MapTexts } from './map-texts.ts';

interface Props {
  readonly placement: KreisPlacement;
  readonly texts: MapTexts;
}

export function UnplacedList({ placement, texts: m }: Props) {
  const { unplaced, orphans } = placement;
  return (
    <section className="map-unplaced" aria-labelledby="map-unplaced-heading">
      <h3 id="map-unplaced-heading">{m.unplacedHeading}</h3>
      {unplaced.length === 0 && orphans.length === 0 && <p>{m.unplacedNone}</p>}
      {unplaced.length > 0 && (
        <>
          <h4>{m.unplacedKreise}</h4>
          <ul className="unplaced-kreise">
            {unplaced.map(({ entry, reason }) => (
              <li key={entry.region.id} data-region={entry.region.id}>
                {entry.region.name}
                {entry.region.code !== null && ` (${m.ags(entry.region.code)})`}: {m.reason[reason]}
              </li>
            ))}
          </ul>
        </>
      )}
      {orphans.length > 0 && (
        <>
          <h4>{m.orphans}</h4>
          <ul className="unplaced-boundaries">
            {orphans.map((o) => (
              <li key={o.ags} data-ags={o.ags}>
                {o.name} ({m.ags(o.ags)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
