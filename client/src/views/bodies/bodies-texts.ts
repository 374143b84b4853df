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
  announcePartial: (region: string, bodies: number, atNoTable: number, checked: number, total: number) =>
    `${region}: ${bodies} ${bodies === 1 ? 'Gremium' : 'Gremien'}; von den ersten ${checked} der ${total} Akteure ${atNoTable === 1 ? 'sitzt 1' : `sitzen ${atNoTable}`} in keinem`,
  pagedIntro: (bodies: number, perPage: number) =>
    `${bodies} Gremien sind zu viele für eine lesbare Tabelle: Sie zeigt je ${perPage}, als Zeilen nur die Akteure, die in ihnen sitzen. Der Filter findet Gremien nach ihrem Namen.`,
  filterLabel: 'Gremien nach Namen filtern',
  filterNone: (text: string) => `Kein Gremium passt zu „${text}“.`,
  bodiesPager: 'Blättern in den Gremien',
  previous: 'Vorherige',
  next: 'Nächste',
  bodiesRange: (first: number, last: number, total: number, all: number) =>
    `${first === last ? `Gremium ${first}` : `Gremien ${first}–${last}`} von ${total}${total === all ? '' : ` passenden (von ${all})`}`,
  captionPage: (region: string, first: number, last: number, total: number) =>
    `${first === last ? `Gremium ${first}` : `Gremien ${first}–${last}`} von ${total} und ihre Mitglieder in ${region}`,
  rowOrderNote: 'Jeder Akteur steht unter dem ersten Gremium dieser Seite, in dem er sitzt.',
  atNoTableHeading: 'Akteure ohne Gremium',
  atNoTableIntro: 'In der Region tätig oder ansässig, aber in keinem der Gremien oben als Mitglied erfasst.',
  atNoTableNone: 'Jeder in der Region erfasste Akteur sitzt in mindestens einem Gremium.',
  atNoTableChecked: (first: number, last: number, total: number, found: number) =>
    `Geprüft: Akteure ${first}–${last} von ${total} der Region (nach Name), davon ${found} ohne Gremium.`,
  atNoTablePageNone: 'Von diesen sitzt jeder in mindestens einem Gremium.',
  atNoTablePager: 'Blättern in den Akteuren der Region',
  atNoTableError: (message: string) => `Die Akteure der Region konnten nicht geprüft werden: ${message}`,
  gapsHeading: 'Gremien, denen eine Art Mitglied fehlt',
  gapsIntro:
    'Verglichen mit Gremien derselben Art: Haben mindestens die Hälfte (und mindestens zwei) ein Mitglied einer Art, dieses Gremium aber nicht, steht es hier.',
  gapsNone:
    'Keinem Gremium fehlt eine Art Mitglied, soweit erfasst. Oft gibt es dafür zu wenige vergleichbare Gremien mit erfassten Mitgliedern.',
  missingKind: 'Es fehlt',
  peersWith: 'Vergleichbare Gremien mit einem solchen Mitglied',
  peersShare: (have: number, peers: number) =>
    `${have} von ${peers} vergleichbaren Gremien haben ein solches Mitglied.`,
  peersMore: (more: number) => `und ${more} weitere`,
  peersAll: (all: number) => `Alle ${all} zeigen`,
  peersFewer: 'Weniger zeigen',
  gapsFirst: (shown: number) => `Gezeigt werden die ersten ${shown} Befunde; es kann weitere geben.`,
  gapsError: (message: string) =>
    `Die Gremien ohne eine Art Mitglied konnten nicht ermittelt werden: ${message}`,
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
  announcePartial: (region: string, bodies: number, atNoTable: number, checked: number, total: number) =>
    `${region}: ${bodies} ${bodies === 1 ? 'body' : 'bodies'}; of the first ${checked} of ${total} actors, ${atNoTable} ${atNoTable === 1 ? 'sits' : 'sit'} at no table`,
  pagedIntro: (bodies: number, perPage: number) =>
    `${bodies} bodies are too many for a readable table: it shows ${perPage} at a time, and as rows only the actors that sit in them. The filter finds bodies by name.`,
  filterLabel: 'Filter bodies by name',
  filterNone: (text: string) => `No body matches “${text}”.`,
  bodiesPager: 'Pages of bodies',
  previous: 'Previous',
  next: 'Next',
  bodiesRange: (first: number, last: number, total: number, all: number) =>
    `${first === last ? `Body ${first}` : `Bodies ${first}–${last}`} of ${total}${total === all ? '' : ` matching (of ${all})`}`,
  captionPage: (region: string, first: number, last: number, total: number) =>
    `${first === last ? `Body ${first}` : `Bodies ${first}–${last}`} of ${total} and their members in ${region}`,
  rowOrderNote: 'Each actor is listed under the first body of this page it sits in.',
  atNoTableHeading: 'Actors at no table',
  atNoTableIntro: 'Active or located in the region, but recorded as a member of none of the bodies above.',
  atNoTableNone: 'Every actor recorded in the region sits in at least one body.',
  atNoTableChecked: (first: number, last: number, total: number, found: number) =>
    `Checked: actors ${first}–${last} of the region's ${total} (by name), ${found} of them at no table.`,
  atNoTablePageNone: 'Each of these sits in at least one body.',
  atNoTablePager: "Pages of the region's actors",
  atNoTableError: (message: string) => `The region's actors could not be checked: ${message}`,
  gapsHeading: 'Bodies lacking a kind of member',
  gapsIntro:
    'Compared with bodies of the same kind: when at least half of them (and at least two) have a member of a kind and this body does not, it is listed here.',
  gapsNone:
    'No body lacks a kind of member, as far as recorded. Often there are too few comparable bodies with recorded members.',
  missingKind: 'Lacking',
  peersWith: 'Comparable bodies with such a member',
  peersShare: (have: number, peers: number) => `${have} of ${peers} comparable bodies have such a member.`,
  peersMore: (more: number) => `and ${more} more`,
  peersAll: (all: number) => `Show all ${all}`,
  peersFewer: 'Show fewer',
  gapsFirst: (shown: number) => `Showing the first ${shown} findings; there may be more.`,
  gapsError: (message: string) => `The bodies lacking a kind of member could not be found: ${message}`,
  notFound: (region: string) => `The atlas has no region “${region}”. Please choose another one.`,
};

export const BODIES_TEXTS: Readonly<Record<UiLanguage, BodiesTexts>> = { de, en };
