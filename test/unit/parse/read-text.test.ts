import { describe, expect, it } from 'vitest';
import { readText } from '../../../server/parse/read-text.ts';
import { writeFiles } from '../../support/import-fixtures.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(bytes: Uint8Array) {
  const { paths } = writeFiles({ 'actors.csv': bytes });
  const file = paths['actors.csv'] ?? '';
  return { file, result: await readText(file) };
}

describe('readText', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    const { result } = await read(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id;name\nbamf;Bundesamt für Migration')]),
    );
    expect(result).toEqual({ text: 'id;name\nbamf;Bundesamt für Migration' });
  });

  it('reads UTF-8 without a byte-order mark', async () => {
    const { result } = await read(utf8('Größe;Ämter'));
    expect(result).toEqual({ text: 'Größe;Ämter' });
  });

  it.each([
    ['UTF-16 LE', [0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]],
    ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00, 0x69, 0x00, 0x00, 0x00]],
  ])('refuses %s', async (_name, bytes) => {
    const { file, result } = await read(new Uint8Array(bytes));
    expect(result).toMatchObject({ issue: { code: 'ENCODING', severity: 'error', file } });
  });

  it('refuses UTF-16 without a byte-order mark', async () => {
    const { result } = await read(new Uint8Array([0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]));
    expect(result).toMatchObject({ issue: { code: 'ENCODING', line: 1 } });
  });

  it('refuses Latin-1 and names the line of the first bad byte', async () => {
    // "für" in Windows-1252 / Latin-1: ü is the single byte 0xfc.
    const latin1 = new Uint8Array([
      ...utf8('id;name\nbamf;Bundesamt f'),
      0xfc,
      ...utf8('r Migration\nx;\xfc'),
    ]);
    const { file, result } = await read(latin1);
    expect(result).toMatchObject({ issue: { code: 'ENCODING', file, line: 2 } });
  });

  it('reports a missing file as unreadable', async () => {
    const result = await readText('/nonexistent/atlas/actors.csv');
    expect(result).toMatchObject({
      issue: { code: 'UNREADABLE_FILE', file: '/nonexistent/atlas/actors.csv' },
    });
  });
});
