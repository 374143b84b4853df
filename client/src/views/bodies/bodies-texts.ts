// The bodies view's own words in German (default) and English; the page's shared words (region, loading, the
// server down, …) are in app/i18n.ts. Both languages have the same keys (the type checks it).
import type { UiLanguage } from '../../app/url-state.ts';

const de = {
  heading: 'Gremien',
  headingIn: (region: string) => `Gremien in ${region}`,
  intro:
    'Wer sitzt an welchem Tisch – und wer an keinem? Die Tabelle zeigt die Gremien der Region (Arbeitskreise, Steuerungsgruppen, Beiräte …) und ihre erfassten Mitglieder.',
  chooseRegion: 'Wählen Sie eine Region, um ihre Gremien und deren Mitglieder zu sehen.',
  matrixHeading: 'Wer sitzt an welchem Tisch',
  caption: (region: string) => `Gremien und ihre Mitglieder in ${region}`,
  actorColumn: 'Akteur',
  no: 'nein',
  roleUnstated: 'dabei (Rolle nicht angegeben)',
  membersRecorded: 'Erfasste Mitglieder',
  openHint: 'Ein Klick auf einen Namen zeigt ihn im Netzwerk.',
  noBodies: 'Für diese Region ist kein Gremium erfasst.',
  noMembersNote:
    'Ein Gremium ohne erfasste Mitglieder heißt nur: Die Quellen nennen keine. Es muss nicht leer sein.',
  summary: (bodies: number, actors: number) =>
    `${bodies} ${bodies === 1 ? 'Gremium' : 'Gremien'}, ${actors} ${actors === 1 ? 'Akteur sitzt' : 'Akteure sitzen'} in mindestens einem.`,
  announce: (region: string, bodies: number, atNoTable: number) =>
    `${region}: ${bodies} ${bodies === 1 ? 'Gremium' : 'Gremien'}, ${atNoTable} ${atNoTable === 1 ? 'Akteur' : 'Akteure'} ohne Gremium`,
  atNoTableHeading: 'Akteure ohne Gremium',
  atNoTableIntro: 'In der Region tätig oder ansässig, aber in keinem der Gremien oben als Mitglied erfasst.',
  atNoTableNone: 'Jeder in der Region erfasste Akteur sitzt in mindestens einem Gremium.',
  atNoTableLimit: (shown: number, total: number) =>
    `Geprüft wurden die ersten ${shown} von ${total} Akteuren der Region.`,
  gapsHeading: 'Gremien, denen eine Art Mitglied fehlt',
  gapsIntro:
    'Verglichen mit Gremien derselben Art: Haben mindestens die Hälfte (und mindestens zwei) ein Mitglied einer Art, dieses Gremium aber nicht, steht es hier.',
  gapsNone:
    'Keinem Gremium fehlt eine Art Mitglied, soweit erfasst. Oft gibt es dafür zu wenige vergleichbare Gremien mit erfassten Mitgliedern.',
  missingKind: 'Es fehlt',
  peersWith: 'Vergleichbare Gremien mit einem solchen Mitglied',
  notFound: (region: string) =>
    `Die Region „${region}“ gibt es im Atlas nicht. Bitte wählen Sie eine andere.`,
};

export type BodiesTexts = typeof de;

const en: BodiesTexts = {
  heading: 'Bodies',
  headingIn: (region: string) => `Bodies in ${region}`,
  intro:
    'Who sits at which table – and who at none? The table shows the bodies of the region (working groups, steering groups, advisory boards …) and their recorded members.',
  chooseRegion: 'Choose a region to see its bodies and their members.',
  matrixHeading: 'Who sits at which table',
  caption: (region: string) => `Bodies and their members in ${region}`,
  actorColumn: 'Actor',
  no: 'no',
  roleUnstated: 'sits in it (role not stated)',
  membersRecorded: 'Members recorded',
  openHint: 'A click on a name shows it in the network.',
  noBodies: 'No body is recorded for this region.',
  noMembersNote: 'A body without recorded members only means: the sources name none. It need not be empty.',
  summary: (bodies: number, actors: number) =>
    `${bodies} ${bodies === 1 ? 'body' : 'bodies'}, ${actors} ${actors === 1 ? 'actor sits' : 'actors sit'} in at least one.`,
  announce: (region: string, bodies: number, atNoTable: number) =>
    `${region}: ${bodies} ${bodies === 1 ? 'body' : 'bodies'}, ${atNoTable} ${atNoTable === 1 ? 'actor' : 'actors'} at no table`,
  atNoTableHeading: 'Actors at no table',
  atNoTableIntro: 'Active or located in the region, but recorded as a member of none of the bodies above.',
  atNoTableNone: 'Every actor recorded in the region sits in at least one body.',
  atNoTableLimit: (shown: number, total: number) =>
    `Only the first ${shown} of the region's ${total} actors were checked.`,
  gapsHeading: 'Bodies lacking a kind of member',
  gapsIntro:
    'Compared with bodies of the same kind: when at least half of them (and at least two) have a member of a kind and this body does not, it is listed here.',
  gapsNone:
    'No body lacks a kind of member, as far as recorded. Often there are too few comparable bodies with recorded members.',
  missingKind: 'Lacking',
  peersWith: 'Comparable bodies with such a member',
  notFound: (region: string) => `The atlas has no region “${region}”. Please choose another one.`,
};

export const BODIES_TEXTS: Readonly<Record<UiLanguage, BodiesTexts>> = { de, en };
