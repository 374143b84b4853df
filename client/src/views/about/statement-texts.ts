// The accessibility statement ("Erklärung zur Barrierefreiheit") in German (default) and English: what the page
// is, how far it conforms, what is known not to be accessible, how that was found out, where feedback goes and the
// enforcement procedure. Update `STATEMENT_PREPARED` and the lists whenever a barrier is found or removed. Both
// languages have the same keys (the type checks it).
import type { UiLanguage } from '../../app/url-state.ts';

/** The day this statement was prepared (and last reviewed). */
export const STATEMENT_PREPARED = '2026-11-30';

/** The conciliation body for public bodies of the Federation (§ 16 BGG), as it publishes itself. */
export const CONCILIATION = {
  email: 'info@schlichtungsstelle-bgg.de',
  web: 'https://www.schlichtungsstelle-bgg.de',
  phone: '030 18 527-2805',
  address: 'Mauerstraße 53, 10117 Berlin',
};

interface Barrier {
  readonly what: string;
  readonly detail: string;
}

const de = {
  heading: 'Erklärung zur Barrierefreiheit',
  scope: (origin: string) =>
    `Öffentliche Stellen müssen ihre Websites barrierefrei gestalten (Richtlinie (EU) 2016/2102; für Stellen des Bundes umgesetzt im Behindertengleichstellungsgesetz, BGG, und in der Barrierefreie-Informationstechnik-Verordnung, BITV 2.0; für Stellen der Länder und Kommunen im jeweiligen Landesrecht). Diese Erklärung gilt für die Seite des Integration Atlas unter ${origin} mit den Ansichten Netzwerk, Lücken, Überschneidungen, Gremien und Karte.`,
  statusHeading: 'Stand der Vereinbarkeit',
  status:
    'Diese Seite ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Maßstab sind die Stufen A und AA der WCAG 2.1, wie sie die harmonisierte Norm EN 301 549 übernimmt. Die Seite lässt sich ganz mit der Tastatur bedienen, der Fokus ist immer sichtbar, Arten von Knoten unterscheiden sich durch Form und Text, nicht nur durch Farbe, und Meldungen werden Screenreadern angesagt. Die folgenden Inhalte sind nicht oder nur mit Einschränkungen barrierefrei.',
  barriersHeading: 'Was nicht barrierefrei ist',
  barriers: [
    {
      what: 'Die Netzwerkgrafik',
      detail:
        'ist eine Zeichnung auf einer Leinwand (Canvas), die Screenreader nicht lesen. Ersatz ist die „Tabelle“ mit denselben Knoten, ihrer Art, ihren Schritten vom Fokus und ihrer Zahl an Verbindungen, sortierbar und als CSV. Die Verbindungen selbst stehen dort nicht: Wer mit wem verbunden ist, zeigen die Details eines Knotens (seine Nachbarn). Mit der Tastatur ist die Grafik bedienbar (Pfeiltasten, Eingabe), der gewählte Knoten wird angesagt.',
    },
    {
      what: 'Die Kreiskarte',
      detail:
        'ist eine Grafik. Die Tabelle darunter nennt jeden Kreis mit denselben Zahlen; ein Kreisname darin öffnet die Lückenmatrix, auch mit der Tastatur.',
    },
    {
      what: 'Der Bild-Export (PNG)',
      detail:
        'enthält Legende, Filter und Quellen nur als Bild. Dieselben Angaben stehen als Text auf der Seite, die Knoten auch als CSV.',
    },
    {
      what: 'Deutsche Inhalte auf der englischen Seite',
      detail:
        'wie Beschreibungen und Zitate aus den Quellen sind nicht als deutsch ausgezeichnet; Screenreader lesen sie dort mit englischer Aussprache (WCAG 3.1.2).',
    },
    {
      what: 'Leichte Sprache und Gebärdensprache:',
      detail:
        'Erläuterungen zu Inhalt und Bedienung in Leichter Sprache und in Deutscher Gebärdensprache (§ 4 BITV 2.0) gibt es noch nicht.',
    },
    {
      what: 'Der GraphQL-Explorer für Forschende',
      detail: 'unter /graphql (GraphiQL, ein Werkzeug Dritter) ist nicht auf Barrierefreiheit geprüft.',
    },
    {
      what: 'Bei 320 Pixeln Breite',
      detail:
        '(400 % Vergrößerung) passt die Netzwerkansicht nicht in die Breite und muss seitwärts gescrollt werden; Kopf- und Fußzeile lassen den Ansichten bei geringer Höhe wenig Platz (WCAG 1.4.10). Die Lückenmatrix und die Tabellen scrollen seitwärts, wie es Tabellen dürfen.',
    },
  ] satisfies Barrier[],
  methodHeading: 'Wie diese Erklärung entstanden ist',
  prepared: 'Erstellt am',
  method:
    'als Selbstbewertung der Entwickler. Grundlage sind automatische Tests, die bei jeder Änderung laufen: axe-core prüft in einem Chromium ohne Bildschirm (headless) jede Ansicht – das Netzwerk mit Tabelle und Details, Lücken, Überschneidungen, Gremien, Karte und diese Erklärung – nach den Regeln der WCAG 2.1, Stufen A und AA; weitere Tests bedienen die Seite allein mit der Tastatur (Suche, Netzwerkgrafik, Lückenmatrix, Überschneidungen, der Weg zu dieser Erklärung); ein Test misst, dass die Farbe jeder Knotenart 3:1 Kontrast zum weißen Hintergrund erreicht. Die Darstellung bei 320 Pixeln Breite wurde an Bildschirmfotos angesehen.',
  methodLimits:
    'Nicht geprüft wurde mit Screenreadern und anderen Hilfsmitteln, und nicht von Menschen mit Behinderungen. Automatische Prüfungen finden nur einen Teil der möglichen Barrieren.',
  feedbackHeading: 'Barrieren melden: Feedback und Kontakt',
  feedbackIntro:
    'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Dann schreiben Sie uns.',
  feedbackEmail: 'E-Mail:',
  feedbackUrl: 'Kontaktformular:',
  feedbackLink:
    'Der Link „Feedback“ unten auf jeder Seite öffnet eine E-Mail, die den Link der Ansicht enthält, in der Sie gerade sind.',
  feedbackMissing:
    'Der Betreiber dieser Installation hat keine Adresse für Rückmeldungen angegeben. Bitte wenden Sie sich an die Stelle, die diese Seite veröffentlicht (Angaben im Impressum ihres Webauftritts).',
  feedbackOperator:
    'Für Betreiber: Die Adresse wird mit der Umgebungsvariable ATLAS_FEEDBACK_EMAIL festgelegt, ein Kontaktformular mit ATLAS_FEEDBACK_URL (docs/configuration.md). Eine öffentliche Stelle muss eine angeben.',
  feedbackLoading: 'Die Kontaktangaben werden geladen …',
  enforcementHeading: 'Schlichtungsverfahren',
  enforcement:
    'Haben Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie bei der Schlichtungsstelle nach § 16 BGG einen Antrag auf Schlichtung stellen. Die Schlichtungsstelle ist beim Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen eingerichtet. Sie hilft, Konflikte zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes ohne Gericht zu lösen. Das Verfahren ist kostenlos, ein Rechtsbeistand ist nicht nötig. Auch anerkannte Verbände können einen Antrag stellen.',
  conciliationName:
    'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
  phone: 'Telefon',
  email: 'E-Mail',
  web: 'Internet',
  enforcementLand:
    'Die Schlichtungsstelle nach § 16 BGG ist nur für öffentliche Stellen des Bundes zuständig. Veröffentlicht eine Stelle eines Landes oder einer Kommune diese Seite, gilt das Recht des Landes; es bestimmt, an wen Sie sich dann wenden.',
};

export type StatementTexts = typeof de;

const en: StatementTexts = {
  heading: 'Accessibility statement',
  scope: (origin: string) =>
    `Public bodies must make their websites accessible (Directive (EU) 2016/2102; for bodies of the Federation implemented in the Disability Equality Act, BGG, and the Accessible Information Technology Ordinance, BITV 2.0; for bodies of the Länder and municipalities in the law of each Land). This statement applies to the Integration Atlas page at ${origin} with its views Network, Gaps, Overlaps, Bodies and Map.`,
  statusHeading: 'Compliance status',
  status:
    'This page is partially compliant with the requirements of BITV 2.0. The standard is WCAG 2.1 at levels A and AA, as the harmonised standard EN 301 549 adopts it. The page can be used entirely by keyboard, the focus is always visible, kinds of node differ by shape and text, not by colour alone, and messages are announced to screen readers. The following content is not accessible, or only with limitations.',
  barriersHeading: 'What is not accessible',
  barriers: [
    {
      what: 'The network graph',
      detail:
        'is drawn on a canvas, which screen readers cannot read. Its alternative is the “Table”, with the same nodes, their kind, their steps from the focus and their number of connections, sortable and as CSV. The connections themselves are not in it: who is connected with whom is shown in the details of a node (its neighbours). The graph can be used by keyboard (arrow keys, Enter), and the chosen node is announced.',
    },
    {
      what: 'The Kreis map',
      detail:
        'is a picture. The table below it lists every Kreis with the same numbers; a Kreis name in it opens the gap matrix, by keyboard too.',
    },
    {
      what: 'The image export (PNG)',
      detail:
        'holds the legend, filters and sources only as an image. The same information is on the page as text, and the nodes as CSV.',
    },
    {
      what: 'German content on the English page',
      detail:
        'such as descriptions and quotations from the sources is not marked as German; screen readers read it there with English pronunciation (WCAG 3.1.2).',
    },
    {
      what: 'Easy-to-read German and sign language:',
      detail:
        'explanations of the content and its use in Leichte Sprache and in German Sign Language (§ 4 BITV 2.0) do not exist yet.',
    },
    {
      what: 'The GraphQL explorer for researchers',
      detail: 'at /graphql (GraphiQL, a third-party tool) has not been checked for accessibility.',
    },
    {
      what: 'At 320 pixels width',
      detail:
        '(400 % zoom) the network view does not fit the width and must be scrolled sideways; the header and footer leave the views little room on a low screen (WCAG 1.4.10). The gap matrix and the tables scroll sideways, as tables may.',
    },
  ],
  methodHeading: 'How this statement was prepared',
  prepared: 'Prepared on',
  method:
    'as a self-assessment by the developers. It rests on automated tests that run with every change: axe-core checks every view in a Chromium without a screen (headless) — the network with its table and details, gaps, overlaps, bodies, map and this statement — against the rules of WCAG 2.1, levels A and AA; further tests use the page by keyboard alone (search, network graph, gap matrix, overlaps, the way to this statement); a test measures that the colour of each kind of node reaches a contrast of 3:1 against the white background. The layout at 320 pixels width was looked at in screenshots.',
  methodLimits:
    'It was not tested with screen readers or other assistive technology, nor by people with disabilities. Automated checks find only some of the possible barriers.',
  feedbackHeading: 'Reporting barriers: feedback and contact',
  feedbackIntro: 'Have you come across a barrier, or do you need content in another form? Then write to us.',
  feedbackEmail: 'E-mail:',
  feedbackUrl: 'Contact form:',
  feedbackLink:
    'The “Feedback” link at the bottom of every page opens an e-mail that contains the link of the view you are in.',
  feedbackMissing:
    'The operator of this installation has not given an address for feedback. Please contact the body that publishes this page (see the legal notice, “Impressum”, of its website).',
  feedbackOperator:
    'For operators: set the address with the environment variable ATLAS_FEEDBACK_EMAIL, a contact form with ATLAS_FEEDBACK_URL (docs/configuration.md). A public body must give one.',
  feedbackLoading: 'Loading the contact details …',
  enforcementHeading: 'Conciliation procedure',
  enforcement:
    'If you have received no answer, or no satisfactory answer, to your feedback, you can apply for conciliation to the conciliation body under § 16 BGG. It is set up at the office of the Federal Government Commissioner for Matters relating to Persons with Disabilities and helps to settle conflicts between people with disabilities and public bodies of the Federation without going to court. The procedure is free of charge, and you need no legal representation. Recognised associations can apply too.',
  conciliationName:
    'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
  phone: 'Phone',
  email: 'E-mail',
  web: 'Web',
  enforcementLand:
    'The conciliation body under § 16 BGG deals only with public bodies of the Federation. If a body of a Land or a municipality publishes this page, the law of that Land applies and says whom to turn to.',
};

export const STATEMENT_TEXTS: Readonly<Record<UiLanguage, StatementTexts>> = { de, en };
