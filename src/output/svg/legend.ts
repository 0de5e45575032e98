/**
 * The legend: one entry per colour, pattern, line and mark the picture uses, laid out in rows that wrap
 * at the picture's width. An entry is a swatch drawn by the caller and a text.
 */
import { esc, num } from './markup.js';
import { textWidth, wrapText } from './text-width.js';

export interface LegendEntry {
  /** The swatch, drawn in a 22 × 12 px cell whose centre is (x, y). */
  readonly swatch: (x: number, y: number) => string;
  readonly text: string;
}

const FONT = 11;
const LINE = 15;
const SWATCH = 22;
const SWATCH_GAP = 6;
const ENTRY_GAP = 18;

/** The legend's markup from `top` down, between `left` and `right`, and where it ends. */
export function legend(heading: string, entries: readonly LegendEntry[], left: number, right: number, top: number): { markup: string; bottom: number } {
  const out: string[] = [`<text x="${num(left)}" y="${num(top + FONT)}" font-size="${FONT}" font-weight="bold" fill="#212121">${esc(heading)}</text>`];
  let x = left;
  let y = top + LINE + 4;
  let rowHeight = LINE;
  for (const e of entries) {
    const room = right - left - SWATCH - SWATCH_GAP;
    const lines = textWidth(e.text, FONT) <= room ? [e.text] : wrapText(e.text, FONT, room);
    const w = SWATCH + SWATCH_GAP + Math.max(...lines.map((l) => textWidth(l, FONT)));
    if (x > left && x + w > right) {
      x = left;
      y += rowHeight + 4;
      rowHeight = LINE;
    }
    const cy = y + LINE / 2;
    out.push(e.swatch(x + SWATCH / 2, cy));
    const tx = x + SWATCH + SWATCH_GAP;
    // One text per line, so that each line has a box of its own.
    lines.forEach((l, i) => out.push(`<text x="${num(tx)}" y="${num(cy + 4 + i * LINE)}" font-size="${FONT}" fill="#212121">${esc(l)}</text>`));
    rowHeight = Math.max(rowHeight, lines.length * LINE);
    x += w + ENTRY_GAP;
  }
  return { markup: `<g class="legend">${out.join('')}</g>`, bottom: y + rowHeight };
}
