/**
 * Every text poortwachter shows a person, in Dutch and English, in one table: statuses, causes of
 * extensions, labels, notes, the sentences of an explanation, table headings, picture captions. The
 * renderers look texts up here by key; none of them chooses a language inline.
 */
import { PoortwachterError } from '../errors.js';

export type Locale = 'nl' | 'en';

type P = Record<string, string | number>;
type Text = string | ((p: P) => string);

/** One message in both languages. */
interface Message {
  readonly nl: Text;
  readonly en: Text;
}

const days = (p: P): number => Number(p.days);

export const MESSAGES = {
  // ---- statuses: long (explanations), short (tables) -----------------------------------------------
  'role.werkgever': { nl: 'werkgever', en: 'employer' },
  'role.werknemer': { nl: 'werknemer', en: 'employee' },
  'role.bedrijfsarts': { nl: 'bedrijfsarts', en: 'occupational physician' },
  'role.uwv': { nl: 'UWV', en: 'UWV' },
  'role.arbodienst': { nl: 'arbodienst', en: 'occupational health service' },
  'status.done': { nl: 'gedaan', en: 'done' },
  'status.done-late': { nl: 'te laat gedaan', en: 'done late' },
  'status.open': { nl: 'open', en: 'open' },
  'status.overdue': { nl: 'te laat (nog niet gedaan)', en: 'overdue' },
  'status.not-applicable': { nl: 'niet van toepassing', en: 'not applicable' },
  'status-short.done': { nl: 'gedaan', en: 'done' },
  'status-short.done-late': { nl: 'te laat gedaan', en: 'done late' },
  'status-short.open': { nl: 'open', en: 'open' },
  'status-short.overdue': { nl: 'TE LAAT', en: 'OVERDUE' },
  'status-short.not-applicable': { nl: 'n.v.t.', en: 'n/a' },
  'status-short.onverwijld': { nl: ' (onverwijld)', en: ' (without delay)' },

  // ---- causes of an extension of wage payment: long (explanations), short (picture) -----------------
  'cause.vrijwillige-verlenging': { nl: 'vrijwillige verlenging door UWV (WIA 24; BW 7:629(11)(b))', en: 'voluntary extension by UWV (WIA 24; BW 7:629(11)(b))' },
  'cause.late-wia-aanvraag': { nl: 'te late WIA-aanvraag: verlengd met de duur van de vertraging (BW 7:629(11)(a))', en: 'late WIA application: extended by the delay (BW 7:629(11)(a))' },
  'cause.loonsanctie': { nl: 'loonsanctie (WIA 25(9), vóór 15 augustus 2004 WAO 71a(9); BW 7:629(11)(b))', en: 'wage sanction (WIA 25(9), before 15 August 2004 WAO 71a(9); BW 7:629(11)(b))' },
  'cause.late-ziekmelding': { nl: 'te late 13e-weeksmelding: verlengd met de duur van de vertraging (oud BW 7:629(11)(a))', en: 'late 13th-week report: extended by the delay (former BW 7:629(11)(a))' },
  'cause-short.vrijwillige-verlenging': { nl: 'vrijwillige verlenging', en: 'voluntary extension' },
  'cause-short.late-wia-aanvraag': { nl: 'te late WIA-aanvraag', en: 'late WIA application' },
  'cause-short.loonsanctie': { nl: 'loonsanctie', en: 'wage sanction' },
  'cause-short.late-ziekmelding': { nl: 'te late ziekmelding', en: 'late sickness report' },

  // ---- labels -----------------------------------------------------------------------------------------
  'label.statute': { nl: 'wet', en: 'statute' },
  'label.uwv-policy': { nl: 'UWV-beleid', en: 'UWV policy' },
  'label.practice': { nl: 'praktijk', en: 'practice' },
  'label.own': { nl: 'eigen', en: 'own' },

  // ---- words ------------------------------------------------------------------------------------------
  'word.days': { nl: 'dagen', en: 'days' },
  'word.weekdays': { nl: 'ma di wo do vr za zo', en: 'Mon Tue Wed Thu Fri Sat Sun' },

  // ---- notes of an explanation ------------------------------------------------------------------------
  'note.wage-base': { nl: (p) => `Uitgangspunt: de loondoorbetaling loopt tot en met de laatste dag van de wachttijd, ${p.date} (BW 7:629(1)).`, en: (p) => `Base: wage payment runs to the last day of the wachttijd, ${p.date} (BW 7:629(1)).` },
  'note.verkorte-wachttijd-wage': {
    nl: 'De verkorte wachttijd verkort de loondoorbetalingsplicht van 104 weken niet (BW 7:629(1)); een IVA-uitkering mag wel op het loon in mindering komen.',
    en: 'A shortened wachttijd does not shorten the 104 weeks of wage payment (BW 7:629(1)); an IVA benefit may be set off against the wage.',
  },
  'note.late-ziekmelding-pending': {
    nl: 'De 13e-weeksmelding is nog niet gedaan en te laat: de loondoorbetaling wordt verlengd met de duur van de vertraging zodra zij is gedaan.',
    en: 'The 13th-week report is late and not yet made: wage payment is extended by the delay once it is made.',
  },
  'note.wia-brief-assumed-in-time': {
    nl: 'Er is geen ontvangst van de brief van UWV (wia-brief) vastgelegd: aangenomen is dat die op tijd kwam, zodat WIA 64(6) de aanvraag niet als tijdig aanmerkt.',
    en: "No receipt of UWV's letter (wia-brief) is recorded: it is assumed to have come in time, so WIA 64(6) does not treat the application as timely.",
  },
  'note.wia-aanvraag-deemed-timely': {
    nl: (p) => `De brief van UWV kwam te laat (ontvangen ${p.letter}) en de aanvraag volgde binnen vier weken: zij geldt als tijdig (WIA 64(6)); geen verlenging.`,
    en: (p) => `UWV's letter came late (received ${p.letter}) and the application followed within four weeks: it counts as timely (WIA 64(6)); no extension.`,
  },
  'note.wia-aanvraag-no-protection': {
    nl: 'De brief van UWV kwam te laat, maar de 42e-weeksmelding was niet gedaan vóór de dag waarop de wachttijd 81 weken had geduurd: WIA 64(6) beschermt de aanvraag dan niet.',
    en: "UWV's letter came late, but the 42nd-week report was not made before the wachttijd had lasted 81 weeks: WIA 64(6) then does not protect the application.",
  },
  'note.wia-aanvraag-late-pending': {
    nl: 'De WIA-aanvraag is te laat en nog niet gedaan: de loondoorbetaling wordt verlengd met de duur van de vertraging (BW 7:629(11)(a)); leg de aanvraag vast zodra zij is gedaan.',
    en: 'The WIA application is late and not yet made: wage payment is extended by the delay (BW 7:629(11)(a)); record the application once made.',
  },
  'note.loonsanctie-too-late': {
    nl: (p) => `De loonsanctie van ${p.date} is gegeven na afloop van de wachttijd (of het verlengde tijdvak): geen verlenging (WIA 25(11)).`,
    en: (p) => `The wage sanction of ${p.date} was decided after the end of the wachttijd (or the extended period): no extension (WIA 25(11)).`,
  },
  'note.loonsanctie-hersteld': {
    nl: (p) => `UWV stelde op ${p.date} herstel vast: de loonsanctie eindigt zes weken later, maar niet na 52 weken (WIA 25(14)).`,
    en: (p) => `UWV found the shortcoming repaired on ${p.date}: the sanction ends six weeks later, never after 52 weeks (WIA 25(14)).`,
  },
  'note.loonsanctie-wao': {
    nl: 'Arbeidsongeschikt vóór 15 augustus 2004: de loonsanctie is het vaste tijdvak dat UWV vaststelde (WAO 71a(9), ten hoogste 52 weken); WIA 25(9)-(14) geldt niet (WIA 123b).',
    en: 'Incapacitated before 15 August 2004: the wage sanction is the fixed period UWV set (WAO 71a(9), at most 52 weeks); WIA 25(9)-(14) do not apply (WIA 123b).',
  },
  'note.before-end-late-application': {
    nl: (p) => `De WIA-aanvraag was te laat: de termijn telt terug vanaf het einde van het met ${p.days} dagen verlengde tijdvak (WIA 25(10), tweede zin; BW 7:629(11)(a)); de datum hieronder schuift ${p.days} dagen op.`,
    en: (p) => `The WIA application was late: the term counts back from the end of the period extended by ${p.days} days (WIA 25(10), second sentence; BW 7:629(11)(a)); the date below moves ${p.days} days later.`,
  },
  'note.loonsanctie-late-decision': {
    nl: (p) => `UWV besliste over de loonsanctie op ${p.date}, ${p.days} dagen na de uiterste dag ${p.due}: het tijdvak eindigt zoveel eerder (WIA 25(14), tweede zin).`,
    en: (p) => `UWV decided on the wage sanction on ${p.date}, ${p.days} days after its deadline ${p.due}: the period ends that much sooner (WIA 25(14), second sentence).`,
  },
  'note.algemene-termijnenwet': {
    nl: (p) => `De termijn eindigt op ${p.from}, een zaterdag, zondag of feestdag: hij loopt door tot en met ${p.to} (Algemene termijnenwet art. 1(1)).`,
    en: (p) => `The term ends on ${p.from}, a Saturday, Sunday or public holiday: it runs on to ${p.to} (Algemene termijnenwet art 1(1)).`,
  },
  'note.choose-then': {
    nl: (p) => `De voorwaarde van deze regel geldt voor dit geval (${p.facts}): de eerste termijn is van toepassing.`,
    en: (p) => `The condition of this rule holds for the case (${p.facts}): its first timing applies.`,
  },
  'note.choose-else': {
    nl: 'De voorwaarde van deze regel geldt niet voor dit geval: de andere termijn is van toepassing.',
    en: 'The condition of this rule does not hold for the case: its other timing applies.',
  },
  'note.after-recovery': {
    nl: (p) => `Weer geschikt vanaf ${p.fit}: ${p.fit} + ${p.days} dagen = ${p.date}.`,
    en: (p) => `Fit again from ${p.fit}: ${p.fit} + ${p.days} days = ${p.date}.`,
  },
  'note.not-before': {
    nl: (p) => `Niet eerder dan ${p.milestone} (${p.date}).`,
    en: (p) => `Not before ${p.milestone} (${p.date}).`,
  },
  'note.plus-extensions': {
    nl: (p) => `Plus de verlengingen van ${p.milestone}: ${p.days} dagen, tot en met ${p.date}.`,
    en: (p) => `Plus the extensions of ${p.milestone}: ${p.days} days, to ${p.date}.`,
  },
  'note.kept-by-eigenrisicodrager': {
    nl: 'Het dienstverband is geëindigd, maar de werkgever is eigenrisicodrager Ziektewet en houdt deze verplichting jegens de ex-werknemer (WIA 26(2)).',
    en: 'Employment ended, but the employer is eigenrisicodrager for the Ziektewet and keeps this duty towards the former employee (WIA 26(2)).',
  },
  'note.before-extension-end': {
    nl: (p) => `${p.days} dagen vóór het einde van de verlenging (${p.cause}) op ${p.to}.`,
    en: (p) => `${p.days} days before the end of the extension (${p.cause}) on ${p.to}.`,
  },
  'note.after-event': {
    nl: (p) => `${p.event} op ${p.date} + ${p.days} dagen.`,
    en: (p) => `${p.event} on ${p.date} + ${p.days} days.`,
  },
  'note.loonsanctie-late-repair-decision': {
    nl: (p) => `UWV stelde het herstel vast op ${p.date}, ${p.days} dagen na de uiterste dag ${p.due} (WIA 25(13)): de loonsanctie eindigt zoveel eerder (WIA 25(14), tweede zin).`,
    en: (p) => `UWV found the repair on ${p.date}, ${p.days} days after its deadline ${p.due} (WIA 25(13)): the sanction ends that much sooner (WIA 25(14), second sentence).`,
  },
  'note.set-by-event': {
    nl: (p) => `Termijn gesteld bij ${p.event} van ${p.date}: uiterlijk ${p.due}.`,
    en: (p) => `Term set by ${p.event} of ${p.date}: due ${p.due}.`,
  },
  'note.uwv-eerste-werkdag': {
    nl: (p) => `Optie 'uwv-eerste-werkdag' (UWV-coulance, geen wet): ${p.from} verschoven naar de eerste werkdag, ${p.to}.`,
    en: (p) => `Option 'uwv-eerste-werkdag' (UWV leniency, not statute): ${p.from} moved to the first working day, ${p.to}.`,
  },
  'note.not-applicable-recovered': {
    nl: 'Niet van toepassing: de werknemer is hersteld voordat deze dag werd bereikt. Wordt hij binnen vier weken weer ziek, dan telt de periode door (samentelling).',
    en: 'Not applicable: the employee recovered before this day was reached. A relapse within four weeks continues the count (samentelling).',
  },
  'note.not-applicable-employment-ended': {
    nl: 'Niet van toepassing: het dienstverband is geëindigd; UWV neemt de begeleiding over (Ziektewet, ZW 38(2)).',
    en: 'Not applicable: employment ended; UWV takes over under the Ziektewet (ZW 38(2)).',
  },
  'note.not-applicable-aow-age': {
    nl: 'Niet van toepassing: de werknemer heeft de AOW-leeftijd bereikt; de werkgever hoeft geen plan van aanpak te maken en te evalueren (BW 7:658a sinds 2016).',
    en: 'Not applicable: the employee has reached the AOW age; the employer need not make or evaluate a plan van aanpak (BW 7:658a since 2016).',
  },
  'note.aow-age-period': {
    nl: (p) => `AOW-leeftijd bereikt op ${p.aowDate}: de termijn is ${p.weeks} weken vanaf die datum of vanaf de eerste ziektedag als die later is (${p.before} getelde ziektedagen ervoor), ten hoogste het gewone tijdvak: getelde dag ${p.day} (BW 7:629(2)(b), 7:670(1)(a); overgangsrecht Wet werken na de AOW-gerechtigde leeftijd).`,
    en: (p) => `AOW age reached on ${p.aowDate}: the term is ${p.weeks} weeks from that date, or from the first sick day when that is later (${p.before} counted sick days before it), at most the usual period: counted day ${p.day} (BW 7:629(2)(b), 7:670(1)(a); transitional law of the Wet werken na de AOW-gerechtigde leeftijd).`,
  },
  'note.not-applicable-verkorte-wachttijd': { nl: 'Niet van toepassing door de verkorte wachttijd (WIA 23(6), 66).', en: 'Not applicable because of the shortened wachttijd (WIA 23(6), 66).' },
  'note.not-applicable-option-unused': { nl: 'Niet van toepassing: de termijn is verstreken zonder gebruik.', en: 'Not applicable: the term passed unused.' },
  'note.not-applicable-depends-on-not-applicable': { nl: 'Niet van toepassing: de mijlpaal waarop deze termijn volgt, is niet van toepassing.', en: 'Not applicable: the milestone this term follows does not apply.' },

  // ---- the sentences of an explanation ---------------------------------------------------------------
  'explain.head': { nl: (p) => `${p.title}: uiterlijk ${p.due}`, en: (p) => `${p.title}: due ${p.due}` },
  'explain.review': { nl: (p) => `Controleren: ${p.text}`, en: (p) => `Review: ${p.text}` },
  'explain.select.firstSickDay': { nl: (p) => `gekozen op de eerste ziektedag, ${p.date}`, en: (p) => `chosen by the first sick day, ${p.date}` },
  'explain.select.due': { nl: (p) => `gekozen op de dag waarop de termijn verstrijkt, ${p.date}`, en: (p) => `chosen by the day the term falls due, ${p.date}` },
  'explain.rule': {
    nl: (p) => `Regel ${p.rule}, versie ${p.version} (geldig ${p.validity}, ${p.selection}): ${p.articles}.`,
    en: (p) => `Rule ${p.rule}, version ${p.version} (valid ${p.validity}, ${p.selection}): ${p.articles}.`,
  },
  'explain.article': { nl: (p) => `${p.title} art. ${p.article}`, en: (p) => `${p.title} art. ${p.article}` },
  'explain.gap-days': { nl: (p) => `${p.days} dagen hersteld tussen ziekteperiodes`, en: (p) => `${p.days} days of gap` },
  'explain.leave-days': { nl: (p) => `${p.days} dagen zwangerschapsverlof`, en: (p) => `${p.days} days of pregnancy leave` },
  'explain.projected': { nl: ' (vooruitberekend alsof de ongeschiktheid doorliep)', en: ' (projected as if the incapacity had continued)' },
  'explain.counted-day': {
    nl: (p) => `Getelde ziektedag ${p.day} = eerste ziektedag ${p.parts} = ${p.date}${p.projected}.`,
    en: (p) => `Counted day ${p.day} = first sick day ${p.parts} = ${p.date}${p.projected}.`,
  },
  'explain.source.recorded': { nl: 'vastgelegde datum', en: 'recorded date' },
  'explain.source.due': { nl: 'uiterste datum', en: 'due date' },
  'explain.after-milestone': { nl: (p) => `${p.milestone} (${p.source} ${p.from}) ${p.sign} ${p.days} dagen.`, en: (p) => `${p.milestone} (${p.source} ${p.from}) ${p.sign} ${p.days} days.` },
  'explain.before-extended-end': {
    nl: (p) => `${p.weeks} weken vóór het einde van het verlengde tijdvak (${p.until}): ${p.until} − ${days(p)} dagen.`,
    en: (p) => `${p.weeks} weeks before the end of the extended period (${p.until}): ${p.until} − ${days(p)} days.`,
  },
  'explain.before-end': {
    nl: (p) => `${p.weeks} weken vóór het einde van de wachttijd (getelde dag ${p.endDay}): getelde dag ${p.endDay} − ${days(p)} = ${p.day}.`,
    en: (p) => `${p.weeks} weeks before the end of the wachttijd (counted day ${p.endDay}): counted day ${p.endDay} − ${days(p)} = ${p.day}.`,
  },
  'explain.offset': { nl: (p) => `, ${p.days} dagen`, en: (p) => `, ${p.days} days` },
  'explain.months': {
    nl: (p) => `${p.months} maanden na ${p.firstSickDay} eindigen op de dag vóór dezelfde kalenderdag ${p.months} maanden later${p.offset}: ${p.date} (zonder onderbrekingen).`,
    en: (p) => `${p.months} months after ${p.firstSickDay} end on the day before the same calendar day ${p.months} months later${p.offset}: ${p.date} (without gaps).`,
  },
  'explain.months-before-end': { nl: (p) => `${p.months} maanden vóór ${p.endDate}: ${p.date}.`, en: (p) => `${p.months} months before ${p.endDate}: ${p.date}.` },
  'explain.recurring.recorded-occurrence': {
    nl: (p) => `Elke ${p.every} dagen: laatst vastgelegde keer ${p.from} + ${p.every} dagen.`,
    en: (p) => `Every ${p.every} days: last recorded occurrence ${p.from} + ${p.every} days.`,
  },
  'explain.recurring.recorded': {
    nl: (p) => `Elke ${p.every} dagen: ${p.anchor} (vastgelegd ${p.from}) + ${p.every} dagen.`,
    en: (p) => `Every ${p.every} days: ${p.anchor} (recorded ${p.from}) + ${p.every} days.`,
  },
  'explain.recurring.due': {
    nl: (p) => `Elke ${p.every} dagen: ${p.anchor} (uiterste datum ${p.from}) + ${p.every} dagen.`,
    en: (p) => `Every ${p.every} days: ${p.anchor} (due date ${p.from}) + ${p.every} days.`,
  },
  'explain.employment-end': { nl: (p) => `Einde dienstverband: laatste dag ${p.date} (ZW 38(2)).`, en: (p) => `End of employment: last day ${p.date} (ZW 38(2)).` },
  'explain.verkorte-wachttijd': {
    nl: (p) => `Verkorte wachttijd aangevraagd op ${p.application}; UWV stelde het einde vast op ${p.end} (WIA 23(6)).`,
    en: (p) => `Shortened wachttijd applied for on ${p.application}; UWV set its end at ${p.end} (WIA 23(6)).`,
  },
  'explain.extension': {
    nl: (p) => `Verlengd met ${p.days} dagen (${p.from} t/m ${p.to}): ${p.cause}.`,
    en: (p) => `Extended by ${p.days} days (${p.from} to ${p.to}): ${p.cause}.`,
  },
  'explain.deviation': {
    nl: (p) => `Gemotiveerd afgeweken van de termijn (Regeling procesgang art. 5): nieuwe uiterste datum ${p.due}. Reden: ${p.reason}`,
    en: (p) => `Reasoned departure from the term (Regeling procesgang art 5): new due date ${p.due}. Reason: ${p.reason}`,
  },
  'explain.onverwijld': {
    nl: (p) => `De getelde dagen passeerden dag ${p.day} in een eerdere, korte periode; met de nieuwe periode vanaf ${p.since} dreigt langdurig verzuim: ${p.title} is onverwijld nodig (Regeling procesgang art. 2(3)).`,
    en: (p) => `The counted days passed day ${p.day} in an earlier, short period; with the new period from ${p.since} long absence threatens: ${p.title} is due without delay (onverwijld, Regeling procesgang art 2(3)).`,
  },
  'explain.completed': { nl: (p) => `Gedaan op ${p.date}${p.via}.`, en: (p) => `Done on ${p.date}${p.via}.` },
  'explain.via': { nl: (p) => ` (via ${p.event})`, en: (p) => ` (through ${p.event})` },
  'explain.status': { nl: (p) => `Status op ${p.asOf}: ${p.status}.`, en: (p) => `Status on ${p.asOf}: ${p.status}.` },

  // ---- the table and Markdown ----------------------------------------------------------------------
  'table.due': { nl: 'Uiterlijk', en: 'Due' },
  'table.day': { nl: 'Dag', en: 'Day' },
  'table.milestone': { nl: 'Mijlpaal', en: 'Milestone' },
  'table.who': { nl: 'Wie', en: 'Who' },
  'table.label': { nl: 'Soort', en: 'Label' },
  'table.article': { nl: 'Grondslag', en: 'Basis' },
  'table.status': { nl: 'Status', en: 'Status' },
  'table.case': { nl: 'Zaak', en: 'Case' },
  'diff.none': { nl: 'Geen verschillen.', en: 'No changes.' },
  'diff.was': { nl: 'was:', en: 'was:' },
  'diff.now': { nl: 'nu: ', en: 'now:' },
  'agenda.empty': { nl: (p) => `Niets te doen: geen open acties te laat of binnen ${p.days} dagen.`, en: (p) => `Nothing to do: no open actions overdue or due within ${p.days} days.` },
  'agenda.summary': { nl: (p) => `${p.items} open acties te laat of binnen ${p.days} dagen, in ${p.cases} zaken`, en: (p) => `${p.items} open actions overdue or due within ${p.days} days, in ${p.cases} cases` },
  'table.summary': {
    nl: (p) => `Eerste ziektedag ${p.firstSickDay} (${p.weekday}) · regime ${p.regime}`,
    en: (p) => `First sick day ${p.firstSickDay} (${p.weekday}) · regime ${p.regime}`,
  },
  'table.summary-as-of': { nl: (p) => ` · stand op ${p.asOf} (getelde dag ${p.counted})`, en: (p) => ` · as of ${p.asOf} (counted day ${p.counted})` },
  'table.gaps': {
    nl: (p) => `${p.periods} ziekteperiodes samengeteld; ${p.days} hersteldagen ertussen tellen niet mee.`,
    en: (p) => `${p.periods} periods of sickness added together; ${p.days} fit days between them are not counted.`,
  },
  'table.footer': {
    nl: (p) => `Laatste dag wachttijd ${p.wachttijd}; WIA kan ingaan op ${p.wia}. Loondoorbetaling tot en met ${p.wage}.`,
    en: (p) => `Last day of the wachttijd ${p.wachttijd}; WIA can start on ${p.wia}. Wage payment up to and including ${p.wage}.`,
  },
  'table.footer-no-wia': {
    nl: (p) => `AOW-leeftijd bereikt vóór het einde van de wachttijd: geen WIA (WIA 43(g)). Loondoorbetaling tot en met ${p.wage}.`,
    en: (p) => `AOW age reached before the end of the wachttijd: no WIA (WIA 43(g)). Wage payment up to and including ${p.wage}.`,
  },
  'table.footer-recovered': {
    nl: (p) => `Hersteld: de wachttijd loopt niet door. Loondoorbetaling wegens ziekte tot en met ${p.wage}.`,
    en: (p) => `Recovered: the wachttijd does not run on. Wage payment for sickness up to and including ${p.wage}.`,
  },
  'table.review': { nl: (p) => `Controleren (${p.milestone}): ${p.text}`, en: (p) => `Review (${p.milestone}): ${p.text}` },
  'table.why': { nl: 'Waarom een datum? poortwachter explain <mijlpaal> …', en: 'Why a date? poortwachter explain <milestone> …' },

  // ---- the picture ----------------------------------------------------------------------------------
  'svg.sick': { nl: 'ziek', en: 'sick' },
  'svg.fit': { nl: (p) => `hersteld ${p.start} – ${p.end} (${p.days} dagen, tellen niet mee)`, en: (p) => `fit ${p.start} – ${p.end} (${p.days} days, not counted)` },
  'svg.leave': { nl: 'zwangerschapsverlof', en: 'pregnancy leave' },
  'svg.recovered': { nl: (p) => `hersteld vanaf ${p.date}`, en: (p) => `fit from ${p.date}` },
  'svg.partial': { nl: (p) => `gedeeltelijk hersteld vanaf ${p.date}${p.percentage === '' ? '' : `: werkt ${p.percentage}% van de uren`}`, en: (p) => `partly recovered from ${p.date}${p.percentage === '' ? '' : `: works ${p.percentage}% of the hours`}` },
  'svg.week': { nl: 'wk', en: 'wk' },
  'svg.wachttijd': { nl: (p) => `wachttijd tot en met ${p.date}`, en: (p) => `wachttijd up to ${p.date}` },
  'svg.wage': { nl: (p) => `loondoorbetaling tot en met ${p.date}`, en: (p) => `wage payment up to ${p.date}` },
  'svg.extension': { nl: (p) => `${p.cause}: ${p.from} – ${p.to} (+${p.days} dagen)`, en: (p) => `${p.cause}: ${p.from} – ${p.to} (+${p.days} days)` },
  'svg.extension-short': { nl: (p) => `${p.cause} +${p.days} d`, en: (p) => `${p.cause} +${p.days} d` },
  'svg.title': {
    nl: (p) => `Poortwachter-tijdlijn · eerste ziektedag ${p.firstSickDay} · ${p.regime}${p.asOf}`,
    en: (p) => `Poortwachter timeline · first sick day ${p.firstSickDay} · ${p.regime}${p.asOf}`,
  },
  'svg.as-of': { nl: (p) => ` · stand ${p.date}`, en: (p) => ` · as of ${p.date}` },
  'svg.as-of-label': { nl: (p) => `stand ${p.date} · getelde dag ${p.day}`, en: (p) => `as of ${p.date} · counted day ${p.day}` },
  'svg.desc': {
    nl: (p) => `Tijdlijn van de Wet verbetering poortwachter. ${p.periods} ziekteperiode(s) samengeteld; ${p.gap} hersteldagen en ${p.leave} verlofdagen tellen niet mee. ${p.end} ${p.milestones} mijlpalen${p.statuses}.`,
    en: (p) => `Timeline of the Wet verbetering poortwachter. ${p.periods} period(s) of sickness added together; ${p.gap} fit days and ${p.leave} days of leave are not counted. ${p.end} ${p.milestones} milestones${p.statuses}.`,
  },
  'svg.desc-end': {
    nl: (p) => `Laatste dag wachttijd ${p.wachttijd}; loondoorbetaling tot en met ${p.wage}.`,
    en: (p) => `Last day of the wachttijd ${p.wachttijd}; wage payment up to ${p.wage}.`,
  },
  'svg.desc-overdue': { nl: (p) => `Te laat: ${p.list}.`, en: (p) => `Overdue: ${p.list}.` },
  'svg.desc-end-none': { nl: (p) => `Geen wachttijd meer; loondoorbetaling tot en met ${p.wage}.`, en: (p) => `No wachttijd runs on; wage payment up to ${p.wage}.` },
  'svg.legend': { nl: 'Legenda', en: 'Legend' },
  'svg.legend.sick': { nl: 'ziek (telt mee)', en: 'sick (counted)' },
  'svg.legend.partial': { nl: 'gedeeltelijk hersteld (telt mee)', en: 'partly recovered (counted)' },
  'svg.legend.gap': { nl: 'hersteld (telt niet mee)', en: 'fit (not counted)' },
  'svg.legend.leave': { nl: 'zwangerschapsverlof (telt niet mee)', en: 'pregnancy leave (not counted)' },
  'svg.legend.weeks': { nl: 'wk N: einde van getelde week N van de wachttijd', en: 'wk N: end of counted week N of the wachttijd' },
  'svg.legend.not-counted': { nl: 'as onderbroken: dagen die niet meetellen', en: 'broken axis: days not counted' },
  'svg.legend.as-of': { nl: (p) => `stand op ${p.date}`, en: (p) => `as of ${p.date}` },
  'svg.legend.none': { nl: 'uiterste datum (zonder stand)', en: 'deadline (no as-of date)' },
  'svg.legend.open': { nl: 'open', en: 'open' },
  'svg.legend.done': { nl: 'gedaan', en: 'done' },
  'svg.legend.done-late': { nl: 'te laat gedaan', en: 'done late' },
  'svg.legend.overdue': { nl: '! te laat: nog niet gedaan', en: '! overdue: not done yet' },
  'svg.legend.not-applicable': { nl: 'vervallen (n.v.t.)', en: 'no longer applies (n/a)' },
  'svg.status.done': { nl: (p) => `gedaan ${p.date}`, en: (p) => `done ${p.date}` },
  'svg.status.done-late': { nl: (p) => `te laat gedaan ${p.date}`, en: (p) => `done late ${p.date}` },
  'svg.status.overdue': { nl: 'TE LAAT', en: 'OVERDUE' },
  'svg.status.not-applicable': { nl: (p) => `n.v.t.: ${p.reason}`, en: (p) => `n/a: ${p.reason}` },
  'svg.reason.recovered': { nl: 'hersteld', en: 'recovered' },
  'svg.reason.employment-ended': { nl: 'dienstverband geëindigd', en: 'employment ended' },
  'svg.reason.verkorte-wachttijd': { nl: 'verkorte wachttijd', en: 'shortened wachttijd' },
  'svg.reason.aow-age': { nl: 'AOW-leeftijd', en: 'state pension age' },
  'svg.reason.option-unused': { nl: 'niet gebruikt', en: 'not used' },
  'svg.reason.depends-on-not-applicable': { nl: 'volgt op een vervallen mijlpaal', en: 'follows a milestone that no longer applies' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

const TABLE: Readonly<Record<string, Message>> = MESSAGES;

/** The text of `key` in `locale`, with its parameters filled in. */
export function t(locale: Locale, key: MessageKey, params: P = {}): string {
  const text = TABLE[key]![locale];
  return typeof text === 'function' ? text(params) : text;
}

/** The text of a key built from data (a status, a cause, a note code), or `undefined` when there is none. */
export function lookup(locale: Locale, key: string, params: P = {}): string | undefined {
  if (!Object.hasOwn(TABLE, key)) return undefined;
  const text = TABLE[key]![locale];
  return typeof text === 'function' ? text(params) : text;
}

/** The locale asked for, checked: `nl` (default) or `en`. */
export function localeOf(options: { readonly locale?: unknown } | undefined): Locale {
  const locale = options?.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new PoortwachterError('INVALID_OPTION', `locale must be 'nl' or 'en', not ${typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale}`, ['locale']);
  return locale;
}
