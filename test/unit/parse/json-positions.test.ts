import { describe, expect, it } from 'vitest';
import { scanPositions, type ElementPosition } from '../../../server/parse/json-positions.ts';

const read = (position: ElementPosition | undefined, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, position?.fields?.get(field)]));

describe('scanPositions', () => {
  const json = [
    '{',
    '  "format": "integration-atlas/1",',
    '  "relationships": [',
    '    {',
    '      "type": "MEMBER_OF",',
    '      "from": "bamf",',
    '      "quantities": [{ "kind": "x", "to": 1 }],',
    '      "to": "ak-integration",',
    '      "sources": [',
    '        "doc-004",',
    '        "doc-005"',
    '      ],',
    '      "note": "a \\"to\\": [brace} \\\\"',
    '    },',
    '    { "type": "LOCATED_IN", "sources": ["a", "b"], "k\\u0065y": null },',
    '    17',
    '  ]',
    '}',
  ].join('\n');

  it("notes each record field's key line and each list item's line", () => {
    const { keyLines, elements } = scanPositions(json);
    expect(keyLines).toEqual(
      new Map([
        ['format', 2],
        ['relationships', 3],
      ]),
    );
    const [first, second, third] = elements.get('relationships') ?? [];
    expect(first?.line).toBe(4);
    expect(read(first, ['type', 'from', 'quantities', 'to', 'sources', 'note', 'kind'])).toEqual({
      type: { line: 5 },
      from: { line: 6 },
      quantities: { line: 7, items: [7] },
      to: { line: 8 }, // not the "to" inside quantities, nor the one in the note
      sources: { line: 9, items: [10, 11] },
      note: { line: 13 },
      kind: undefined, // a key inside a nested object is not a field of the record
    });
    expect(read(second, ['type', 'sources', 'key'])).toEqual({
      type: { line: 15 },
      sources: { line: 15, items: [15, 15] },
      key: { line: 15 }, // escaped key, decoded as JSON.parse does
    });
    expect(third).toEqual({ line: 16 });
  });

  it('keeps the last of a repeated field, as JSON.parse does', () => {
    const { elements } = scanPositions('{"actors": [{\n"id": "a",\n"id": "b"\n}]}');
    expect(elements.get('actors')?.[0]?.fields?.get('id')).toEqual({ line: 3 });
  });
});
