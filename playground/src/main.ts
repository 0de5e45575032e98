/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The playground page (issue 11): a casemanager enters a case and sees its timeline, picture and
 * explanations, and downloads the calendar and the JSON. Everything is computed here by the library
 * (bundled from dist/index.js by scripts/playground.mjs); nothing is sent anywhere. The case lives in
 * the URL fragment (fragment.ts). The clock is read once, only to propose today as the as-of date.
 */
import { explainMilestoneLines, safeComputeTimeline, toICalendar, toSvg, type Issue, type Milestone, type Timeline } from 'poortwachter';
import { formatFragment, parseFragment } from './fragment.js';
import { CASE_FLAG_NAMES, CASE_ID_MAX, EVENT_DEFS, INTERVAL, ZIEKMELDING_CHOICES, ZIEKMELDING_DEFAULT, type EventDef, type FieldDef } from './form-schema.js';
import {
  CASE_FLAGS,
  CAUSE_NAMES,
  EVENT_NAMES,
  FIELD_NAMES,
  ISSUE_NL,
  LABEL_NAMES,
  NOT_APPLICABLE_NAMES,
  ROLE_NAMES,
  STATUS_NAMES,
  UI,
  WEEKDAYS,
  ui,
  word,
  type Lang,
} from './i18n.js';

type CaseEvent = Record<string, unknown>;

// ---- state ------------------------------------------------------------------------------------------

const state = {
  lang: 'nl' as Lang,
  events: [] as CaseEvent[],
  /** Keys of a loaded case the form has no control for, or whose value it cannot hold: passed on as they are. */
  extras: {} as Record<string, unknown>,
  /** Index of the event in the editor, or null when the editor adds a new one. */
  editing: null as number | null,
  /** The milestone whose explanation is shown. */
  explained: null as string | null,
  timeline: null as Timeline | null,
  /** The last valid timeline: its milestones stay choosable while the case is being corrected. */
  lastGood: null as Timeline | null,
  /** The fragment this page last wrote (so that our own change is not read back as a new case). */
  written: '',
  blobUrls: [] as string[],
};

// ---- small DOM helpers -------------------------------------------------------------------------------

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`missing #${id}`);
  return el as T;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

const input = (id: string): HTMLInputElement => $<HTMLInputElement>(id);

/** Today's date on this computer, YYYY-MM-DD: only proposed as the as-of date, never used otherwise. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function weekday(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay(); // 0 = Sunday; a pure calendar computation
  return WEEKDAYS[lang][(day + 6) % 7]!;
}

// ---- the case form -----------------------------------------------------------------------------------

function fieldLabel(type: string, name: string, lang: Lang): string {
  return word(FIELD_NAMES, `${type}.${name}`, lang) ?? word(FIELD_NAMES, name, lang) ?? name;
}

function eventName(type: unknown, lang: Lang): string {
  return typeof type === 'string' ? (word(EVENT_NAMES, type, lang) ?? type) : String(type);
}

function buildCaseFlags(): void {
  const box = $('case-flags');
  box.replaceChildren();
  for (const name of CASE_FLAG_NAMES) {
    const id = `flag-${name}`;
    const cb = h('input', { type: 'checkbox', id, name });
    cb.addEventListener('change', () => {
      delete state.extras[name];
      update();
    });
    box.append(h('div', { class: 'check' }, cb, h('label', { for: id, 'data-flag': name })));
  }
}

function buildOptions(): void {
  // The schema's default, 'statute', is left out of the case; the other choices are written.
  const select = $<HTMLSelectElement>('ziekmeldingUwv');
  select.replaceChildren(...ZIEKMELDING_CHOICES.map((c) => h('option', { value: c === ZIEKMELDING_DEFAULT ? '' : c })));
  const interval = input('evaluationIntervalDays');
  interval.min = String(INTERVAL.min);
  interval.max = String(INTERVAL.max);
  input('caseId').maxLength = CASE_ID_MAX;
}

/** The case as the form holds it (without asOf), in a stable key order. */
function caseFromForm(): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  const caseId = input('caseId').value.trim();
  if (caseId !== '') c.caseId = caseId;
  const first = input('firstSickDay').value;
  if (first !== '') c.firstSickDay = first;
  const birth = input('dateOfBirth').value;
  if (birth !== '') c.dateOfBirth = birth;
  for (const name of CASE_FLAG_NAMES) if (input(`flag-${name}`).checked) c[name] = true;
  if (state.events.length > 0) c.events = state.events.map((e) => ({ ...e }));
  const options: Record<string, unknown> = {};
  const z = $<HTMLSelectElement>('ziekmeldingUwv').value;
  if (z !== '') options.ziekmeldingUwv = z;
  const every = input('evaluationIntervalDays').value;
  if (every !== '') options.evaluationIntervalDays = Number(every);
  if (Object.keys(options).length > 0) c.options = options;
  for (const [k, v] of Object.entries(state.extras)) {
    if (k === 'options' && typeof v === 'object' && v !== null && !Array.isArray(v)) c.options = { ...(c.options as object | undefined), ...v };
    else c[k] = v;
  }
  return c;
}

/** Fills the form with a case (from the fragment); what the form cannot hold is kept as it is. */
function loadCase(c: Record<string, unknown>, asOf: string): void {
  const rest: Record<string, unknown> = { ...c };
  const take = (key: string, ok: (v: unknown) => boolean): unknown => {
    if (!Object.hasOwn(rest, key)) return undefined;
    const v = rest[key];
    if (!ok(v)) return undefined;
    delete rest[key];
    return v;
  };
  const isText = (v: unknown): boolean => typeof v === 'string';
  // A date field holds only real dates: anything else stays in the case as given, for the library to report.
  const fits = (id: string) => (v: unknown): boolean => {
    const el = input(id);
    el.value = typeof v === 'string' ? v : '';
    return typeof v === 'string' && el.value === v;
  };
  input('firstSickDay').value = (take('firstSickDay', fits('firstSickDay')) as string | undefined) ?? '';
  input('caseId').value = (take('caseId', isText) as string | undefined) ?? '';
  input('dateOfBirth').value = (take('dateOfBirth', fits('dateOfBirth')) as string | undefined) ?? '';
  for (const name of CASE_FLAG_NAMES) input(`flag-${name}`).checked = take(name, (v) => typeof v === 'boolean') === true;
  const events = take('events', Array.isArray) as unknown[] | undefined;
  state.events = (events ?? []).map((e) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? { ...(e as CaseEvent) } : ({ type: e } as CaseEvent)));
  const select = $<HTMLSelectElement>('ziekmeldingUwv');
  select.value = '';
  input('evaluationIntervalDays').value = '';
  const options = rest.options;
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) {
    const o: Record<string, unknown> = { ...(options as Record<string, unknown>) };
    if (typeof o.ziekmeldingUwv === 'string' && ZIEKMELDING_CHOICES.includes(o.ziekmeldingUwv)) {
      select.value = o.ziekmeldingUwv === ZIEKMELDING_DEFAULT ? '' : o.ziekmeldingUwv;
      delete o.ziekmeldingUwv;
    }
    if (typeof o.evaluationIntervalDays === 'number' && Number.isInteger(o.evaluationIntervalDays)) {
      input('evaluationIntervalDays').value = String(o.evaluationIntervalDays);
      delete o.evaluationIntervalDays;
    }
    if (Object.keys(o).length > 0) rest.options = o;
    else delete rest.options;
  }
  input('asOf').value = asOf;
  if (asOf !== '' && input('asOf').value !== asOf) rest.asOf = asOf; // not a real date: reported, not dropped
  state.extras = rest;
  // Open "more" when the case uses any of its fields.
  if (input('caseId').value !== '' || input('dateOfBirth').value !== '' || select.value !== '' || input('evaluationIntervalDays').value !== '' || CASE_FLAG_NAMES.some((n) => input(`flag-${n}`).checked)) {
    $<HTMLDetailsElement>('more').open = true;
  }
  stopEditing();
}

// ---- the event editor --------------------------------------------------------------------------------

function defOf(type: string): EventDef | undefined {
  return EVENT_DEFS.find((d) => d.type === type);
}

/** The milestones an event can name: this case's, then any an event already names. */
function milestoneChoices(): Array<{ id: string; title: string }> {
  const out = new Map<string, string>();
  for (const m of (state.timeline ?? state.lastGood)?.milestones ?? []) if (!out.has(m.id)) out.set(m.id, m.title[state.lang]);
  for (const e of state.events) if (typeof e.milestone === 'string' && !out.has(e.milestone)) out.set(e.milestone, e.milestone);
  return [...out].map(([id, title]) => ({ id, title }));
}

function fieldControl(type: string, f: FieldDef, value: unknown): HTMLElement {
  const id = `ev-${f.name}`;
  const lang = state.lang;
  const label = h('label', { for: id }, fieldLabel(type, f.name, lang));
  if (!f.required && f.kind !== 'boolean') label.append(' ', h('span', { class: 'hint-inline' }, ui('optional', lang)));
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  switch (f.kind) {
    case 'milestone': {
      const select = h('select', { id, name: f.name });
      select.append(h('option', { value: '' }, ui('chooseMilestone', lang)));
      for (const m of milestoneChoices()) select.append(h('option', { value: m.id }, m.title));
      select.value = typeof value === 'string' ? value : '';
      control = select;
      break;
    }
    case 'text': {
      const area = h('textarea', { id, name: f.name, rows: '2' });
      if (f.maxLength !== undefined) area.maxLength = f.maxLength;
      area.value = typeof value === 'string' ? value : '';
      control = area;
      break;
    }
    case 'boolean': {
      const cb = h('input', { type: 'checkbox', id, name: f.name });
      cb.checked = value === true;
      return h('div', { class: 'check' }, cb, label);
    }
    default: {
      const el = h('input', { id, name: f.name, type: f.kind === 'date' ? 'date' : 'number' });
      if (f.kind === 'int') el.step = '1';
      if (f.kind === 'number') el.step = 'any';
      if (f.min !== undefined) el.min = String(f.min);
      if (f.max !== undefined) el.max = String(f.max);
      el.value = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      control = el;
    }
  }
  control.required = f.required;
  return h('div', { class: 'field' }, label, control);
}

/** Draws the editor's fields for the chosen type, keeping values of fields with the same name. */
function drawEditorFields(values: CaseEvent): void {
  const type = $<HTMLSelectElement>('event-type').value;
  const box = $('event-fields');
  box.replaceChildren();
  for (const f of defOf(type)?.fields ?? []) box.append(fieldControl(type, f, values[f.name]));
}

function editorValues(): CaseEvent {
  const type = $<HTMLSelectElement>('event-type').value;
  const e: CaseEvent = { type };
  for (const f of defOf(type)?.fields ?? []) {
    const el = document.getElementById(`ev-${f.name}`) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
    if (el === null) continue;
    if (f.kind === 'boolean') {
      if ((el as HTMLInputElement).checked) e[f.name] = true;
    } else if (el.value !== '') {
      e[f.name] = f.kind === 'int' || f.kind === 'number' ? Number(el.value) : el.value;
    }
  }
  return e;
}

function drawEditor(): void {
  const lang = state.lang;
  const select = $<HTMLSelectElement>('event-type');
  const chosen = select.value || (EVENT_DEFS[0]?.type ?? '');
  select.replaceChildren(...EVENT_DEFS.map((d) => h('option', { value: d.type }, eventName(d.type, lang))));
  select.value = chosen;
  const values = editorValues();
  const editing = state.editing;
  $('event-legend').textContent = editing === null ? ui('addHeading', lang) : ui('editHeading', lang, { n: editing + 1 });
  $('event-submit').textContent = editing === null ? ui('add', lang) : ui('save', lang);
  $('event-cancel').hidden = editing === null;
  drawEditorFields(values);
}

function startEditing(index: number): void {
  const e = state.events[index];
  if (e === undefined) return;
  state.editing = index;
  const select = $<HTMLSelectElement>('event-type');
  if (typeof e.type === 'string' && defOf(e.type) !== undefined) select.value = e.type;
  drawEditor();
  drawEditorFields(e);
  drawEvents();
  $('event-form').scrollIntoView({ block: 'nearest' });
  select.focus();
}

function stopEditing(): void {
  state.editing = null;
  const box = document.getElementById('event-fields');
  if (box !== null) box.replaceChildren();
  drawEditor();
}

function announce(text: string): void {
  $('event-status').textContent = text;
}

function submitEvent(ev: SubmitEvent): void {
  ev.preventDefault();
  const e = editorValues();
  const lang = state.lang;
  const n = state.editing;
  if (n === null) {
    state.events.push(e);
    announce(ui('added', lang, { n: state.events.length }));
  } else {
    state.events[n] = e;
    announce(ui('saved', lang, { n: n + 1 }));
  }
  stopEditing();
  update();
  // After a save, back to the event's own Edit button; after an add, stay in the form for the next one.
  if (n !== null) (document.querySelector(`[data-edit="${n}"]`) as HTMLElement | null)?.focus();
}

function removeEvent(index: number): void {
  state.events.splice(index, 1);
  if (state.editing === index) stopEditing();
  else if (state.editing !== null && state.editing > index) {
    state.editing--;
    drawEditor();
  }
  announce(ui('removed', state.lang, { n: index + 1 }));
  update();
  const next = (document.querySelector(`[data-remove="${Math.min(index, state.events.length - 1)}"]`) as HTMLElement | null) ?? $('event-type');
  next.focus();
}

function eventDetails(e: CaseEvent): string {
  const lang = state.lang;
  const type = typeof e.type === 'string' ? e.type : '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(e)) {
    if (k === 'type') continue;
    let shown = typeof v === 'string' || typeof v === 'number' ? String(v) : v === true ? ui('yes', lang) : JSON.stringify(v);
    if (k === 'milestone' && typeof v === 'string') shown = milestoneChoices().find((m) => m.id === v)?.title ?? v;
    parts.push(`${fieldLabel(type, k, lang)}: ${shown}`);
  }
  return parts.join(' · ');
}

function drawEvents(): void {
  const lang = state.lang;
  const list = $('events-body');
  list.replaceChildren();
  $('events-empty').hidden = state.events.length > 0;
  list.hidden = state.events.length === 0;
  state.events.forEach((e, i) => {
    const edit = h('button', { type: 'button', 'data-edit': String(i), 'aria-label': ui('editEvent', lang, { n: i + 1 }) }, ui('edit', lang));
    edit.addEventListener('click', () => startEditing(i));
    const remove = h('button', { type: 'button', class: 'secondary', 'data-remove': String(i), 'aria-label': ui('removeEvent', lang, { n: i + 1 }) }, ui('remove', lang));
    remove.addEventListener('click', () => removeEvent(i));
    const item = h(
      'li',
      { 'data-event': String(i) },
      h('div', { class: 'event-text' }, h('strong', {}, eventName(e.type, lang)), h('br'), h('span', { class: 'small' }, eventDetails(e))),
      h('div', { class: 'actions' }, edit, remove),
    );
    if (state.editing === i) item.classList.add('editing');
    list.append(item);
  });
}

// ---- results -----------------------------------------------------------------------------------------

function describePath(path: readonly (string | number)[]): string {
  const lang = state.lang;
  if (path.length === 0) return ui('input', lang);
  const [head, index, field] = path;
  if (head === 'events' && typeof index === 'number') {
    const e = state.events[index];
    let s = `${ui('event', lang, { n: index + 1 })}${e === undefined ? '' : ` (${eventName(e.type, lang)})`}`;
    if (typeof field === 'string') s += `, ${fieldLabel(typeof e?.type === 'string' ? e.type : '', field, lang)}`;
    return s;
  }
  if (head === 'options' && typeof index === 'string') {
    if (index === 'ziekmeldingUwv') return ui('ziekmeldingUwv', lang);
    if (index === 'evaluationIntervalDays') return ui('evaluationIntervalDays', lang);
  }
  if (typeof head === 'string') {
    if (Object.hasOwn(UI, head)) return ui(head as keyof typeof UI, lang);
    const flag = word(CASE_FLAGS, head, lang);
    if (flag !== undefined) return flag;
  }
  return path.join('.');
}

function drawErrors(issues: readonly Issue[], fallback: string | undefined): void {
  const lang = state.lang;
  const box = $('errors');
  box.replaceChildren();
  for (const id of ['firstSickDay', 'asOf', 'dateOfBirth', 'caseId']) input(id).removeAttribute('aria-invalid');
  if (issues.length === 0 && fallback === undefined) return;
  const list = h('ul');
  for (const issue of issues) {
    const nl = lang === 'nl' && Object.hasOwn(ISSUE_NL, issue.code) ? ISSUE_NL[issue.code] : undefined;
    const dutch = typeof nl === 'function' ? nl(issue.message) : nl;
    const message = h('span', dutch === undefined && lang === 'nl' ? { lang: 'en' } : {}, dutch ?? issue.message);
    list.append(h('li', {}, h('strong', {}, `${describePath(issue.path)}: `), message));
    const field = issue.path[0];
    if (typeof field === 'string' && ['firstSickDay', 'asOf', 'dateOfBirth', 'caseId'].includes(field)) input(field).setAttribute('aria-invalid', 'true');
  }
  if (fallback !== undefined) list.append(h('li', {}, fallback));
  box.append(h('p', { class: 'error-head' }, ui('invalidHeading', lang)), list);
}

const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['Wet werk en inkomen naar arbeidsvermogen', 'WIA'],
  ['Ziektewet', 'ZW'],
  ['Burgerlijk Wetboek Boek 7', 'BW'],
  ['Regeling procesgang eerste en tweede ziektejaar', 'Regeling procesgang'],
  ['Wet op de arbeidsongeschiktheidsverzekering', 'WAO'],
  ['Wet structuur uitvoeringsorganisatie werk en inkomen', 'Wet SUWI'],
];

function shortLaw(title: string): string {
  for (const [long, short] of ABBREVIATIONS) if (title.startsWith(long)) return short;
  return title;
}

function statusCell(m: Milestone): HTMLElement {
  const lang = state.lang;
  if (m.status === undefined) return h('td', {}, '');
  const marks: Record<string, string> = { done: '✓', 'done-late': '✓', open: '○', overdue: '!', 'not-applicable': '–' };
  let text = word(STATUS_NAMES, m.status, lang) ?? m.status;
  if (m.notApplicable !== undefined) text += ` (${word(NOT_APPLICABLE_NAMES, m.notApplicable, lang) ?? m.notApplicable})`;
  const cell = h('td', { class: `status status-${m.status}` }, h('span', { class: 'mark', 'aria-hidden': 'true' }, marks[m.status] ?? ''), ' ', text);
  if (m.completed !== undefined) cell.append(h('br'), h('span', { class: 'small' }, ui('completedOn', lang, { date: m.completed })));
  return cell;
}

function drawTable(t: Timeline): void {
  const lang = state.lang;
  const body = $('milestones-body');
  body.replaceChildren();
  for (const m of t.milestones) {
    const due = h('td', { class: 'nowrap' }, h('time', { datetime: m.due }, m.due), ` ${weekday(m.due, lang)}`);
    if (m.windowStart !== undefined) due.append(h('br'), h('span', { class: 'small' }, ui('windowFrom', lang, { date: m.windowStart })));
    const button = h('button', { type: 'button', class: 'link', 'data-explain': m.id, 'aria-expanded': 'false', 'aria-controls': `why-${m.id}` }, m.title[lang]);
    button.addEventListener('click', () => explain(state.explained === m.id ? null : m.id));
    const name = h('td', {}, button);
    if (m.onverwijld === true) name.append(' ', h('span', { class: 'badge' }, ui('onverwijld', lang)));
    if (m.review !== undefined) name.append(h('br'), h('span', { class: 'small' }, `${ui('review', lang)}: `, h('span', lang === 'nl' ? { lang: 'en' } : {}, m.review)));
    const basis = m.basis[0];
    const basisCell = h('td', {});
    if (basis !== undefined) {
      const text = `${shortLaw(basis.title)} ${basis.article}`;
      basisCell.append(basis.url ? h('a', { href: basis.url, title: `${basis.title} art. ${basis.article}`, rel: 'noopener noreferrer', target: '_blank' }, text) : text);
    }
    const row = h(
      'tr',
      { 'data-milestone': m.id, class: m.status === undefined ? '' : `row-${m.status}` },
      due,
      h('td', { class: 'num' }, m.countedDay === undefined ? '' : String(m.countedDay)),
      name,
      h('td', {}, m.responsible.map((r) => word(ROLE_NAMES, r, lang) ?? r).join(', ') || '—'),
      h('td', {}, word(LABEL_NAMES, m.label, lang) ?? m.label),
      basisCell,
      statusCell(m),
    );
    body.append(row);
  }
  explain(state.explained);
}

function drawSummary(t: Timeline): void {
  const lang = state.lang;
  const dl = $('summary');
  dl.replaceChildren();
  const item = (term: string, ...value: Array<Node | string>): void => {
    dl.append(h('div', {}, h('dt', {}, term), h('dd', {}, ...value)));
  };
  const date = (iso: string | null): Node | string => (iso === null ? ui('summaryNone', lang) : h('time', { datetime: iso }, `${iso} ${weekday(iso, lang)}`));
  item(ui('summaryFirst', lang), date(t.firstSickDay));
  item(ui('summaryRegime', lang), t.regime);
  if (t.asOf !== undefined) item(ui('summaryAsOf', lang), date(t.asOf), t.countedDaysAsOf === undefined ? '' : ` (${ui('summaryCounted', lang, { n: t.countedDaysAsOf })})`);
  item(ui('summaryWachttijd', lang), date(t.lastDayOfWachttijd));
  item(ui('summaryWia', lang), date(t.wiaStart));
  item(ui('summaryWage', lang), date(t.endOfWagePayment));
  if (t.extensions.length > 0) {
    item(ui('summaryExtensions', lang), t.extensions.map((x) => `${word(CAUSE_NAMES, x.cause, lang) ?? x.cause}: ${x.from} – ${x.to} (+${x.days})`).join('; '));
  }
}

/**
 * Shows the explanation of one milestone's date in a row under it (a disclosure: its button says
 * whether it is expanded), or none. The steps are the library's (explainMilestoneLines).
 */
function explain(id: string | null): void {
  const lang = state.lang;
  const t = state.timeline;
  for (const old of document.querySelectorAll('tr.why')) old.remove();
  for (const b of document.querySelectorAll<HTMLElement>('[data-explain]')) b.setAttribute('aria-expanded', 'false');
  const row = id === null ? null : document.querySelector(`tr[data-milestone="${CSS.escape(id)}"]`);
  if (t === null || id === null || row === null) {
    state.explained = null;
    return;
  }
  state.explained = id;
  row.querySelector('[data-explain]')?.setAttribute('aria-expanded', 'true');
  const box = h('div', { class: 'explanation', id: 'explanation' });
  try {
    const [head, ...steps] = explainMilestoneLines(t, id, { locale: lang });
    box.append(h('p', { class: 'explain-head' }, h('strong', {}, `${ui('explainHeading', lang)} `), head ?? id), h('ol', {}, ...steps.map((s) => h('li', {}, s))));
  } catch (e) {
    box.append(h('p', {}, e instanceof Error ? e.message : String(e)));
  }
  row.after(h('tr', { class: 'why', id: `why-${id}` }, h('td', { colspan: '7' }, box)));
}

function drawPicture(t: Timeline): void {
  const box = $('picture');
  const width = Math.max(400, Math.min(20_000, Math.floor(box.clientWidth || 1000)));
  const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
  try {
    box.innerHTML = toSvg(t, { locale: state.lang, width });
  } catch (first) {
    // Without a width the picture still shows, should the renderer not take this width.
    try {
      box.innerHTML = toSvg(t, { locale: state.lang });
    } catch {
      box.replaceChildren(h('p', {}, ui('pictureError', state.lang, { message: message(first) })));
    }
  }
}

function setDownload(id: string, content: string | undefined, type: string, filename: string): void {
  const a = $<HTMLAnchorElement>(id);
  if (content === undefined) {
    a.removeAttribute('href');
    a.setAttribute('aria-disabled', 'true');
    return;
  }
  const url = URL.createObjectURL(new Blob([content], { type }));
  state.blobUrls.push(url);
  a.href = url;
  a.download = filename;
  a.removeAttribute('aria-disabled');
}

function drawDownloads(caseInput: Record<string, unknown> | undefined, t: Timeline | null): void {
  for (const url of state.blobUrls) URL.revokeObjectURL(url);
  state.blobUrls = [];
  const base = `poortwachter-${(t?.caseId ?? t?.firstSickDay ?? 'case').replace(/[^A-Za-z0-9._-]+/g, '_')}`;
  let ics: string | undefined;
  if (t !== null) {
    try {
      ics = toICalendar(t, { locale: state.lang });
    } catch {
      ics = undefined;
    }
  }
  setDownload('download-ics', ics, 'text/calendar;charset=utf-8', `${base}.ics`);
  setDownload('download-case', caseInput === undefined ? undefined : `${JSON.stringify(caseInput, null, 2)}\n`, 'application/json', `${base}-case.json`);
  setDownload('download-timeline', t === null ? undefined : `${JSON.stringify(t, null, 2)}\n`, 'application/json', `${base}-timeline.json`);
}

/** Recomputes from the form and redraws everything. `writeFragment`: put the case in the URL. */
function update(writeFragment = true): void {
  const lang = state.lang;
  const c = caseFromForm();
  const asOf = input('asOf').value;
  const full: Record<string, unknown> = { ...c };
  if (asOf !== '') full.asOf = asOf;
  const empty = Object.keys(c).length === 0;
  $('need-first').hidden = !empty;
  let timeline: Timeline | null = null;
  if (empty) {
    drawErrors([], undefined);
  } else {
    const r = safeComputeTimeline(full, { explain: true });
    if (r.success) {
      timeline = r.data;
      drawErrors([], undefined);
    } else {
      const issues = 'issues' in r.error && Array.isArray(r.error.issues) ? (r.error.issues as Issue[]) : [];
      drawErrors(issues, issues.length === 0 ? r.error.message : undefined);
    }
  }
  state.timeline = timeline;
  if (timeline !== null) state.lastGood = timeline;
  drawEvents();
  $('results').hidden = timeline === null;
  if (timeline !== null) {
    drawSummary(timeline);
    drawTable(timeline);
    drawPicture(timeline);
  }
  drawDownloads(empty ? undefined : full, timeline);
  // The milestone choices of the editor follow the case.
  const milestoneSelect = document.getElementById('ev-milestone') as HTMLSelectElement | null;
  if (milestoneSelect !== null) {
    const v = milestoneSelect.value;
    milestoneSelect.replaceChildren(h('option', { value: '' }, ui('chooseMilestone', lang)), ...milestoneChoices().map((m) => h('option', { value: m.id }, m.title)));
    milestoneSelect.value = v;
  }
  if (writeFragment) {
    const fragment = formatFragment(c, asOf, lang);
    if (fragment !== state.written) {
      state.written = fragment;
      history.replaceState(null, '', fragment === '' ? location.pathname + location.search : `#${fragment}`);
    }
  }
}

// ---- language ----------------------------------------------------------------------------------------

function applyLanguage(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = ui('title', lang);
  $<HTMLSelectElement>('lang').value = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = ui(el.dataset.t as keyof typeof UI, lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-flag]')) el.textContent = word(CASE_FLAGS, el.dataset.flag!, lang) ?? el.dataset.flag!;
  for (const opt of $<HTMLSelectElement>('ziekmeldingUwv').options) {
    const choice = opt.value === '' ? ZIEKMELDING_DEFAULT : opt.value;
    opt.textContent = UI[`ziekmeldingUwv.${choice}` as keyof typeof UI]?.[lang] ?? choice;
  }
  drawEditor();
}

// ---- the fragment ------------------------------------------------------------------------------------

function loadFragment(): void {
  const f = parseFragment(location.hash);
  state.written = location.hash.replace(/^#/, '');
  if (f.lang !== undefined) state.lang = f.lang;
  applyLanguage();
  loadCase(f.input ?? {}, f.asOf ?? today());
  state.explained = null;
  update(false);
  if (f.error !== undefined) {
    const box = $('errors');
    box.replaceChildren(h('p', { class: 'error-head' }, ui('badLink', state.lang, { message: f.error })));
  }
}

// ---- start -------------------------------------------------------------------------------------------

function start(): void {
  buildCaseFlags();
  buildOptions();
  for (const id of ['firstSickDay', 'asOf', 'caseId', 'dateOfBirth', 'evaluationIntervalDays']) {
    input(id).addEventListener('input', () => {
      delete state.extras[id];
      update();
    });
  }
  $('ziekmeldingUwv').addEventListener('change', () => update());
  $('lang').addEventListener('change', () => {
    state.lang = $<HTMLSelectElement>('lang').value === 'en' ? 'en' : 'nl';
    applyLanguage();
    drawEditorFields(state.editing === null ? editorValues() : (state.events[state.editing] ?? {}));
    update();
  });
  $('event-type').addEventListener('change', () => drawEditorFields(editorValues()));
  $<HTMLFormElement>('event-form').addEventListener('submit', submitEvent);
  $('event-cancel').addEventListener('click', () => {
    const n = state.editing;
    stopEditing();
    drawEvents();
    if (n !== null) (document.querySelector(`[data-edit="${n}"]`) as HTMLElement | null)?.focus();
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') !== state.written) loadFragment();
  });
  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (state.timeline !== null) drawPicture(state.timeline);
    }, 150);
  });
  loadFragment();
  document.body.dataset.ready = 'true';
}

start();
