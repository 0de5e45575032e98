/**
 * The form follows the case schema: the event types and their fields, the case's yes/no fields and the
 * case options are read from the JSON Schema of the input (`caseInputJsonSchema`, the shipped
 * case.schema.json that `npm run schemas` makes from the zod schema), so a new event type or field
 * appears here without a change. The main entry carries that file and no zod, so the page does not either.
 */
import { caseInputJsonSchema, EVENT_TYPES } from 'poortwachter';

export type FieldKind = 'date' | 'milestone' | 'int' | 'number' | 'boolean' | 'text';

export interface FieldDef {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** The schema's (English) description. */
  readonly about?: string;
}

export interface EventDef {
  readonly type: string;
  readonly fields: readonly FieldDef[];
  readonly about?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function fieldOf(name: string, p: Json, required: boolean): FieldDef {
  const kind: FieldKind =
    p.format === 'date' ? 'date' : p.pattern !== undefined ? 'milestone' : p.type === 'integer' ? 'int' : p.type === 'number' ? 'number' : p.type === 'boolean' ? 'boolean' : 'text';
  const def: { -readonly [K in keyof FieldDef]: FieldDef[K] } = { name, kind, required };
  const min = num(p.minimum);
  const max = num(p.maximum);
  const maxLength = num(p.maxLength);
  const about = str(p.description);
  if (min !== undefined) def.min = min;
  if (max !== undefined) def.max = max;
  if (maxLength !== undefined) def.maxLength = maxLength;
  if (about !== undefined) def.about = about;
  return def;
}

const properties = obj(caseInputJsonSchema.properties);

/** Every event type with its fields, in the order of EVENT_TYPES. */
export const EVENT_DEFS: readonly EventDef[] = (() => {
  const variants = (obj(obj(obj(properties.events).items)).oneOf as unknown[] | undefined) ?? [];
  const byType = new Map<string, EventDef>();
  for (const v of variants) {
    const props = obj(obj(v).properties);
    const type = str(obj(props.type).const);
    if (type === undefined) continue;
    const required = new Set((obj(v).required as string[] | undefined) ?? []);
    const fields = Object.entries(props)
      .filter(([name]) => name !== 'type')
      .map(([name, p]) => fieldOf(name, obj(p), required.has(name)));
    const about = str(obj(v).description);
    byType.set(type, about === undefined ? { type, fields } : { type, fields, about });
  }
  return EVENT_TYPES.flatMap((t) => byType.get(t) ?? []);
})();

/** The yes/no fields of a case (pregnancyRelated, noRiskPolis, …). */
export const CASE_FLAG_NAMES: readonly string[] = Object.entries(properties)
  .filter(([, p]) => obj(p).type === 'boolean')
  .map(([name]) => name);

const options = obj(obj(properties.options).properties);
/** The choices of `options.ziekmeldingUwv`. */
export const ZIEKMELDING_CHOICES: readonly string[] = ((obj(options.ziekmeldingUwv).enum as string[] | undefined) ?? []).slice();
/** The default of `options.ziekmeldingUwv` (src/case/schema.ts: "`statute` (default)"). */
export const ZIEKMELDING_DEFAULT = 'statute';
/** The bounds of `options.evaluationIntervalDays`. */
export const INTERVAL = { min: num(obj(options.evaluationIntervalDays).minimum) ?? 1, max: num(obj(options.evaluationIntervalDays).maximum) ?? 365 };
/** The longest case id. */
export const CASE_ID_MAX = num(obj(properties.caseId).maxLength) ?? 200;
