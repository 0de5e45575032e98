/**
 * The picture's measures and colours, in one place. Colours of bars and lines reach 3:1 against white
 * (WCAG 1.4.11), text 4.5:1 against what it is on.
 */
export const LEFT = 16;
export const RIGHT = 16;
export const TITLE_FONT = 15;
export const LABEL_FONT = 12;
export const SMALL_FONT = 10;
/** Height of a milestone's row, and of each further line of a wrapped label. */
export const ROW = 19;
export const LABEL_LINE = 15;
/** Clearance between a text and any line or mark. */
export const CLEAR = 3;

export const COLOUR = {
  sick: '#5277b8',
  partial: '#a8bfe3',
  wachttijd: '#78909c',
  extension: '#c97a00',
  axis: '#37474f',
  grid: '#90a4ae',
  asOf: '#111111',
  text: '#212121',
  row: '#f4f6f8',
} as const;
