// The page state in the URL: a round trip keeps every field, defaults stay out of the link, and malformed or
// hostile values fall back to defaults instead of breaking the page.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  formatState,
  MAX_FOCUS,
  parseState,
  TABS,
  validDay,
  VIEWS,
  type AtlasState,
} from '../../../../client/src/app/url-state.ts';

describe('the URL state', () => {
  it('round-trips every field', () => {
    const state: AtlasState = {
      view: 'luecken',
      lang: 'en',
      focus: ['ak-integration-doc-004', 'bamf'],
      depth: 2,
      region: 'de-05913',
      at: '2024-02-29',
      statedOnly: true,
      kinds: ['AGENCY', 'BODY'],
      hide: true,
      webgl: true,
      selected: 'e:42',
      table: true,
      perCapita: true,
      fromAbove: false,
      topic: 'sprache-und-bildung',
      targetGroup: 'gefluechtete',
      overlay: 'vermittler',
      pathTo: 'bamf',
      relationshipTypes: ['MEMBER_OF', 'COOPERATES_WITH'],
      missingTies: [['difu', 'wir-koordination-doc-001']],
    };
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('leaves defaults out, so the plain page is the plain address', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(formatState({ ...DEFAULT_STATE, focus: ['bamf'] })).toBe('?fokus=bamf');
  });

  it('falls back to defaults for malformed and hostile values', () => {
    const odd = parseState(
      `?ansicht=%00&sprache=fr&tiefe=9&stichtag=2026-02-31&belegt=yes&arten=DROP,AGENCY&fokus=${'x'.repeat(300)},,bamf`,
    );
    expect(odd).toMatchObject({
      view: 'netzwerk',
      lang: 'de',
      depth: 1,
      at: null,
      statedOnly: false,
      kinds: ['AGENCY'],
      focus: ['bamf'],
    });
    expect(parseState('?fehlt=a~b,~c,d,e~f~g,h~i').missingTies).toEqual([
      ['a', 'b'],
      ['h', 'i'],
    ]);
    const many = parseState(`?fokus=${Array.from({ length: 80 }, (_, i) => `n${i}`).join(',')}`);
    expect(many.focus).toHaveLength(MAX_FOCUS);
  });

  it('knows the accessibility statement as a view, though the header has no tab for it', () => {
    expect(parseState('?ansicht=barrierefreiheit&sprache=en')).toMatchObject({
      view: 'barrierefreiheit',
      lang: 'en',
    });
    expect(formatState({ ...DEFAULT_STATE, view: 'barrierefreiheit' })).toBe('?ansicht=barrierefreiheit');
    expect(VIEWS).toEqual([...TABS, 'barrierefreiheit']);
  });

  it('accepts only real calendar days', () => {
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2023-02-29')).toBeNull();
    expect(validDay('1800-01-01')).toBeNull();
    expect(validDay('2024-1-1')).toBeNull();
  });
});
