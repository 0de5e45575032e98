/**
 * The built-in law besides the milestone rules: the cited sources (each article text once), the dated
 * parameters (the constants of the law, with their citations) and the regimes. Validated once, when the
 * first engine is created, and frozen; the code reads the law's numbers from here and restates none.
 */
import type { z } from 'zod';
import { addMonths, MIN_DATE, OPEN_END, parseIsoDate, type EpochDay } from '../calendar/days.js';
import { InvalidRuleError, type Issue } from '../errors.js';
import type { Basis } from '../model/primitives.js';
import { zodIssues } from '../zod-issues.js';
import { BUILTIN_PARAMETERS, BUILTIN_REGIMES, BUILTIN_SOURCES } from './builtin.js';
import { deepFreeze } from './freeze.js';
import type { Parameter, parametersFileSchema, regimesFileSchema, SourcesFile, sourcesFileSchema } from './schema.js';

/** The parameters the law code reads, with their unit; `rules/parameters.json` must give exactly these. */
const PARAMETER_UNITS = {
  chainBreakDays: 'days',
  wachttijdDays: 'days',
  verkorteMinWeeks: 'weeks',
  verkorteMaxWeeks: 'weeks',
  verkorteMinDaysAfterApplication: 'days',
  employmentEndReportMinDays: 'days',
  herstelDays: 'days',
  lateLetterGraceDays: 'days',
  reportBeforeWeeks: 'weeks',
  lateApplicationExtends: 'boolean',
  lateReportExtends: 'boolean',
  loonsanctieWia: 'boolean',
  werkenNaAow: 'boolean',
} as const;
type ParameterName = keyof typeof PARAMETER_UNITS;

/** The values of every parameter in force for one first sick day. */
export type LawParameters = { readonly [K in ParameterName]: (typeof PARAMETER_UNITS)[K] extends 'boolean' ? boolean : number };

export interface Regime {
  readonly id: string;
  readonly title: string;
  /** First sick days on or after this date … */
  readonly validFrom: string;
  /** … and before this one (exclusive); `null` while current. */
  readonly validTo: string | null;
  readonly source: string;
}

export interface Law {
  readonly sources: SourcesFile;
  readonly parameters: Readonly<Record<ParameterName, Parameter>>;
  readonly regimes: readonly Regime[];
  /** The parameters in force for a chain that starts on `day`. */
  parametersAt(day: EpochDay): LawParameters;
  /** The regime of a chain that starts on `day`; `undefined` before the Wet verbetering poortwachter. */
  regimeAt(day: EpochDay): Regime | undefined;
  /**
   * The day someone born on `birth` reaches the AOW age (AOW art 7a), from the table in
   * `rules/parameters.json`; `provisional` when that age is not yet set (the lowest it can be).
   */
  aowDate(birth: EpochDay): { readonly date: EpochDay; readonly provisional: boolean };
  /** Resolves source keys into the `basis` entries of a milestone (throws on an unknown key). */
  resolve(keys: readonly string[]): Basis[];
}

const FILE_SOURCES = 'rules/sources.json';
const FILE_PARAMETERS = 'rules/parameters.json';
const FILE_REGIMES = 'rules/regimes.json';

function parse<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new InvalidRuleError(file, zodIssues(r.error));
  return r.data;
}

/** The zod schemas of the law's files (`rules/schema.ts`), for `buildLaw` to validate them with. */
export interface LawFileSchemas {
  readonly sources: typeof sourcesFileSchema;
  readonly parameters: typeof parametersFileSchema;
  readonly regimes: typeof regimesFileSchema;
}

/**
 * The law from the bundled files. With `schemas`, each file is checked by its zod schema first: the build
 * does that (`checkBuiltinLaw`, run by tsup.config.ts and by the tests), and also checks that zod's output
 * is the file itself. At run time the bundled files, which cannot change after the build, are taken as
 * they are, so that the first timeline neither loads the file schemas nor waits for zod to compile and run
 * them. The law's own checks below run either way.
 */
export function buildLaw(schemas?: LawFileSchemas): Law {
  const sources = schemas ? parse(FILE_SOURCES, schemas.sources, BUILTIN_SOURCES) : (BUILTIN_SOURCES as SourcesFile);
  const { parameters, aowAge, atwEquatedDays } = schemas ? parse(FILE_PARAMETERS, schemas.parameters, BUILTIN_PARAMETERS) : (BUILTIN_PARAMETERS as z.infer<typeof parametersFileSchema>);
  const { regimes } = schemas ? parse(FILE_REGIMES, schemas.regimes, BUILTIN_REGIMES) : (BUILTIN_REGIMES as z.infer<typeof regimesFileSchema>);
  const issues: Issue[] = [];
  for (const [key, s] of Object.entries(sources.sources)) {
    const lawKey = s.bwb ?? s.publication!;
    if (!Object.hasOwn(sources.laws, lawKey)) issues.push({ code: 'unknown_law', path: ['sources', key, s.bwb === undefined ? 'publication' : 'bwb'], message: `no entry for ${lawKey} in laws` });
  }
  const start = regimes[0]!.validFrom;
  for (const name of Object.keys(parameters)) {
    if (!Object.hasOwn(PARAMETER_UNITS, name)) issues.push({ code: 'unknown_parameter', path: ['parameters', name], message: `no law code reads the parameter '${name}'` });
  }
  for (const [name, unit] of Object.entries(PARAMETER_UNITS)) {
    const p = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
    if (p === undefined) {
      issues.push({ code: 'missing_parameter', path: ['parameters', name], message: `the law code reads '${name}' (${unit})` });
      continue;
    }
    if (p.unit !== unit) issues.push({ code: 'parameter_unit', path: ['parameters', name, 'unit'], message: `must be ${unit}` });
    p.values.forEach((v, i) => {
      if (typeof v.value !== (unit === 'boolean' ? 'boolean' : 'number')) issues.push({ code: 'parameter_value', path: ['parameters', name, 'values', i, 'value'], message: `must be a ${unit === 'boolean' ? 'boolean' : 'whole number'}` });
      if (i === 0 && v.from !== start) issues.push({ code: 'parameter_dates', path: ['parameters', name, 'values', 0, 'from'], message: `the first value must apply from ${start}, the start of the Wet verbetering poortwachter` });
      if (i > 0 && v.from <= p.values[i - 1]!.from) issues.push({ code: 'parameter_dates', path: ['parameters', name, 'values', i, 'from'], message: 'values must be in date order' });
      v.cites.forEach((c, j) => {
        if (!Object.hasOwn(sources.sources, c)) issues.push({ code: 'unknown_source', path: ['parameters', name, 'values', i, 'cites', j], message: `no source '${c}' in ${FILE_SOURCES}` });
      });
    });
  }
  atwEquatedDays.days.forEach((x, i) => {
    if (i > 0 && x.date <= atwEquatedDays.days[i - 1]!.date) issues.push({ code: 'parameter_dates', path: ['atwEquatedDays', 'days', i, 'date'], message: 'days must be in date order' });
  });
  atwEquatedDays.cites.forEach((c, j) => {
    if (!Object.hasOwn(sources.sources, c)) issues.push({ code: 'unknown_source', path: ['atwEquatedDays', 'cites', j], message: `no source '${c}' in ${FILE_SOURCES}` });
  });
  aowAge.rows.forEach((r, i) => {
    if (i === 0 && r.bornFrom !== MIN_DATE) issues.push({ code: 'parameter_dates', path: ['aowAge', 'rows', 0, 'bornFrom'], message: `the first row must apply from ${MIN_DATE}, the first supported date` });
    if (i > 0 && r.bornFrom <= aowAge.rows[i - 1]!.bornFrom) issues.push({ code: 'parameter_dates', path: ['aowAge', 'rows', i, 'bornFrom'], message: 'rows must be in date order' });
    r.cites.forEach((c, j) => {
      if (!Object.hasOwn(sources.sources, c)) issues.push({ code: 'unknown_source', path: ['aowAge', 'rows', i, 'cites', j], message: `no source '${c}' in ${FILE_SOURCES}` });
    });
  });
  if (issues.length > 0) throw new InvalidRuleError(FILE_PARAMETERS, issues);
  deepFreeze(sources);
  deepFreeze(parameters);
  deepFreeze(regimes);

  // One set of values per interval between the dates at which any parameter changes.
  const boundaries = [...new Set(Object.values(parameters).flatMap((p) => p.values.map((v) => v.from)))].sort().map((s) => parseIsoDate(s)!);
  const sets: LawParameters[] = boundaries.map((b) => {
    const values: Record<string, number | boolean> = {};
    for (const name of Object.keys(PARAMETER_UNITS)) {
      let value: number | boolean = parameters[name]!.values[0]!.value;
      for (const v of parameters[name]!.values) if (parseIsoDate(v.from)! <= b) value = v.value;
      values[name] = value;
    }
    return Object.freeze(values) as LawParameters;
  });
  const regimeRanges = regimes.map((r) => ({ regime: r as Regime, from: parseIsoDate(r.validFrom)!, to: r.validTo === null ? OPEN_END : parseIsoDate(r.validTo)! }));
  const basisCache = new Map<string, Basis>();
  const aowRows = aowAge.rows.map((r) => ({ from: parseIsoDate(r.bornFrom)!, months: 12 * r.years + r.months, provisional: r.provisional === true }));

  return {
    sources,
    parameters: parameters as Law['parameters'],
    regimes: regimes as readonly Regime[],
    parametersAt(day) {
      let i = 0;
      while (i + 1 < boundaries.length && boundaries[i + 1]! <= day) i++;
      return sets[i]!;
    },
    regimeAt(day) {
      for (const r of regimeRanges) if (day >= r.from && day < r.to) return r.regime;
      return undefined;
    },
    aowDate(birth) {
      let row = aowRows[0]!;
      for (const r of aowRows) if (r.from <= birth) row = r;
      // addMonths keeps the day of the month, or takes the month's last day when it has no such day.
      return { date: addMonths(birth, row.months), provisional: row.provisional };
    },
    resolve(keys) {
      return keys.map((key) => {
        let b = basisCache.get(key);
        if (b === undefined) {
          const s = Object.hasOwn(sources.sources, key) ? sources.sources[key] : undefined;
          if (s === undefined) throw new Error(`unknown source ${key}`);
          const law = sources.laws[s.bwb ?? s.publication!]!;
          // A Staatsblad publication is named in the title; only a consolidated law has a BWB id.
          const title = s.publication === undefined ? law.title : `${law.title} (${s.publication})`;
          const base: Basis = s.bwb === undefined ? { title, article: s.article, url: s.url } : { title, article: s.article, bwb: s.bwb, url: s.url };
          b = Object.freeze(s.text === undefined ? base : { ...base, text: s.text });
          basisCache.set(key, b);
        }
        return b;
      });
    },
  };
}

let law: Law | undefined;

/** The built-in law, built on first use (validated when the package was built: `buildLaw`). */
export function getLaw(): Law {
  law ??= buildLaw();
  return law;
}

/** The regimes (eras) of the law, for display: chosen by the first sick day of the chain. */
export const REGIMES: readonly Regime[] = deepFreeze(structuredClone((BUILTIN_REGIMES as { regimes: Regime[] }).regimes));

/** The short name of a law by BWB id (WIA, ZW, BW, …), for compact displays. */
export function shortLawName(bwb: string): string | undefined {
  const laws = (BUILTIN_SOURCES as SourcesFile).laws;
  return Object.hasOwn(laws, bwb) ? laws[bwb]!.short : undefined;
}
