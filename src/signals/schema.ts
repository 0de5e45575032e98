/**
 * The shape of a signal rule: a json-rules-engine rule (`conditions`, `event`, optional `priority` and
 * `name`) whose facts are those of `signals/facts.ts`. Checked before json-rules-engine sees it, so that
 * a misspelt fact, milestone id or path is an error naming it, not a rule that silently never fires.
 */
import * as z from 'zod';
import { OPERATORS } from '../rules/vocabulary.js';

const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const json: z.ZodType<unknown> = z.lazy(() => z.union([primitive, z.array(json).max(1000), z.record(z.string(), json)]));

/** A fact to compare with, instead of a constant (`value: { fact: 'countedDaysAsOf' }`). */
const factReference = z.strictObject({ fact: z.string(), params: z.record(z.string(), json).optional(), path: z.string().optional() });

export const signalFactConditionSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: z.union([factReference, primitive, z.array(primitive).max(1000)]),
  params: z.record(z.string(), json).optional(),
  path: z.string().optional(),
  name: z.string().optional(),
  priority: z.number().int().min(1).optional(),
});
export type SignalFactCondition = z.infer<typeof signalFactConditionSchema>;

export type SignalCondition = { all: SignalCondition[]; name?: string; priority?: number } | { any: SignalCondition[]; name?: string; priority?: number } | { not: SignalCondition; name?: string; priority?: number } | SignalFactCondition;

const named = { name: z.string().optional(), priority: z.number().int().min(1).optional() };
const nested: z.ZodType<SignalCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(nested).max(64), ...named }),
    z.strictObject({ any: z.array(nested).max(64), ...named }),
    z.strictObject({ not: nested, ...named }),
    signalFactConditionSchema,
  ]),
);

export const signalRuleSchema = z.strictObject({
  name: z.string().optional(),
  /** Higher runs first (json-rules-engine); the fired events come back in this order. Default 1. */
  priority: z.number().int().min(1).max(1_000_000).optional(),
  conditions: z.union([z.strictObject({ all: z.array(nested).max(64), ...named }), z.strictObject({ any: z.array(nested).max(64), ...named }), z.strictObject({ not: nested, ...named })]),
  event: z.strictObject({ type: z.string().min(1), params: z.record(z.string(), json).optional() }),
});
export type SignalRule = z.infer<typeof signalRuleSchema>;
