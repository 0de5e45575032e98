/**
 * The vocabulary of the rule format that the engine itself reads (the facts a condition may test, the
 * operators, the events an afterEvent timing can follow, the case options a rule may declare): plain
 * constants, free of zod, so that computing a timeline does not build the rule schemas
 * (`rules/schema.ts`, which re-exports them).
 */
/**
 * Facts a rule's `applies` conditions may test. They are deliberately few and discrete (no dates), so
 * that applicability is decided once per distinct combination and then memoised.
 */
export const FACTS = Object.freeze({
  regime: 'string',
  pregnancyRelated: 'boolean',
  noRiskPolis: 'boolean',
  vangnet: 'boolean',
  afterPregnancyLeave: 'boolean',
  flexibilisationPeriod: 'boolean',
  uitzendbeding: 'boolean',
  fictieveDienstbetrekking: 'boolean',
  domesticWorker: 'boolean',
  eigenrisicodragerZw: 'boolean',
  employmentEnded: 'boolean',
  vrijwilligeVerlenging: 'boolean',
  loonsanctie: 'boolean',
  verkorteWachttijd: 'boolean',
  aowAge: 'boolean',
} as const);
export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.freeze(Object.keys(FACTS) as FactName[]);

/** The events an `afterEvent` timing can follow. */
export const AFTER_EVENT_TYPES = Object.freeze(['herstelmelding', 'deskundigenoordeel-aanvraag'] as const);
export type AfterEventType = (typeof AFTER_EVENT_TYPES)[number];

/** The json-rules-engine operators poortwachter evaluates (its built-in set). */
export const OPERATORS = Object.freeze([
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'contains',
  'doesNotContain',
] as const);
export type OperatorName = (typeof OPERATORS)[number];

/** The case options a rule may declare to read. */
export const INTERVAL_OPTIONS = Object.freeze(['evaluationIntervalDays'] as const);
