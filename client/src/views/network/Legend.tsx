// The legend is data: one row per kind on screen with its shape, colour and count (emphasised / all), following
// the filters. A click chooses that kind alone (a second click on the only chosen kind shows all again).
import type { EntityKind } from '../../api/generated/schema-enums.ts';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import { KIND_STYLES } from '../../graph/kind-style.ts';
import { ShapeIcon } from './ShapeIcon.tsx';
import type { ViewModel } from './view-model.ts';

interface Props {
  readonly legend: ViewModel['legend'];
  readonly kinds: readonly EntityKind[];
  readonly onKinds: (kinds: EntityKind[]) => void;
}

export function Legend({ legend, kinds, onKinds }: Props) {
  const t = useTexts();
  const labels = useLabels();
  if (legend.length === 0) return null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t.legend}</h2>
      <p className="hint">{t.legendHint}</p>
      <ul>
        {legend.map((row) => {
          const only = kinds.length === 1 && kinds[0] === row.kind;
          const counted = row.emphasised === row.count ? `${row.count}` : `${row.emphasised} / ${row.count}`;
          return (
            <li key={row.kind}>
              <button
                type="button"
                aria-pressed={only}
                onClick={() => onKinds(only || row.kind === 'OTHER' ? [] : [row.kind])}
              >
                <ShapeIcon look={KIND_STYLES[row.kind]} faded={row.emphasised === 0} />
                <span className="legend-label">{labels.kind(row.kind)}</span>
                <span className="legend-count">{counted}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t.inferredEdges}</p>
    </section>
  );
}
