// Keyboard travel in the matrix: the table is one tab stop (a roving tabindex), and the arrow keys, Home and End
// move between its cells, so nobody has to tab through some 200 buttons. Edges stop, they do not wrap.
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** The cell a key leads to, or null for a key that does not move (the caller then leaves the event alone). */
export function gridStep(
  from: GridPosition,
  key: string,
  rows: number,
  columns: number,
  ctrl = false,
): GridPosition | null {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  const at = (row: number, column: number) => ({ row: clamp(row, rows), column: clamp(column, columns) });
  switch (key) {
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowLeft':
      return at(from.row, from.column - 1);
    case 'ArrowRight':
      return at(from.row, from.column + 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(from.row, 0);
    case 'End':
      return ctrl ? at(rows - 1, columns - 1) : at(from.row, columns - 1);
    default:
      return null;
  }
}
