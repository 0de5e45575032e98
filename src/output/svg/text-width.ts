/**
 * How wide a text will be, estimated without a DOM: the picture is a string, so labels are laid out on
 * widths guessed here. The guess errs wide: per character, the advance of DejaVu Sans (what a bare Linux
 * browser uses for `system-ui, sans-serif`, and as wide as Verdana, the widest common sans) as measured
 * in Chromium, rounded up to 0.05 em, plus 4 %; bold a tenth more. On every label of the scenarios the
 * rendered width came to 85–97 % of the guess (bold 91–94 %). A text narrower than guessed only leaves
 * more room; one wider could touch a neighbour, which the browser check (scripts/browser/svg.mjs) rules out.
 */

/** Advances in em, by group; anything not listed (other accents, dashes, other scripts) counts as 1 em. */
const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [0.35, " ',./:;\\|·’fIJijlïí"],
  [0.45, '!()-[]rt'],
  [0.55, '"*_`–?csz'],
  [0.6, 'FLTkvxy'],
  [0.65, '0123456789$EPSYabdeghnopqu{}éëöèêáàüó'],
  [0.7, 'BCKRVXZ'],
  [0.75, 'ANU'],
  [0.8, '&DGHOQ'],
  [0.85, '#+<=>^w~'],
  [0.9, 'M'],
];
const WIDEST = 1;
const SAFETY = 1.04;
const BOLD = 1.1;

const EM = new Map<string, number>();
for (const [em, chars] of GROUPS) for (const c of chars) EM.set(c, em);

/** The width in pixels of `text` at `fontSize` (px). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += EM.get(c) ?? WIDEST;
  return em * fontSize * SAFETY * (bold ? BOLD : 1);
}

/** The height of a text's box above its baseline and below it, in pixels (generous for any font). */
export function ascent(fontSize: number): number {
  return fontSize * 1.1;
}
export function descent(fontSize: number): number {
  return fontSize * 0.3;
}

/**
 * Splits `text` into lines of at most `room` pixels at spaces, never splitting a word (a word wider than
 * the room gets a line of its own and is the caller's to place).
 */
export function wrapText(text: string, fontSize: number, room: number, bold = false): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}
