/**
 * Control characters (C0 but tab and newline, DEL, C1) shown as U+FFFD: text from a case file or a rule
 * pack of one's own (a title, an id, a reason) must not drive a terminal (ANSI escapes) when it is printed.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
