// The sentences of suggestedPartners and bodyGaps, in German (the default) or English, built from the structured
// findings: names as recorded, topics, target groups and kinds by their label in the sentence's language.
import type { Language } from '../../domain/vocabulary.ts';
import type { NetworkActor } from './actor-network.ts';
import type { BodyGap } from './body-gaps.ts';
import type { Named } from './suggested-partners.ts';

/** A term's labels; either may be missing in the data. */
export interface KindLabels {
  readonly labelDe: string | null;
  readonly labelEn: string | null;
}

export interface PartnerView {
  readonly actor: NetworkActor;
  readonly partner: NetworkActor;
  readonly topics: readonly Named[];
  readonly targetGroups: readonly Named[];
  readonly regions: readonly Named[];
  readonly sameRegion: boolean;
}

const list = (items: readonly { name: string }[]) => items.map((item) => item.name).join(', ');

const termList = (items: readonly Named[], language: Language) =>
  items.map((item) => (language === 'en' ? (item.nameEn ?? item.name) : item.name)).join(', ');

/** A term's label in the language, falling back to the other language, then to the key. */
export function labelOf(key: string, labels: KindLabels | undefined, language: Language): string {
  const [first, second] =
    language === 'en' ? [labels?.labelEn, labels?.labelDe] : [labels?.labelDe, labels?.labelEn];
  return first ?? second ?? key;
}

export function partnerReason(pair: PartnerView, language: Language = 'de'): string {
  const topics = termList(pair.topics, language);
  const groups = termList(pair.targetGroups, language);
  const regions = list(pair.regions);
  if (language === 'en') {
    return (
      `${pair.actor.name} and ${pair.partner.name} both work on ${topics} for ${groups} ` +
      `${pair.sameRegion ? 'in' : 'with reach into'} ${regions}, and have no tie.`
    );
  }
  return (
    `${pair.actor.name} und ${pair.partner.name} arbeiten beide zu ${topics} für ${groups} ` +
    `${pair.sameRegion ? 'in' : 'mit Reichweite in'} ${regions} und haben keine Verbindung.`
  );
}

export function bodyGapReason(
  gap: BodyGap,
  memberKind: KindLabels | undefined,
  bodyKind: KindLabels | undefined,
  language: Language = 'de',
): string {
  const kind = labelOf(gap.memberKind, memberKind, language);
  const bodies = labelOf(gap.body.bodyKind ?? '?', bodyKind, language);
  const count = `${gap.peersWith.length} ${language === 'en' ? 'of' : 'von'} ${gap.peerCount}`;
  if (language === 'en') {
    return (
      `${gap.body.name} has no member of the kind ${kind}; ${count} bodies of the kind ${bodies} have one: ` +
      `${list(gap.peersWith)}.`
    );
  }
  return (
    `${gap.body.name} hat kein Mitglied der Art ${kind}; ${count} Gremien der Art ${bodies} haben eines: ` +
    `${list(gap.peersWith)}.`
  );
}
