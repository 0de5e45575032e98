/**
 * Small pieces of SVG markup: escaping, numbers without float noise, text boxes as the layout sees them,
 * and vertical lines broken where a text lies in their way.
 */
import { ascent, descent, textWidth } from './text-width.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A coordinate with one decimal at most (968.1, not 968.0999999999999). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A rectangle in picture coordinates. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** The box a one-line text at (x, baseline) will occupy, as estimated. */
export function textBox(text: string, x: number, baseline: number, fontSize: number, anchor: Anchor, bold = false): Box {
  const w = textWidth(text, fontSize, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: baseline - ascent(fontSize), x1: x0 + w, y1: baseline + descent(fontSize) };
}

export function intersects(a: Box, b: Box, margin = 0): boolean {
  return a.x0 < b.x1 + margin && b.x0 < a.x1 + margin && a.y0 < b.y1 + margin && b.y0 < a.y1 + margin;
}

/** The stretches of a vertical line at `x` from `y0` to `y1` that keep `margin` px clear of every box. */
export function clearStretches(x: number, y0: number, y1: number, boxes: readonly Box[], margin: number): Array<[number, number]> {
  const cuts = boxes
    .filter((b) => x > b.x0 - margin && x < b.x1 + margin && b.y1 + margin > y0 && b.y0 - margin < y1)
    .map((b) => [b.y0 - margin, b.y1 + margin] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let from = y0;
  for (const [c0, c1] of cuts) {
    if (c0 > from) out.push([from, c0]);
    from = Math.max(from, c1);
  }
  if (from < y1) out.push([from, y1]);
  return out.filter(([a, b]) => b - a >= 1);
}

/** A vertical line as one path, broken around the boxes; empty when nothing of it is left. */
export function brokenVertical(x: number, y0: number, y1: number, boxes: readonly Box[], margin: number, attrs: string): string {
  const parts = clearStretches(x, y0, y1, boxes, margin);
  if (parts.length === 0) return '';
  return `<path d="${parts.map(([a, b]) => `M${num(x)} ${num(a)}V${num(b)}`).join('')}"${attrs}/>`;
}
