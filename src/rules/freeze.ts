/**
 * Deep freezing, for everything that is shared: exported constants, rule data, the engine's lists. The
 * children are frozen before their parent, so a frozen object is frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const v of Object.values(value as object)) deepFreeze(v);
  return Object.freeze(value);
}
