/**
 * The agenda as a terminal table: due date, status, case, milestone title and who must act, one line
 * an item (the CLI's `agenda --format table`). Control characters in case ids are made visible.
 */
import type { AgendaItem } from '../batch/agenda.js';
import { lookup, t, type Locale } from '../explain/messages.js';
import { printable } from './printable.js';

export function renderAgendaTable(items: readonly AgendaItem[], locale: Locale, days: number): string {
  if (items.length === 0) return t(locale, 'agenda.empty', { days });
  const header = [t(locale, 'table.due'), t(locale, 'table.status'), t(locale, 'table.case'), t(locale, 'table.milestone'), t(locale, 'table.who')];
  const body = items.map((i) => [
    i.due,
    lookup(locale, `status.${i.status}`) ?? i.status,
    i.caseId ?? '—',
    `${i.title} (${i.id})`,
    i.responsible.map((r) => lookup(locale, `role.${r}`) ?? r).join(', '),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  const cases = new Set(items.map((i) => i.caseId)).size;
  return printable([t(locale, 'agenda.summary', { items: items.length, days, cases }), '', line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n'));
}
