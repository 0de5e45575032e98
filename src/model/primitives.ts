/**
 * The shared shapes (`primitive-schemas.ts`) built with the zod this module imports: for
 * `poortwachter/schema`, the timeline schema and the tests. The main entry does not import this module.
 */
import * as z from 'zod';
import { primitiveSchemas } from './primitive-schemas.js';

export { LABELS } from './values.js';
export { MILESTONE_ID_PATTERN } from './formats.js';

const schemas = primitiveSchemas(z);
/** A real calendar date written `YYYY-MM-DD`, within the supported range. */
export const isoDateSchema: typeof schemas.isoDateSchema = schemas.isoDateSchema;
export const milestoneIdSchema: typeof schemas.milestoneIdSchema = schemas.milestoneIdSchema;
export const labelSchema: typeof schemas.labelSchema = schemas.labelSchema;
export const titleSchema: typeof schemas.titleSchema = schemas.titleSchema;
/** One cited source as it appears in a milestone's `basis`. */
export const basisSchema: typeof schemas.basisSchema = schemas.basisSchema;
export type Label = z.infer<typeof labelSchema>;
export type Basis = z.infer<typeof basisSchema>;
