// The sentences of suggestedPartners and bodyGaps in German (default) and English, with labels falling back to the
// other language and then to the key.
import { describe, expect, it } from 'vitest';
import { bodyGapReason, labelOf, partnerReason } from '../../../../server/analysis/network/reasons.ts';
import { actor } from './fixtures.ts';

const pair = {
  actor: actor('awo', { name: 'AWO Kreis' }),
  partner: actor('caritas', { name: 'Caritas Kreis' }),
  topics: [{ id: 'beratung', name: 'Beratung', nameEn: 'Counselling' }],
  targetGroups: [{ id: 'gefluechtete', name: 'Geflüchtete' }],
  regions: [{ id: 'kreis', name: 'Kreis Bergstraße' }],
  sameRegion: false,
};

describe('partnerReason', () => {
  it('says in German what both work on, for whom and where', () => {
    expect(partnerReason(pair)).toBe(
      'AWO Kreis und Caritas Kreis arbeiten beide zu Beratung für Geflüchtete mit Reichweite in Kreis Bergstraße ' +
        'und haben keine Verbindung.',
    );
  });

  it('in English uses the English labels, and the German one where none is known', () => {
    expect(partnerReason({ ...pair, sameRegion: true }, 'en')).toBe(
      'AWO Kreis and Caritas Kreis both work on Counselling for Geflüchtete in Kreis Bergstraße, and have no tie.',
    );
  });
});

describe('bodyGapReason', () => {
  const gap = {
    body: actor('ak', { name: 'AK Integration', bodyKind: 'workingGroup' }),
    memberKind: 'jobcenter',
    peersWith: [actor('ak-1', { name: 'AK Nord' }), actor('ak-2', { name: 'AK Süd' })],
    peerCount: 3,
    share: 2 / 3,
  };

  it('names the missing kind, the share of peers and the peers, in both languages', () => {
    const kind = { labelDe: 'Jobcenter', labelEn: 'Jobcentre' };
    const bodyKind = { labelDe: 'Arbeitskreis', labelEn: 'Working group' };
    expect(bodyGapReason(gap, kind, bodyKind)).toBe(
      'AK Integration hat kein Mitglied der Art Jobcenter; 2 von 3 Gremien der Art Arbeitskreis haben eines: ' +
        'AK Nord, AK Süd.',
    );
    expect(bodyGapReason(gap, kind, bodyKind, 'en')).toBe(
      'AK Integration has no member of the kind Jobcentre; 2 of 3 bodies of the kind Working group have one: ' +
        'AK Nord, AK Süd.',
    );
  });

  it('falls back to the key when a kind has no term', () => {
    expect(bodyGapReason(gap, undefined, undefined)).toContain(
      'der Art jobcenter; 2 von 3 Gremien der Art workingGroup',
    );
    expect(labelOf('jobcenter', { labelDe: null, labelEn: 'Jobcentre' }, 'de')).toBe('Jobcentre');
  });
});
