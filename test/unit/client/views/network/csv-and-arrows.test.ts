// The table's CSV (formula cells neutralised, quotes doubled) and keyboard travel by direction.
import { describe, expect, it } from 'vitest';
import { stepTo } from '../../../../../client/src/views/network/arrow-step.ts';
import { csvCell, toCsv } from '../../../../../client/src/views/network/csv.ts';

describe('CSV', () => {
  it('quotes every cell, doubles quotes and neutralises what a spreadsheet would run', () => {
    expect(csvCell('Caritas "Nord"')).toBe('"Caritas ""Nord"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell(3)).toBe('"3"');
    expect(csvCell(null)).toBe('""');
    expect(toCsv(['a', 'b'], [['1', '@x']])).toBe('"a";"b"\r\n"1";"\'@x"\r\n');
  });
});

describe('stepTo', () => {
  const around = [
    { id: 'right', x: 10, y: 1 },
    { id: 'up', x: 0, y: -10 },
    { id: 'far-up', x: 1, y: -30 },
    { id: 'down-left', x: -8, y: 9 },
  ];
  it('moves to the neighbour most in the arrow’s direction, nearest first', () => {
    const at = { x: 0, y: 0 };
    expect(stepTo(at, 'ArrowRight', around)).toBe('right');
    expect(stepTo(at, 'ArrowUp', around)).toBe('up');
    expect(stepTo(at, 'ArrowDown', around)).toBe('down-left');
    expect(stepTo(at, 'ArrowLeft', around)).toBe('down-left');
  });
  it('stays when nothing lies within 90° of the direction', () => {
    expect(stepTo({ x: 0, y: 0 }, 'ArrowLeft', [{ id: 'right', x: 5, y: 0 }])).toBeNull();
  });
});
