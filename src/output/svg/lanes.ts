/**
 * Packing labels that share a stretch of the picture into lanes: each takes the lowest lane where it
 * keeps `gap` px from every label already there. Labels are placed in the order given, so the ones that
 * matter most go first and get the lanes nearest to what they label.
 */
export interface Interval {
  readonly x0: number;
  readonly x1: number;
}

/**
 * The lane of each interval (0 = nearest), or `undefined` for one that would need a lane beyond
 * `maxLane` (an optional label that is left out rather than stacked far away).
 */
export function packLanes(items: ReadonlyArray<Interval & { readonly maxLane?: number }>, gap: number): Array<number | undefined> {
  const lanes: Interval[][] = [];
  return items.map((item) => {
    const limit = item.maxLane ?? Infinity;
    for (let lane = 0; lane <= limit; lane++) {
      const taken = (lanes[lane] ??= []);
      if (taken.every((o) => item.x1 + gap <= o.x0 || o.x1 + gap <= item.x0)) {
        taken.push(item);
        return lane;
      }
    }
    return undefined;
  });
}
