import { describe, expect, it } from 'vitest';
import { EntityKind } from '../../../../../client/src/api/generated/schema-enums.ts';
import { exportQuery, labelOf } from '../../../../../client/src/views/network/export-links.ts';
import { EXPORT_LABELS } from '../../../../../server/http/export-routes.ts';

describe('the export links of the network view', () => {
  it('name every kind the exports filter on by a label the export accepts', () => {
    const filterable = Object.values(EntityKind).filter((kind) => exportQuery(null, [kind]) !== '');
    expect(filterable.map(labelOf).sort()).toEqual(EXPORT_LABELS.filter((l) => l !== 'Actor').sort());
  });

  it('carry the region and the chosen kinds, leaving out kinds the exports do not filter on', () => {
    expect(exportQuery(null, [])).toBe('');
    expect(
      exportQuery('de-05', [EntityKind.WELFARE_ORGANISATION, EntityKind.TOPIC, EntityKind.MEASURE]),
    ).toBe('?region=de-05&label=WelfareOrganisation&label=Measure');
    expect(exportQuery('a&b=c', [])).toBe('?region=a%26b%3Dc');
  });
});
