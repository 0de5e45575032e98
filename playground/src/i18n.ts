/**
 * The words of the page, in Dutch and English. Texts of the law (milestone titles, explanations) come
 * from the library; these are the page's own labels. Dutch legal terms stay Dutch in the English UI.
 */
export type Lang = 'nl' | 'en';

type Words = Record<string, { nl: string; en: string }>;

export const UI = {
  title: { nl: 'Poortwachter-tijdlijn', en: 'Poortwachter timeline' },
  intro: {
    nl: 'Alle termijnen van de Wet verbetering poortwachter voor één ziektegeval, elk met het wetsartikel erachter. Alles wordt in deze pagina berekend; er wordt niets verzonden.',
    en: 'Every deadline of the Wet verbetering poortwachter for one case of sickness, each with the article of law behind it. Everything is computed in this page; nothing is sent anywhere.',
  },
  language: { nl: 'Taal', en: 'Language' },
  caseHeading: { nl: 'Het geval', en: 'The case' },
  firstSickDay: { nl: 'Eerste ziektedag', en: 'First sick day' },
  firstSickDayHint: { nl: 'De eerste werkdag waarop wegens ziekte niet is gewerkt (WIA 23(2)).', en: 'The first working day not worked because of sickness (WIA 23(2)).' },
  asOf: { nl: 'Stand op', en: 'As of' },
  asOfHint: { nl: 'Statussen (open, te laat, gedaan) worden op deze dag beoordeeld. Leeg: geen statussen.', en: 'Statuses (open, overdue, done) are judged on this day. Empty: no statuses.' },
  more: { nl: 'Meer over het geval', en: 'More about the case' },
  caseId: { nl: 'Dossierkenmerk (optioneel)', en: 'Case reference (optional)' },
  caseIdHint: { nl: 'Houdt agenda-items bij een nieuwe export gelijk. Gebruik een kenmerk, geen naam.', en: 'Keeps calendar events in step on a new export. Use a reference, not a name.' },
  dateOfBirth: { nl: 'Geboortedatum (optioneel, voor de AOW-leeftijd)', en: 'Date of birth (optional, for the AOW age)' },
  ziekmeldingUwv: { nl: '42e-weeksmelding', en: '42nd-week report to UWV' },
  'ziekmeldingUwv.statute': { nl: 'op getelde dag 295 (wet, ZW 38(1))', en: 'on counted day 295 (statute, ZW 38(1))' },
  'ziekmeldingUwv.uwv-eerste-werkdag': { nl: 'eerste werkdag vanaf dag 295 (UWV-coulance)', en: 'first working day from day 295 (UWV leniency)' },
  evaluationIntervalDays: { nl: 'Evaluatie plan van aanpak elke … dagen (leeg: 42)', en: 'Evaluate the plan van aanpak every … days (empty: 42)' },
  eventsHeading: { nl: 'Gebeurtenissen', en: 'Events' },
  noEvents: { nl: 'Nog geen gebeurtenissen.', en: 'No events yet.' },
  edit: { nl: 'Wijzigen', en: 'Edit' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  editEvent: { nl: 'Wijzig gebeurtenis {n}', en: 'Edit event {n}' },
  removeEvent: { nl: 'Verwijder gebeurtenis {n}', en: 'Remove event {n}' },
  addHeading: { nl: 'Gebeurtenis toevoegen', en: 'Add an event' },
  editHeading: { nl: 'Gebeurtenis {n} wijzigen', en: 'Edit event {n}' },
  eventType: { nl: 'Soort gebeurtenis', en: 'Kind of event' },
  add: { nl: 'Toevoegen', en: 'Add' },
  save: { nl: 'Opslaan', en: 'Save' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  optional: { nl: '(optioneel)', en: '(optional)' },
  chooseMilestone: { nl: '— kies een mijlpaal —', en: '— choose a milestone —' },
  yes: { nl: 'ja', en: 'yes' },
  added: { nl: 'Gebeurtenis {n} toegevoegd.', en: 'Event {n} added.' },
  saved: { nl: 'Gebeurtenis {n} opgeslagen.', en: 'Event {n} saved.' },
  removed: { nl: 'Gebeurtenis {n} verwijderd.', en: 'Event {n} removed.' },
  resultHeading: { nl: 'De tijdlijn', en: 'The timeline' },
  needFirstSickDay: { nl: 'Vul de eerste ziektedag in om de tijdlijn te zien.', en: 'Enter the first sick day to see the timeline.' },
  invalidHeading: { nl: 'Het geval is (nog) niet geldig:', en: 'The case is not (yet) valid:' },
  badLink: { nl: 'De link bevat geen leesbaar geval (#case= moet URI-gecodeerde JSON zijn): {message}', en: 'The link holds no readable case (#case= must be URI-encoded JSON): {message}' },
  summaryFirst: { nl: 'Eerste ziektedag', en: 'First sick day' },
  summaryRegime: { nl: 'Regime', en: 'Regime' },
  summaryAsOf: { nl: 'Stand op', en: 'As of' },
  summaryCounted: { nl: 'getelde ziektedag {n}', en: 'counted sick day {n}' },
  summaryWachttijd: { nl: 'Laatste dag wachttijd', en: 'Last day of the wachttijd' },
  summaryWia: { nl: 'WIA kan ingaan op', en: 'WIA can start on' },
  summaryWage: { nl: 'Loondoorbetaling tot en met', en: 'Wage payment up to and including' },
  summaryNone: { nl: 'geen', en: 'none' },
  summaryExtensions: { nl: 'Verlengingen', en: 'Extensions' },
  tableCaption: { nl: 'Mijlpalen, gesorteerd op uiterste datum. Kies een mijlpaal: de uitleg van de datum verschijnt eronder.', en: 'Milestones by due date. Choose a milestone: the explanation of its date appears under it.' },
  colDue: { nl: 'Uiterlijk', en: 'Due' },
  colDay: { nl: 'Dag', en: 'Day' },
  colMilestone: { nl: 'Mijlpaal', en: 'Milestone' },
  colWho: { nl: 'Wie', en: 'Who' },
  colLabel: { nl: 'Soort', en: 'Label' },
  colBasis: { nl: 'Grondslag', en: 'Basis' },
  colStatus: { nl: 'Status', en: 'Status' },
  windowFrom: { nl: 'vanaf {date}', en: 'from {date}' },
  completedOn: { nl: 'gedaan {date}', en: 'done {date}' },
  onverwijld: { nl: 'onverwijld', en: 'without delay (onverwijld)' },
  review: { nl: 'Controleren', en: 'Review' },
  explainHeading: { nl: 'Waarom deze datum?', en: 'Why this date?' },
  pictureHeading: { nl: 'De tijdlijn in beeld', en: 'The timeline as a picture' },
  pictureError: { nl: 'Het beeld kon niet worden gemaakt: {message}', en: 'The picture could not be drawn: {message}' },
  downloadsHeading: { nl: 'Downloads', en: 'Downloads' },
  downloadIcs: { nl: 'Agenda (.ics)', en: 'Calendar (.ics)' },
  downloadCase: { nl: 'Geval (JSON)', en: 'Case (JSON)' },
  downloadTimeline: { nl: 'Tijdlijn (JSON)', en: 'Timeline (JSON)' },
  linkNote: {
    nl: 'Het adres van deze pagina bevat het geval: bewaar of deel de link om het terug te zien. Het geval (JSON) werkt ook met de opdrachtregel: poortwachter timeline --case geval.json.',
    en: 'The address of this page holds the case: bookmark or share the link to see it again. The case (JSON) also works on the command line: poortwachter timeline --case case.json.',
  },
  footer: { nl: 'poortwachter: de wettelijke verzuimtijdlijn als bibliotheek. Geen juridisch advies.', en: 'poortwachter: the statutory sickness-absence timeline as a library. Not legal advice.' },
  input: { nl: 'geval', en: 'case' },
  event: { nl: 'Gebeurtenis {n}', en: 'Event {n}' },
} satisfies Words;

/** Case fields shown as check boxes, by their name in the case input (the list itself comes from the schema). */
export const CASE_FLAGS: Words = {
  pregnancyRelated: { nl: 'Ziek door zwangerschap of bevalling (ZW 29a)', en: 'Sick because of pregnancy or childbirth (ZW 29a)' },
  noRiskPolis: { nl: 'No-riskpolis (ZW 29b)', en: 'No-riskpolis (ZW 29b)' },
  domesticWorker: { nl: 'Huishoudelijk werk, minder dan vier dagen per week (BW 7:629(2))', en: 'Domestic worker, fewer than four days a week (BW 7:629(2))' },
  flexibilisationPeriod: { nl: 'Ziek in de flexibiliseringsperiode vóór het verlof (ZW 29a(2))', en: 'Sick in the flexibiliseringsperiode before the leave (ZW 29a(2))' },
  eigenrisicodragerZw: { nl: 'Werkgever is eigenrisicodrager Ziektewet (WIA 26(2))', en: 'The employer is eigenrisicodrager for the Ziektewet (WIA 26(2))' },
  uitzendbeding: { nl: 'Uitzendkracht met uitzendbeding (BW 7:691(2))', en: 'Uitzendkracht with an uitzendbeding (BW 7:691(2))' },
  fictieveDienstbetrekking: { nl: 'Fictieve dienstbetrekking (ZW 4, 5)', en: 'Fictieve dienstbetrekking (ZW 4, 5)' },
};

/** Event types, by their `type` (the list itself comes from the schema). */
export const EVENT_NAMES: Words = {
  completed: { nl: 'Gedaan: een verplichting is uitgevoerd', en: 'Done: an obligation was carried out' },
  recovered: { nl: 'Volledig hersteld', en: 'Fully recovered' },
  sick: { nl: 'Weer ziek (nieuwe periode)', en: 'Sick again (new period)' },
  'partially-recovered': { nl: 'Gedeeltelijk hersteld', en: 'Partially recovered' },
  'pregnancy-leave': { nl: 'Zwangerschaps- en bevallingsverlof', en: 'Pregnancy and maternity leave' },
  loonsanctie: { nl: 'Loonsanctie opgelegd door UWV', en: 'Loonsanctie imposed by UWV' },
  herstelmelding: { nl: 'Herstelmelding aan UWV', en: 'Herstelmelding to UWV (shortcoming repaired)' },
  'deskundigenoordeel-aanvraag': { nl: 'Deskundigenoordeel aangevraagd', en: 'Deskundigenoordeel requested' },
  're-integratieverslag-termijn': { nl: 'UWV stelt termijn voor re-integratieverslag', en: 'UWV sets a term for the re-integratieverslag' },
  'loonsanctie-hersteld': { nl: 'UWV stelt herstel vast (loonsanctie)', en: 'UWV finds the shortcoming repaired (loonsanctie)' },
  'vrijwillige-verlenging': { nl: 'Vrijwillige verlenging loondoorbetaling', en: 'Vrijwillige verlenging of wage payment' },
  'verkorte-wachttijd': { nl: 'Verkorte wachttijd aangevraagd', en: 'Verkorte wachttijd applied for' },
  'employment-ended': { nl: 'Einde dienstverband', en: 'Employment ended' },
  deviation: { nl: 'Gemotiveerde afwijking van een termijn', en: 'Reasoned deviation from a term' },
};

/** Event fields: `type.field` first, then `field`; unknown ones show their name. */
export const FIELD_NAMES: Words = {
  date: { nl: 'Datum', en: 'Date' },
  milestone: { nl: 'Mijlpaal', en: 'Milestone' },
  percentage: { nl: 'Deel van de uren weer gewerkt (%)', en: 'Share of the hours worked again (%)' },
  start: { nl: 'Eerste dag', en: 'First day' },
  end: { nl: 'Laatste dag', en: 'Last day' },
  weeks: { nl: 'Duur in weken', en: 'Length in weeks' },
  due: { nl: 'Uiterste datum', en: 'Due date' },
  until: { nl: 'Nieuwe laatste dag loondoorbetaling', en: 'New last day of wage payment' },
  reason: { nl: 'Reden', en: 'Reason' },
  differentCause: { nl: 'Andere oorzaak dan vóór het zwangerschapsverlof', en: 'Another cause than before the pregnancy leave' },
  'completed.date': { nl: 'Gedaan op', en: 'Done on' },
  'recovered.date': { nl: 'Eerste dag weer volledig geschikt', en: 'First day fully fit again' },
  'sick.date': { nl: 'Eerste dag van de nieuwe ziekteperiode', en: 'First day of the new period of sickness' },
  'partially-recovered.date': { nl: 'Eerste dag gedeeltelijk werk', en: 'First day of partial work' },
  'pregnancy-leave.start': { nl: 'Eerste dag verlof', en: 'First day of the leave' },
  'pregnancy-leave.end': { nl: 'Laatste dag verlof', en: 'Last day of the leave' },
  'loonsanctie.date': { nl: 'Datum beschikking', en: 'Date of the decision' },
  'herstelmelding.date': { nl: 'Ontvangen door UWV op', en: 'Received by UWV on' },
  'deskundigenoordeel-aanvraag.date': { nl: 'Aanvraag ontvangen door UWV op', en: 'Request received by UWV on' },
  're-integratieverslag-termijn.date': { nl: 'Datum brief UWV', en: "Date of UWV's letter" },
  're-integratieverslag-termijn.due': { nl: 'Laatste dag van de termijn', en: 'Last day of the term' },
  'loonsanctie-hersteld.date': { nl: 'Datum vaststelling', en: 'Date of the finding' },
  'vrijwillige-verlenging.date': { nl: 'Datum beschikking', en: 'Date of the decision' },
  'verkorte-wachttijd.date': { nl: 'Datum aanvraag', en: 'Date of the application' },
  'verkorte-wachttijd.end': { nl: 'Einde verkorte wachttijd (door UWV vastgesteld)', en: 'End of the shortened wachttijd (set by UWV)' },
  'employment-ended.date': { nl: 'Laatste dag dienstverband', en: 'Last day of employment' },
  'deviation.due': { nl: 'Nieuwe uiterste datum', en: 'New due date' },
};

export const STATUS_NAMES: Words = {
  done: { nl: 'gedaan', en: 'done' },
  'done-late': { nl: 'te laat gedaan', en: 'done late' },
  open: { nl: 'open', en: 'open' },
  overdue: { nl: 'te laat', en: 'overdue' },
  'not-applicable': { nl: 'n.v.t.', en: 'n/a' },
};

export const NOT_APPLICABLE_NAMES: Words = {
  recovered: { nl: 'hersteld', en: 'recovered' },
  'employment-ended': { nl: 'dienstverband geëindigd', en: 'employment ended' },
  'verkorte-wachttijd': { nl: 'verkorte wachttijd', en: 'shortened wachttijd' },
  'aow-age': { nl: 'AOW-leeftijd', en: 'AOW age' },
  'option-unused': { nl: 'niet gebruikt', en: 'unused' },
  'depends-on-not-applicable': { nl: 'volgt op iets dat niet geldt', en: 'follows one that does not apply' },
};

export const ROLE_NAMES: Words = {
  werkgever: { nl: 'werkgever', en: 'employer' },
  werknemer: { nl: 'werknemer', en: 'employee' },
  bedrijfsarts: { nl: 'bedrijfsarts', en: 'occupational physician' },
  uwv: { nl: 'UWV', en: 'UWV' },
  arbodienst: { nl: 'arbodienst', en: 'occupational health service' },
};

export const LABEL_NAMES: Words = {
  statute: { nl: 'wet', en: 'statute' },
  'uwv-policy': { nl: 'UWV-beleid', en: 'UWV policy' },
  practice: { nl: 'praktijk', en: 'practice' },
  own: { nl: 'eigen', en: 'own' },
};

export const CAUSE_NAMES: Words = {
  'vrijwillige-verlenging': { nl: 'vrijwillige verlenging', en: 'vrijwillige verlenging (voluntary)' },
  'late-wia-aanvraag': { nl: 'te late WIA-aanvraag', en: 'late WIA application' },
  loonsanctie: { nl: 'loonsanctie', en: 'loonsanctie (wage sanction)' },
  'late-ziekmelding': { nl: 'te late ziekmelding', en: 'late sickness report' },
};

export const WEEKDAYS = { nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

/**
 * Dutch wording of the most common validation problems, by issue code; the library's messages are
 * English, and any code not listed here is shown in English (marked lang="en").
 */
export const ISSUE_NL: Record<string, string | ((message: string) => string)> = {
  invalid_type: (m) => (m.includes('date') ? 'vul een datum in (JJJJ-MM-DD)' : 'ontbreekt of is van de verkeerde soort'),
  too_big: (m) => {
    const n = /(?:<=?|at most)\s*(\d+)/.exec(m);
    return n === null ? 'te groot' : `te groot: ten hoogste ${n[1]}${m.includes('loonsanctie') ? ' weken (WIA 25(9))' : ''}`;
  },
  too_small: (m) => {
    const n = /(?:>=?|at least)\s*(\d+)/.exec(m);
    return n === null ? 'te klein of leeg' : `te klein: ten minste ${n[1]}`;
  },
  unrecognized_keys: (m) => `onbekend veld${/'[^']*'/.exec(m)?.[0] ? ` ${/'[^']*'/.exec(m)![0]}` : ''}`,
  invalid_union: 'onbekende soort gebeurtenis',
  invalid_date: (m) => `geen bestaande kalenderdatum in de vorm JJJJ-MM-DD${/'([^']*)'/.exec(m) === null ? '' : `: ${/'([^']*)'/.exec(m)![1]}`}`,
  date_out_of_range: 'valt buiten 1900–2199',
  event_before_first_sick_day: 'ligt vóór de eerste ziektedag',
  as_of_before_first_sick_day: 'de stand-op-datum ligt vóór de eerste ziektedag',
  birth_not_before_first_sick_day: 'de geboortedatum moet vóór de eerste ziektedag liggen',
  before_wvp: 'een keten die vóór 1 april 2002 begint, valt buiten de Wet verbetering poortwachter',
  already_sick: 'een nieuwe ziekteperiode terwijl de werknemer al ziek is: leg eerst het herstel ervóór vast',
  already_recovered: 'een herstel terwijl de werknemer al geschikt is: leg de ziekteperiode ertussen vast',
  conflicting_events: 'twee gebeurtenissen van deze soort op dezelfde dag',
  leave_end_before_start: 'het verlof eindigt vóór het begint',
  overlapping_leave: 'dit verlof overlapt een ander verlof',
  duplicate_loonsanctie: 'er is al een loonsanctie vastgelegd',
  duplicate_employment_end: 'het einde van het dienstverband is al vastgelegd',
  duplicate_verkorte_wachttijd: 'er is al een verkorte wachttijd vastgelegd',
  duplicate_deviation: 'voor deze mijlpaal is al een afwijking vastgelegd',
  not_deviable: 'alleen van de termijn van de probleemanalyse en het plan van aanpak kan worden afgeweken',
  herstelmelding_without_loonsanctie: 'een herstelmelding (WIA 25(12)) zonder loonsanctie op of vóór die dag: leg de loonsanctie eerst vast',
  herstel_without_loonsanctie: 'herstel vastgesteld zonder loonsanctie op of vóór die dag: leg de loonsanctie eerst vast',
  unknown_milestone: 'onbekende mijlpaal',
};

export function word(table: Words, key: string, lang: Lang): string | undefined {
  return Object.hasOwn(table, key) ? table[key]![lang] : undefined;
}

export function ui(key: keyof typeof UI, lang: Lang, params: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
