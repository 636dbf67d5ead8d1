import type { HistoryEntry } from '../../../shared/register/schema';
import { formatDate, formatDateTime } from '../../../shared/i18n/dates';
import { isMessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { formatDMY, ISO_DATE_TIME, isValidIsoDate, toLocalIso } from '../../../shared/time';
import {
  BABY_FIELD_KINDS,
  babyLetter,
  EPISODE_FIELD_KINDS,
  REFERRAL_FIELD_KINDS,
  VITALS_FIELD_KINDS,
  type FieldKind,
} from './fields';

/*
 * Showing register values and field paths in the screen language: codes by their `<list>.<code>` labels,
 * yes/no, dates as DD-MM-YYYY, and paths (`babies.1.sex`, `babies[2].sex`, `referral.decision_at`) as the field's
 * name with the baby's letter or "Referral".
 */

export type T = (key: string, params?: MessageParams) => string;

/** Dates and times are written by the one formatting module (DD-MM-YYYY, 24-hour). */
export { formatDate, formatDateTime };

/** The label of a code of a list (`mode`, `lscs_emergency`); a code without a label (`B+`) shows as itself. */
export function codeLabel(t: T, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

const STATE_KINDS: Record<string, FieldKind> = {
  record_state: { type: 'choice', codes: [], prefix: 'record_state' },
  void_reason_code: { type: 'choice', codes: [], prefix: 'void_reason' },
};

/** The kind of the field a path ends with, looked up in the right table (baby, referral, vitals, episode). */
export function kindOfPath(path: string): FieldKind | undefined {
  const parts = splitPath(path);
  const name = parts.name;
  if (!name) return undefined;
  if (parts.baby !== null) return (BABY_FIELD_KINDS as Record<string, FieldKind>)[name];
  if (parts.referral) {
    return (REFERRAL_FIELD_KINDS as Record<string, FieldKind>)[name] ?? (VITALS_FIELD_KINDS as Record<string, FieldKind>)[name];
  }
  return (EPISODE_FIELD_KINDS as Record<string, FieldKind>)[name] ?? STATE_KINDS[name];
}

/** A value as the screen shows it; '' for nothing. */
export function formatValue(t: T, kind: FieldKind | undefined, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return t('value.none');
    return value.map((v) => formatValue(t, kind?.type === 'multi' ? { ...kind, type: 'choice' } : kind, v)).join(', ');
  }
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (typeof value === 'string') {
    if (kind?.type === 'choice' || kind?.type === 'multi') return codeLabel(t, kind.prefix, value);
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value);
    if (isValidIsoDate(value)) return formatDMY(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return t('history.details');
}

interface PathParts {
  /** Baby order (1-based) when the path is about a baby. */
  baby: number | null;
  referral: boolean;
  name: string | null;
}

/**
 * `fields.mother_name`, `mother_name` → mother_name; `babies.0.sex` (input index) → baby 1; `babies[2].sex`
 * (history: baby order) → baby 2; `referral.vitals.pulse` → referral, pulse.
 */
export function splitPath(path: string): PathParts {
  const history = /^babies\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (history) return { baby: Number(history[1]), referral: false, name: history[2] ?? null };
  const parts = path.split('.');
  if (parts[0] === 'fields') parts.shift();
  if (parts[0] === 'babies') {
    const index = Number(parts[1]);
    return { baby: Number.isInteger(index) ? index + 1 : null, referral: false, name: parts[2] ?? null };
  }
  if (parts[0] === 'referral') {
    const rest = parts.slice(1).filter((p) => !/^\d+$/.test(p));
    return { baby: null, referral: true, name: rest[rest.length - 1] ?? null };
  }
  return { baby: null, referral: false, name: parts.filter((p) => !/^\d+$/.test(p)).pop() ?? null };
}

/** Whose field (a baby, the referral, or the mother's record: '') and which field, in words. */
export function pathParts(t: T, path: string): { owner: string; field: string } {
  const { baby, referral, name } = splitPath(path);
  if (baby !== null) return { owner: t('baby.label', { letter: babyLetter(baby) }), field: name ? t(`field.${name}`) : '' };
  if (referral) return { owner: t('field.referral'), field: name && name !== 'referral' ? t(`field.${name}`) : '' };
  return { owner: '', field: name ? t(`field.${name}`) : '' };
}

/** The field a path names, in words: "Baby B: Sex", "Referral: Left at", "Mobile". */
export function pathLabel(t: T, path: string): string {
  const { owner, field } = pathParts(t, path);
  return [owner, field].filter(Boolean).join(': ');
}

/** One line of the change history as the record screen shows it. */
export interface HistoryLine {
  at: string;
  user: string;
  action: string;
  field: string;
  before: string;
  after: string;
  reason: string;
}

/** `timeZone`: audit times are instants (UTC); the screen shows the facility's wall clock. */
export function historyLine(t: T, entry: HistoryEntry, timeZone: string): HistoryLine {
  const base = {
    at: formatDateTime(toLocalIso(Date.parse(entry.at), timeZone)),
    user: entry.user_name,
    action: isMessageKey(`history.action.${entry.action}`) ? t(`history.action.${entry.action}`) : entry.action,
    reason: entry.reason ?? '',
  };
  if (!entry.field) return { ...base, field: '', before: '', after: '' };
  const slip = slipPathLabel(t, entry.field);
  if (slip !== null) return { ...base, field: slip, before: '', after: printText(t, entry.new_value) };
  const kind = kindOfPath(entry.field);
  const show = (v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return valuesText(t, v as Record<string, unknown>);
    return formatValue(t, kind, v);
  };
  const whole = /^babies\[\d+\]$/.test(entry.field) || entry.field === 'referral';
  return {
    ...base,
    field: pathLabel(t, entry.field),
    before: whole ? '' : show(entry.old_value),
    after: whole ? (entry.new_value == null ? t('history.removed') : t('history.added')) : show(entry.new_value),
  };
}

const SLIP_TITLES: Record<string, string> = {
  discharge: 'slip.title_discharge',
  referral: 'slip.title_referral',
  birth_report: 'slip.title_birth_report',
};

/** A printed slip as the history names it (`slip.birth_report[1]` → "Form No. 1 … — Baby A"), or null. */
function slipPathLabel(t: T, path: string): string | null {
  const match = /^slip\.(\w+)(?:\[(\d+)\])?$/.exec(path);
  const title = match && SLIP_TITLES[match[1]!];
  if (!title) return null;
  return match[2] ? `${t(title)} — ${t('baby.label', { letter: babyLetter(Number(match[2])) })}` : t(title);
}

/** What a print row holds (`{channel, printer, copies, duplicate}`) in words. */
function printText(t: T, value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const v = value as { channel?: unknown; printer?: unknown; copies?: unknown; duplicate?: unknown };
  const channel = isMessageKey(`history.print.${String(v.channel)}`) ? t(`history.print.${String(v.channel)}`) : '';
  return [
    channel,
    typeof v.printer === 'string' && v.printer ? v.printer : '',
    typeof v.copies === 'number' ? t('history.print.copies', { count: v.copies }) : '',
    v.duplicate === true ? t('history.print.duplicate') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** A group of stored values (a whole referral, an imported row) as "Field: value; …", leaving out the empty ones. */
function valuesText(t: T, values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(
      ([name, v]) => isMessageKey(`field.${name}`) && (Array.isArray(v) ? v.length > 0 : v != null && typeof v !== 'object'),
    )
    .map(([name, v]) => `${t(`field.${name}`)}: ${formatValue(t, kindOfPath(name), v)}`)
    .join('; ');
}

/** A path from an import report: the field's name when it is a register field, else the column as written. */
export function fieldText(t: T, path: string): string {
  const { name } = splitPath(path);
  return name && isMessageKey(`field.${name}`) ? pathLabel(t, path) : path;
}
