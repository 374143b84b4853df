import { describe, expect, it } from 'vitest';
import type { ActorRecord, SourceRecord, TopicRecord } from '../../../server/domain/atlas-document.ts';
import { actorRow, sourceRow, entityRows } from '../../../server/store/node-rows.ts';
import { germanNormalise, searchFold, searchKey, searchNames } from '../../../server/store/search-key.ts';
import { emptyDocument } from '../../../server/domain/atlas-document.ts';

describe('search folding', () => {
  it('folds every spelling of umlauts and ß to one, as the German analyzer does', () => {
    for (const spelling of ['ausländerbehörde', 'auslaenderbehoerde', 'auslanderbehorde']) {
      expect(germanNormalise(spelling)).toBe('auslanderbehorde');
    }
    expect(germanNormalise('straße')).toBe(germanNormalise('strasse'));
    expect(germanNormalise('übersetzung')).toBe(germanNormalise('uebersetzung'));
  });

  it('keeps an e after a vowel: "Frauen", "neue" and "Quelle" are not umlauts', () => {
    expect(germanNormalise('frauen')).toBe('frauen');
    expect(germanNormalise('neue')).toBe('neue');
    expect(germanNormalise('quelle')).toBe('quelle');
    expect(germanNormalise('steuer')).toBe('steuer');
  });

  it('lower-cases, drops other accents and turns every run of other characters into one space', () => {
    expect(searchFold('Caritasverband für die Diözese X')).toBe('caritasverband fur die diozese x');
    expect(searchFold('AWO-Kreisverband  e.V.')).toBe('awo kreisverband e v');
    expect(searchFold('Café „WIR“ – Öffnung')).toBe('cafe wir offnung');
    expect(searchFold('  Straße (Nord) ')).toBe('strasse nord');
    expect(searchFold('"(*~\\ AND |')).toBe('and');
    expect(searchFold('"(*~\\|')).toBe('');
  });

  it('folds a typed prefix to a prefix of the folded name, whatever the spelling typed so far', () => {
    const name = searchFold('Ausländerbehörde');
    for (const typed of [
      'Ausl',
      'Auslä',
      'Auslae',
      'Ausländ',
      'Auslaenderb',
      'Auslanderbeh',
      'Ausländerbehö',
    ]) {
      expect({ typed, prefix: name.startsWith(searchFold(typed)) }).toEqual({ typed, prefix: true });
    }
  });

  it('keys every name a node goes by between bars, once each', () => {
    expect(searchKey(['Caritas', null, 'Deutscher Caritasverband', 'CARITAS', undefined])).toBe(
      '|caritas|deutscher caritasverband|',
    );
    expect(searchKey([])).toBe('|');
    expect(searchKey(['–'])).toBe('|');
    expect(
      searchNames({ name: 'Geflüchtete', labelEn: 'Refugees', aliases: ['Flüchtlinge'], shortName: 7 }),
    ).toEqual(['Geflüchtete', null, 'Flüchtlinge', 'Refugees']);
  });
});

describe('the writer stores the search key with every entity row', () => {
  const actor = {
    id: 'awo-kv',
    kind: 'welfareOrganisation',
    name: 'AWO Kreisverband Süd',
    shortName: 'AWO',
    aliases: ['Arbeiterwohlfahrt Süd'],
    since: null,
    until: null,
    sources: ['doc-004'],
    lastVerified: null,
  } as unknown as ActorRecord;

  it('for actors, programs and measures: name, short name and aliases', () => {
    expect(actorRow(actor, () => 'welfareOrganisation').props.searchKey).toBe(
      '|awo kreisverband sud|awo|arbeiterwohlfahrt sud|',
    );
  });

  it('for sources (by title) and for topics (German and English label)', () => {
    const source = { id: 'doc-9', title: 'Integrationskonzept – Straße' } as unknown as SourceRecord;
    expect(sourceRow(source).props.searchKey).toBe('|integrationskonzept strasse|');
    const topic = {
      id: 'gesundheit',
      labelDe: 'Gesundheit und Beratung',
      labelEn: 'Health and counselling',
      sources: [],
      lastVerified: null,
    } as unknown as TopicRecord;
    const [row] = entityRows({ ...emptyDocument(), topics: [topic] }, () => 'unspecified');
    expect(row?.props.searchKey).toBe('|gesundheit und beratung|health and counselling|');
  });
});
