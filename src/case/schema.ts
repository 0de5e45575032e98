/**
 * The case input as zod schemas, built from the field tables (`fields.ts`) and the event table
 * (`events.ts`): for `poortwachter/schema`, the TypeScript types and the shipped `case.schema.json`
 * (`npm run schemas`). The main entry does not load this module: it checks input with the same tables
 * without zod (`check.ts`), and a test holds the two to the same verdict and the same problems.
 */
import * as z from 'zod';
import { isoDateSchema, milestoneIdSchema } from '../model/primitives.js';
import { EVENT_TYPES, EVENTS, UNKNOWN_TYPE_MESSAGE, type CaseEvent, type EventType } from './events.js';
import { CASE_FIELDS, CASE_TYPE_MESSAGE, EVENTS_ABOUT, MAX_EVENTS, MAX_EVENTS_MESSAGE, OPTION_FIELDS, type FieldSpec } from './fields.js';

export { CASE_ID_MAX, INTERVAL_DAYS, MAX_EVENTS, ZIEKMELDING_UWV } from './fields.js';

function fieldSchema(f: FieldSpec): z.ZodType {
  const base = presentSchema(f);
  const optional = 'optional' in f && f.optional === true;
  return (optional ? base.optional() : base).meta({ description: f.about });
}

function presentSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'date':
      return isoDateSchema;
    case 'milestone':
      return milestoneIdSchema;
    case 'int':
      return z.number().int().min(f.min, f.minMessage === undefined ? undefined : { error: f.minMessage }).max(f.max, f.maxMessage === undefined ? undefined : { error: f.maxMessage });
    case 'number':
      return z.number().min(f.min).max(f.max);
    case 'text':
      return z.string().min(f.min, f.minMessage === undefined ? undefined : { error: f.minMessage }).max(f.max);
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(f.values as [string, ...string[]]);
  }
}

function shapeOf(fields: Readonly<Record<string, FieldSpec>>): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(fields)) shape[name] = fieldSchema(f);
  return shape;
}

export const caseEventSchema = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map((type) => {
    const spec = EVENTS[type];
    return z.strictObject({ type: z.literal(type), ...shapeOf(spec.fields) }).meta({ description: spec.about });
  }) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: (iss) => (iss.code === 'invalid_union' ? UNKNOWN_TYPE_MESSAGE : undefined) },
) as unknown as z.ZodType<CaseEvent>;

type OptionShape = { [K in keyof typeof OPTION_FIELDS]: z.ZodOptional<z.ZodType<K extends 'ziekmeldingUwv' ? (typeof OPTION_FIELDS)[K]['values'][number] : number>> };
export const caseOptionsSchema = z.strictObject(shapeOf(OPTION_FIELDS) as OptionShape);

type ScalarOf<F> = F extends { kind: 'boolean' } ? boolean : string;
type CaseShape = {
  [K in keyof typeof CASE_FIELDS]: (typeof CASE_FIELDS)[K] extends { optional: true } ? z.ZodOptional<z.ZodType<ScalarOf<(typeof CASE_FIELDS)[K]>>> : z.ZodType<ScalarOf<(typeof CASE_FIELDS)[K]>>;
} & { events: z.ZodOptional<z.ZodArray<z.ZodType<CaseEvent>>>; options: z.ZodOptional<typeof caseOptionsSchema> };

export const caseInputSchema = z.strictObject(
  {
    ...(shapeOf(CASE_FIELDS) as Omit<CaseShape, 'events' | 'options'>),
    events: z.array(caseEventSchema).max(MAX_EVENTS, { error: MAX_EVENTS_MESSAGE }).optional().meta({ description: EVENTS_ABOUT }),
    options: caseOptionsSchema.optional(),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? CASE_TYPE_MESSAGE : undefined) },
);

export type CaseInput = z.infer<typeof caseInputSchema>;
export type CaseOptions = z.infer<typeof caseOptionsSchema>;
export { EVENT_TYPES, type CaseEvent, type EventType };
