// The curated vocabulary the generator uses: term keys (seed/curated/atlas.json, `terms`) and the ids of topics
// and target groups. Written out so that the type checker sees typos; `checkVocabulary` confirms against the
// curated file that every one exists, and the generator runs it before writing anything.
import fs from 'node:fs';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';

export const ACTOR_KINDS = [
  'commissioner',
  'welfareOrganisation',
  'civilSocietyOrganisation',
  'educationProvider',
  'religiousCommunity',
  'body',
  'company',
  'foundation',
  'migrantOrganisation',
  'federalOffice',
  'ministry',
  'localAdministration',
  'immigrationOffice',
  'jobcenter',
] as const;
export const BODY_KINDS = ['workingGroup', 'steeringGroup', 'network', 'conference'] as const;
export const PROGRAM_KINDS = ['fundingProgram', 'integrationConcept', 'modelProject', 'agreement'] as const;
export const MEASURE_KINDS = [
  'integrationCourse',
  'integrationCourseGeneral',
  'integrationCourseYouth',
  'integrationCourseWomen',
  'integrationCourseParents',
  'integrationCourseLiteracy',
  'integrationCourseIntensive',
  'counselling',
  'languageMediation',
  'volunteerNetwork',
  'informationService',
  'participationProject',
  'dialogueEvent',
  'networking',
  'interculturalOpening',
  'training',
  'preventionProject',
  'localIntegrationInitiative',
  'integrationManagement',
] as const;
export const COOPERATION_KINDS = [
  'informationExchange',
  'referral',
  'jointProject',
  'coFunding',
  'formalAgreement',
  'networking',
] as const;
export const MEMBERSHIP_ROLES = ['chair', 'member', 'secretariat', 'guest'] as const;
export const PROVISION_ROLES = ['provider', 'partner', 'coordinator'] as const;
export const RUN_ROLES = ['lead', 'steering', 'coordination'] as const;
export const PARTY_ROLES = ['signatory', 'initiator'] as const;
export const QUANTITY_KINDS = ['fundingAmount', 'municipalityCount', 'participantCount'] as const;
export const REGION_LEVELS = ['gemeinde'] as const;

export const TOPICS = [
  'sprache-und-bildung',
  'ausbildung-beruf-arbeit',
  'gesundheit-und-beratung',
  'behoerdenzusammenarbeit-interkulturelle-oeffnung',
  'antidiskriminierung-teilhabe-empowerment',
  'wohnen-und-mobilitaet',
  'beteiligung',
  'buergerschaftliches-engagement',
  'interkulturelle-oeffnung',
  'antidiskriminierung',
  'willkommens-und-anerkennungskultur',
  'kommunale-integrationsarbeit-stadtentwicklung',
  'bildung-freizeit-arbeit',
  'gesundheit-und-alter',
  'demokratie-menschenrechte-extremismuspraevention',
  'gesellschaftliche-teilhabe',
  'gesellschaftlicher-zusammenhalt',
  'integrationsmonitoring',
] as const;
export const TARGET_GROUPS = [
  'gefluechtete',
  'neuzugewanderte',
  'menschen-mit-migrationshintergrund',
  'frauen',
  'jugendliche',
  'familien',
  'ehrenamtliche',
  'verwaltung-multiplikatoren',
  'kommunen',
  'institutionen-und-behoerden',
  'einwohnerschaft',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type CooperationKind = (typeof COOPERATION_KINDS)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type ProvisionRole = (typeof PROVISION_ROLES)[number];
export type RunRole = (typeof RUN_ROLES)[number];
export type Topic = (typeof TOPICS)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];

const TERMS_USED: Readonly<Record<string, readonly string[]>> = {
  actorKind: ACTOR_KINDS,
  bodyKind: BODY_KINDS,
  programKind: PROGRAM_KINDS,
  measureKind: MEASURE_KINDS,
  cooperationKind: COOPERATION_KINDS,
  membershipRole: MEMBERSHIP_ROLES,
  provisionRole: PROVISION_ROLES,
  runRole: RUN_ROLES,
  partyRole: PARTY_ROLES,
  quantityKind: QUANTITY_KINDS,
  regionLevel: REGION_LEVELS,
};

/** The keys and ids above that the curated dataset lacks; empty when all are there. */
export function missingVocabulary(file = CURATED_DATASET): string[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    terms?: { vocabulary: string; key: string }[];
    topics?: { id: string }[];
    targetGroups?: { id: string }[];
  };
  const terms = new Set((doc.terms ?? []).map((t) => `${t.vocabulary}:${t.key}`));
  const topics = new Set((doc.topics ?? []).map((t) => t.id));
  const groups = new Set((doc.targetGroups ?? []).map((t) => t.id));
  return [
    ...Object.entries(TERMS_USED).flatMap(([vocabulary, keys]) =>
      keys.filter((key) => !terms.has(`${vocabulary}:${key}`)).map((key) => `${vocabulary}:${key}`),
    ),
    ...TOPICS.filter((id) => !topics.has(id)).map((id) => `topic:${id}`),
    ...TARGET_GROUPS.filter((id) => !groups.has(id)).map((id) => `targetGroup:${id}`),
  ];
}
