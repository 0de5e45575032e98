export function canonicalJson(value: unknown): string;
export function builtInLaw(root?: string): { milestones: Record<string, unknown>; parameters: unknown; regimes: unknown; sources: unknown };
export function rulesDigest(root?: string): string;
