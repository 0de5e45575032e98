/**
 * Renders a milestone's explanation steps (data produced by the same computation that produced its
 * date) as sentences in Dutch or English.
 */
import { PoortwachterError, UnknownMilestoneError } from './errors.js';
import type { ExplanationStep, Milestone, Timeline } from './timeline-schema.js';

export type Locale = 'nl' | 'en';

export interface ExplainOptions {
  readonly locale?: Locale;
}

const STATUS_TEXT: Record<Locale, Record<string, string>> = {
  nl: { done: 'gedaan', 'done-late': 'te laat gedaan', open: 'open', overdue: 'te laat (nog niet gedaan)', 'not-applicable': 'niet van toepassing' },
  en: { done: 'done', 'done-late': 'done late', open: 'open', overdue: 'overdue', 'not-applicable': 'not applicable' },
};

const CAUSE_TEXT: Record<Locale, Record<string, string>> = {
  nl: {
    'vrijwillige-verlenging': 'vrijwillige verlenging door UWV (WIA 24; BW 7:629(11)(b))',
    'late-wia-aanvraag': 'te late WIA-aanvraag: verlengd met de duur van de vertraging (BW 7:629(11)(a))',
    loonsanctie: 'loonsanctie (WIA 25(9); BW 7:629(11)(b))',
    'late-ziekmelding': 'te late 13e-weeksmelding: verlengd met de duur van de vertraging (oud BW 7:629(11)(a))',
    'employment-ended': 'einde dienstverband',
  },
  en: {
    'vrijwillige-verlenging': 'voluntary extension by UWV (WIA 24; BW 7:629(11)(b))',
    'late-wia-aanvraag': 'late WIA application: extended by the delay (BW 7:629(11)(a))',
    loonsanctie: 'wage sanction (WIA 25(9); BW 7:629(11)(b))',
    'late-ziekmelding': 'late 13th-week report: extended by the delay (former BW 7:629(11)(a))',
    'employment-ended': 'end of employment',
  },
};

type Params = Record<string, string | number>;

const NOTES: Record<Locale, Record<string, (p: Params) => string>> = {
  nl: {
    'wage-base': (p) => `Uitgangspunt: de loondoorbetaling loopt tot en met de laatste dag van de wachttijd, ${p.date} (BW 7:629(1)).`,
    'verkorte-wachttijd-wage': () => 'De verkorte wachttijd verkort de loondoorbetalingsplicht van 104 weken niet (BW 7:629(1)); een IVA-uitkering mag wel op het loon in mindering komen.',
    'late-ziekmelding-pending': () => 'De 13e-weeksmelding is nog niet gedaan en te laat: de loondoorbetaling wordt verlengd met de duur van de vertraging zodra zij is gedaan.',
    'wia-brief-assumed-in-time': () => 'Er is geen ontvangst van de brief van UWV (wia-brief) vastgelegd: aangenomen is dat die op tijd kwam, zodat WIA 64(6) de aanvraag niet als tijdig aanmerkt.',
    'wia-aanvraag-deemed-timely': (p) => `De brief van UWV kwam te laat (ontvangen ${p.letter}) en de aanvraag volgde binnen vier weken: zij geldt als tijdig (WIA 64(6)); geen verlenging.`,
    'wia-aanvraag-no-protection': () => 'De brief van UWV kwam te laat, maar de 42e-weeksmelding was niet gedaan vóór de dag waarop de wachttijd 81 weken had geduurd: WIA 64(6) beschermt de aanvraag dan niet.',
    'wia-aanvraag-late-pending': () => 'De WIA-aanvraag is te laat en nog niet gedaan: de loondoorbetaling wordt verlengd met de duur van de vertraging (BW 7:629(11)(a)); leg de aanvraag vast zodra zij is gedaan.',
    'loonsanctie-too-late': (p) => `De loonsanctie van ${p.date} is gegeven na afloop van de wachttijd (of het verlengde tijdvak): geen verlenging (WIA 25(11)).`,
    'loonsanctie-hersteld': (p) => `UWV stelde op ${p.date} herstel vast: de loonsanctie eindigt zes weken later, maar niet na 52 weken (WIA 25(14)).`,
    'uwv-eerste-werkdag': (p) => `Optie 'uwv-eerste-werkdag' (UWV-coulance, geen wet): ${p.from} verschoven naar de eerste werkdag, ${p.to}.`,
    'not-applicable-recovered': () => 'Niet van toepassing: de werknemer is hersteld voordat deze dag werd bereikt. Wordt hij binnen vier weken weer ziek, dan telt de periode door (samentelling).',
    'not-applicable-employment-ended': () => 'Niet van toepassing: het dienstverband is geëindigd; UWV neemt de begeleiding over (Ziektewet, ZW 38(2)).',
    'not-applicable-verkorte-wachttijd': () => 'Niet van toepassing door de verkorte wachttijd (WIA 23(6), 66).',
    'not-applicable-option-unused': () => 'Niet van toepassing: de termijn is verstreken zonder gebruik.',
    'not-applicable-depends-on-not-applicable': () => 'Niet van toepassing: de mijlpaal waarop deze termijn volgt, is niet van toepassing.',
  },
  en: {
    'wage-base': (p) => `Base: wage payment runs to the last day of the wachttijd, ${p.date} (BW 7:629(1)).`,
    'verkorte-wachttijd-wage': () => 'A shortened wachttijd does not shorten the 104 weeks of wage payment (BW 7:629(1)); an IVA benefit may be set off against the wage.',
    'late-ziekmelding-pending': () => 'The 13th-week report is late and not yet made: wage payment is extended by the delay once it is made.',
    'wia-brief-assumed-in-time': () => "No receipt of UWV's letter (wia-brief) is recorded: it is assumed to have come in time, so WIA 64(6) does not treat the application as timely.",
    'wia-aanvraag-deemed-timely': (p) => `UWV's letter came late (received ${p.letter}) and the application followed within four weeks: it counts as timely (WIA 64(6)); no extension.`,
    'wia-aanvraag-no-protection': () => "UWV's letter came late, but the 42nd-week report was not made before the wachttijd had lasted 81 weeks: WIA 64(6) then does not protect the application.",
    'wia-aanvraag-late-pending': () => 'The WIA application is late and not yet made: wage payment is extended by the delay (BW 7:629(11)(a)); record the application once made.',
    'loonsanctie-too-late': (p) => `The wage sanction of ${p.date} was decided after the end of the wachttijd (or the extended period): no extension (WIA 25(11)).`,
    'loonsanctie-hersteld': (p) => `UWV found the shortcoming repaired on ${p.date}: the sanction ends six weeks later, never after 52 weeks (WIA 25(14)).`,
    'uwv-eerste-werkdag': (p) => `Option 'uwv-eerste-werkdag' (UWV leniency, not statute): ${p.from} moved to the first working day, ${p.to}.`,
    'not-applicable-recovered': () => 'Not applicable: the employee recovered before this day was reached. A relapse within four weeks continues the count (samentelling).',
    'not-applicable-employment-ended': () => 'Not applicable: employment ended; UWV takes over under the Ziektewet (ZW 38(2)).',
    'not-applicable-verkorte-wachttijd': () => 'Not applicable because of the shortened wachttijd (WIA 23(6), 66).',
    'not-applicable-option-unused': () => 'Not applicable: the term passed unused.',
    'not-applicable-depends-on-not-applicable': () => 'Not applicable: the milestone this term follows does not apply.',
  },
};

function stepText(step: ExplanationStep, m: Milestone, locale: Locale): string {
  const nl = locale === 'nl';
  switch (step.step) {
    case 'rule': {
      const article = m.basis.map((b) => `${b.title} art. ${b.article}`).join('; ');
      const sel =
        step.selectBy === 'firstSickDay'
          ? nl ? `gekozen op de eerste ziektedag, ${step.selectDate}` : `chosen by the first sick day, ${step.selectDate}`
          : nl ? `gekozen op de dag waarop de termijn verstrijkt, ${step.selectDate}` : `chosen by the day the term falls due, ${step.selectDate}`;
      const validity = `[${step.validFrom}, ${step.validTo ?? '…'})`;
      return nl
        ? `Regel ${step.rule}, versie ${step.version} (geldig ${validity}, ${sel}): ${article}.`
        : `Rule ${step.rule}, version ${step.version} (valid ${validity}, ${sel}): ${article}.`;
    }
    case 'counted-day': {
      const parts = [`${step.firstSickDay} + ${step.day - 1} ${nl ? 'dagen' : 'days'}`];
      if (step.gapDays > 0) parts.push(nl ? `${step.gapDays} dagen hersteld tussen ziekteperiodes` : `${step.gapDays} days of gap`);
      if (step.leaveDays > 0) parts.push(nl ? `${step.leaveDays} dagen zwangerschapsverlof` : `${step.leaveDays} days of pregnancy leave`);
      const proj = step.projected ? (nl ? ' (vooruitberekend alsof de ongeschiktheid doorliep)' : ' (projected as if the incapacity had continued)') : '';
      return nl
        ? `Getelde ziektedag ${step.day} = eerste ziektedag ${parts.join(' + ')} = ${step.date}${proj}.`
        : `Counted day ${step.day} = first sick day ${parts.join(' + ')} = ${step.date}${proj}.`;
    }
    case 'after-milestone': {
      const src = step.source === 'recorded' ? (nl ? 'vastgelegde datum' : 'recorded date') : nl ? 'uiterste datum' : 'due date';
      const sign = step.days >= 0 ? '+' : '−';
      return `${step.milestone} (${src} ${step.from}) ${sign} ${Math.abs(step.days)} ${nl ? 'dagen' : 'days'}.`;
    }
    case 'before-end':
      if (step.extendedUntil !== undefined) {
        return nl
          ? `${step.weeks} weken vóór het einde van het verlengde tijdvak (${step.extendedUntil}): ${step.extendedUntil} − ${step.weeks * 7} dagen.`
          : `${step.weeks} weeks before the end of the extended period (${step.extendedUntil}): ${step.extendedUntil} − ${step.weeks * 7} days.`;
      }
      return nl
        ? `${step.weeks} weken vóór het einde van de wachttijd (getelde dag ${step.endDay}): getelde dag ${step.endDay} − ${step.weeks * 7} = ${step.endDay - step.weeks * 7}.`
        : `${step.weeks} weeks before the end of the wachttijd (counted day ${step.endDay}): counted day ${step.endDay} − ${step.weeks * 7} = ${step.endDay - step.weeks * 7}.`;
    case 'months':
      return nl
        ? `${step.months} maanden na ${step.firstSickDay} eindigen op de dag vóór dezelfde kalenderdag ${step.months} maanden later${step.offsetDays !== 0 ? `, ${step.offsetDays} dagen` : ''}: ${step.date} (zonder onderbrekingen).`
        : `${step.months} months after ${step.firstSickDay} end on the day before the same calendar day ${step.months} months later${step.offsetDays !== 0 ? `, ${step.offsetDays} days` : ''}: ${step.date} (without gaps).`;
    case 'months-before-end':
      return nl ? `${step.months} maanden vóór ${step.endDate}: ${step.date}.` : `${step.months} months before ${step.endDate}: ${step.date}.`;
    case 'recurring': {
      const src = step.source === 'recorded-evaluation' ? (nl ? 'laatst vastgelegde evaluatie' : 'last recorded evaluation') : step.source === 'recorded' ? (nl ? 'vastgelegd plan van aanpak' : 'recorded plan of action') : nl ? 'uiterste datum plan van aanpak' : 'due date of the plan of action';
      return nl ? `Elke ${step.everyDays} dagen: ${src} ${step.from} + ${step.everyDays} dagen.` : `Every ${step.everyDays} days: ${src} ${step.from} + ${step.everyDays} days.`;
    }
    case 'employment-end':
      return nl ? `Einde dienstverband: laatste dag ${step.date} (ZW 38(2)).` : `End of employment: last day ${step.date} (ZW 38(2)).`;
    case 'verkorte-wachttijd':
      return nl
        ? `Verkorte wachttijd aangevraagd op ${step.application}; UWV stelde het einde vast op ${step.end} (WIA 23(6)).`
        : `Shortened wachttijd applied for on ${step.application}; UWV set its end at ${step.end} (WIA 23(6)).`;
    case 'extension':
      return nl
        ? `Verlengd met ${step.days} dagen (${step.from} t/m ${step.to}): ${CAUSE_TEXT.nl[step.cause]}.`
        : `Extended by ${step.days} days (${step.from} to ${step.to}): ${CAUSE_TEXT.en[step.cause]}.`;
    case 'deviation':
      return nl
        ? `Gemotiveerd afgeweken van de termijn (Regeling procesgang art. 5): nieuwe uiterste datum ${step.due}. Reden: ${step.reason}`
        : `Reasoned departure from the term (Regeling procesgang art 5): new due date ${step.due}. Reason: ${step.reason}`;
    case 'onverwijld':
      return nl
        ? `De getelde dagen passeerden dag 42 in een eerdere, korte periode; met de nieuwe periode vanaf ${step.since} dreigt langdurig verzuim: de probleemanalyse is onverwijld nodig (Regeling procesgang art. 2(3)).`
        : `The counted days passed day 42 in an earlier, short period; with the new period from ${step.since} long absence threatens: the analysis is due without delay (onverwijld, Regeling procesgang art 2(3)).`;
    case 'completed':
      return nl
        ? `Gedaan op ${step.date}${step.via !== 'completed' ? ` (via ${step.via})` : ''}.`
        : `Done on ${step.date}${step.via !== 'completed' ? ` (through ${step.via})` : ''}.`;
    case 'status':
      return nl ? `Status op ${step.asOf}: ${STATUS_TEXT.nl[step.status]}.` : `Status on ${step.asOf}: ${STATUS_TEXT.en[step.status]}.`;
    case 'note': {
      const f = NOTES[locale][step.code];
      return f === undefined ? step.code : f(step.params ?? {});
    }
  }
}

/** The explanation of one milestone as lines of text, Dutch by default. */
/** The locale asked for, checked: `nl` (default) or `en`. */
export function localeOf(options: { readonly locale?: unknown } | undefined): Locale {
  const locale = options?.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new PoortwachterError('INVALID_OPTION', `locale must be 'nl' or 'en', not ${JSON.stringify(locale)}`, ['locale']);
  return locale;
}

export function explainMilestoneLines(timeline: Timeline, id: string, options: ExplainOptions = {}): string[] {
  const locale = localeOf(options);
  const m = timeline.milestones.find((x) => x.id === id);
  if (m === undefined) throw new UnknownMilestoneError(id, timeline.milestones.map((x) => x.id));
  const head = locale === 'nl' ? `${m.title.nl}: uiterlijk ${m.due}` : `${m.title.en}: due ${m.due}`;
  const lines = [head];
  for (const s of m.explanation) lines.push(stepText(s, m, locale));
  if (m.review !== undefined) lines.push(locale === 'nl' ? `Controleren: ${m.review}` : `Review: ${m.review}`);
  return lines;
}

/**
 * Explains why a milestone's date is what it is: the rule and its version, the article, the
 * arithmetic, the events used and the status. `locale` is `nl` (default) or `en`.
 */
export function explainMilestone(timeline: Timeline, id: string, options: ExplainOptions = {}): string {
  const [head, ...rest] = explainMilestoneLines(timeline, id, options);
  return [head, ...rest.map((l, i) => `${i + 1}. ${l}`)].join('\n');
}
