import { describe, expect, it } from 'vitest';
import { gridStep } from '../../../../../client/src/views/gaps/grid-step.ts';

describe('gridStep', () => {
  const middle = { row: 1, column: 1 };

  it('moves one cell with the arrow keys', () => {
    expect(gridStep(middle, 'ArrowUp', 3, 4)).toEqual({ row: 0, column: 1 });
    expect(gridStep(middle, 'ArrowDown', 3, 4)).toEqual({ row: 2, column: 1 });
    expect(gridStep(middle, 'ArrowLeft', 3, 4)).toEqual({ row: 1, column: 0 });
    expect(gridStep(middle, 'ArrowRight', 3, 4)).toEqual({ row: 1, column: 2 });
  });

  it('stops at the edges', () => {
    expect(gridStep({ row: 0, column: 0 }, 'ArrowUp', 3, 4)).toEqual({ row: 0, column: 0 });
    expect(gridStep({ row: 2, column: 3 }, 'ArrowRight', 3, 4)).toEqual({ row: 2, column: 3 });
  });

  it('goes to the start or end of the row, or of the table with Ctrl', () => {
    expect(gridStep(middle, 'Home', 3, 4)).toEqual({ row: 1, column: 0 });
    expect(gridStep(middle, 'End', 3, 4)).toEqual({ row: 1, column: 3 });
    expect(gridStep(middle, 'Home', 3, 4, true)).toEqual({ row: 0, column: 0 });
    expect(gridStep(middle, 'End', 3, 4, true)).toEqual({ row: 2, column: 3 });
  });

  it('leaves other keys alone', () => {
    expect(gridStep(middle, 'Enter', 3, 4)).toBeNull();
    expect(gridStep(middle, 'a', 3, 4)).toBeNull();
  });
});
