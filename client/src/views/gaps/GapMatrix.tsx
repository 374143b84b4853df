// The matrix as a plain HTML table: target groups as column headers, topics as row headers, one button per cell
// with its number. A gap is hatched, printed "0" and named "Lücke" — never told by colour alone. The table is one
// tab stop; the arrow keys move between the cells (grid-step.ts).
import { useEffect, useId, useRef, useState } from 'react';
import { useTexts } from '../../app/texts.tsx';
import { cellColour, legendStops } from './cell-colour.ts';
import { useGapsTexts } from './gaps-texts.ts';
import { gridStep, type GridPosition } from './grid-step.ts';
import { cellDisplay, type MatrixCell, type MatrixModel, type NumberFormats } from './matrix-model.ts';

interface Props {
  readonly model: MatrixModel;
  /** Values per 100,000 inhabitants (only when the population is known). */
  readonly perCapita: boolean;
  readonly formats: NumberFormats;
  /** The formatted day of the matrix, for the caption. */
  readonly day: string;
  readonly selected: MatrixCell | null;
  readonly onSelect: (cell: MatrixCell) => void;
}

const cellId = (position: GridPosition) => `${position.row}:${position.column}`;

function positionOf(model: MatrixModel, cell: MatrixCell | null): GridPosition {
  if (!cell) return { row: 0, column: 0 };
  return {
    row: Math.max(
      0,
      model.topics.findIndex((t) => t.id === cell.topic.id),
    ),
    column: Math.max(
      0,
      model.targetGroups.findIndex((g) => g.id === cell.targetGroup.id),
    ),
  };
}

export function GapMatrix({ model, perCapita, formats, day, selected, onSelect }: Props) {
  const t = useTexts();
  const g = useGapsTexts();
  const hintId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<GridPosition>(() => positionOf(model, selected));
  useEffect(() => setFocus(positionOf(model, selected)), [model, selected]);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  // A link to a chosen cell opens with that cell in sight (the matrix is taller than most screens).
  useEffect(() => {
    const chosen = selectedRef.current;
    if (chosen) buttons.current.get(cellId(positionOf(model, chosen)))?.scrollIntoView({ block: 'nearest' });
  }, [model]);

  const max = perCapita ? model.maxPerCapita : model.maxCount;
  const format = (value: number) => (perCapita ? formats.rate : formats.count).format(value);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const next = gridStep(focus, event.key, model.topics.length, model.targetGroups.length, event.ctrlKey);
    if (next === null) return;
    event.preventDefault();
    setFocus(next);
    buttons.current.get(cellId(next))?.focus();
  };

  const renderCell = (cell: MatrixCell, position: GridPosition) => {
    const shown = cellDisplay(cell, perCapita, formats);
    const note = shown.partial === null ? '' : ` (${g.partialNote(shown.partial)})`;
    const unit = perCapita ? g.perCapitaUnit : g.offersUnit(cell.count);
    const name = cell.gap
      ? g.gapName(cell.topic.label, cell.targetGroup.label)
      : g.cellName(`${shown.text}${note} ${unit}`, cell.topic.label, cell.targetGroup.label);
    const colour = cell.gap ? null : cellColour(shown.value, max);
    const isSelected =
      selected?.topic.id === cell.topic.id && selected.targetGroup.id === cell.targetGroup.id;
    const isFocus = focus.row === position.row && focus.column === position.column;
    return (
      <td key={cell.targetGroup.id}>
        <button
          type="button"
          ref={(element) => {
            if (element) buttons.current.set(cellId(position), element);
            else buttons.current.delete(cellId(position));
          }}
          className={cell.gap ? 'cell hatched' : 'cell'}
          style={colour ? { background: colour.background, color: colour.text } : undefined}
          tabIndex={isFocus ? 0 : -1}
          aria-label={name}
          aria-pressed={isSelected}
          data-topic={cell.topic.id}
          data-target-group={cell.targetGroup.id}
          onFocus={() => setFocus(position)}
          onClick={() => onSelect(cell)}
        >
          <span className="cell-value">{shown.text}</span>
          {shown.partial !== null && <span className="cell-partial">{g.partialShort(shown.partial)}</span>}
        </button>
      </td>
    );
  };

  return (
    <div className="gap-matrix-block">
      <div className="matrix-scroll">
        <table className="gap-matrix" aria-describedby={hintId} onKeyDown={onKeyDown}>
          <caption>
            {g.caption(model.regionName, day)}
            <span className="caption-unit">{perCapita ? g.valuesPerCapita : g.valuesCount}</span>
          </caption>
          <thead>
            <tr>
              <td className="corner">
                <span>{t.targetGroup} →</span>
                <span>{t.topic} ↓</span>
              </td>
              {model.targetGroups.map((group) => (
                <th key={group.id} scope="col">
                  <span className="column-label">{group.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, i) => (
              <tr key={model.topics[i]!.id}>
                <th scope="row">{model.topics[i]!.label}</th>
                {row.map((cell, j) => renderCell(cell, { row: i, column: j }))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="matrix-legend">
        <span className="legend-title">{t.legend}:</span>
        <ul aria-label={t.legend}>
          <li>
            <span className="swatch hatched" aria-hidden="true">
              0
            </span>
            {g.legendGap}
          </li>
          {legendStops(max, !perCapita).map((value) => {
            const colour = cellColour(value, max);
            return (
              <li key={value}>
                <span className="swatch" style={{ background: colour.background, color: colour.text }}>
                  {format(value)}
                </span>
              </li>
            );
          })}
        </ul>
        {perCapita && <span className="legend-unit">{g.perCapitaUnit}</span>}
        <span className="legend-partial">{g.legendPartial}</span>
      </div>
      <p id={hintId} className="keys-hint">
        {g.keysHint}
      </p>
    </div>
  );
}
