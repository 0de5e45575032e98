/**
 * The marks of a milestone's status. Each status has its own shape, so that it reads without colour
 * (printed in grey, or by a colour-blind reader): open a hollow circle, done a filled circle with a
 * tick, done late a filled square with a tick, overdue a triangle with "!", not applicable a circle
 * struck through (⊘). Colours only add to the shape; every one has at least 4.5:1 contrast on white.
 */
import type { Status } from '../../model/timeline-schema.js';
import { num } from './markup.js';

/** A status, or `none` when the timeline has no `asOf` (then there are no statuses). */
export type MarkKind = Status | 'none';

/** Colour of the mark and of the label's text. */
export const STATUS_COLOUR: Readonly<Record<MarkKind, string>> = {
  none: '#1565c0',
  open: '#1565c0',
  done: '#2e7d32',
  'done-late': '#8a4100',
  overdue: '#c62828',
  'not-applicable': '#616161',
};

/** Text colour of a label: dark for what still needs doing, the status colour otherwise. */
export const LABEL_COLOUR: Readonly<Record<MarkKind, string>> = {
  none: '#212121',
  open: '#212121',
  done: '#1b5e20',
  'done-late': '#7a3800',
  overdue: '#b71c1c',
  'not-applicable': '#616161',
};

/** Half the size of a mark: labels keep clear of it. */
export const MARK_RADIUS = 6.5;

const TICK = 'M-2.6 0.2L-0.6 2.2L2.8 -2';

/** The mark of `kind` centred on (x, y), as a group of class `mark`. */
export function mark(kind: MarkKind, x: number, y: number): string {
  const c = STATUS_COLOUR[kind];
  let shape: string;
  switch (kind) {
    case 'done':
      shape = `<circle r="5.5" fill="${c}"/><path d="${TICK}" fill="none" stroke="#ffffff" stroke-width="1.6"/>`;
      break;
    case 'done-late':
      shape = `<rect x="-5.5" y="-5.5" width="11" height="11" fill="${c}"/><path d="${TICK}" fill="none" stroke="#ffffff" stroke-width="1.6"/>`;
      break;
    case 'overdue':
      shape = `<path d="M0 -6.5L6.2 5L-6.2 5Z" fill="${c}"/><path d="M0 -2.6V1.2M0 2.5V3.6" stroke="#ffffff" stroke-width="1.6"/>`;
      break;
    case 'not-applicable':
      shape = `<circle r="5" fill="#ffffff" stroke="${c}" stroke-width="1.4"/><path d="M-3.5 3.5L3.5 -3.5" stroke="${c}" stroke-width="1.4"/>`;
      break;
    default:
      shape = `<circle r="4.5" fill="#ffffff" stroke="${c}" stroke-width="2"/>`;
  }
  return `<g class="mark" transform="translate(${num(x)} ${num(y)})">${shape}</g>`;
}
