import type { FieldIssue } from '../../../shared/errors';
import { formatDMY, localDateTimeToIso } from '../../../shared/time';
import { parseDateInput, parseTimeInput, type InputClock } from './dateInput';
import type { FieldKind } from './fields';

/*
 * Form state ↔ register values. A form keeps what the clerk typed (text, so a half-typed date is not lost) and
 * converts it to the stored shape on save: '' → null, '12' → 12, '05-10-2026' → '2026-10-05', a date and a time
 * → local ISO with offset, 'yes' → true. Conversion errors become field issues (`v.date`, `v.number`…) with the
 * same paths and message keys the service uses, so the form shows both kinds the same way.
 */

export interface DateTimeDraft {
  date: string;
  time: string;
}
export type DraftValue = string | string[] | null | DateTimeDraft;
export type Draft = Record<string, DraftValue>;

export const isDateTimeDraft = (v: DraftValue | undefined): v is DateTimeDraft =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The form value of a stored value. */
export function toDraftValue(kind: FieldKind, value: unknown): DraftValue {
  switch (kind.type) {
    case 'text':
    case 'choice':
      return value == null ? '' : String(value);
    case 'int':
    case 'dec':
      return value == null ? '' : String(value);
    case 'date':
      return typeof value === 'string' ? formatDMY(value) : '';
    case 'datetime':
      return typeof value === 'string'
        ? { date: formatDMY(value.slice(0, 10)), time: value.slice(11, 16) }
        : { date: '', time: '' };
    case 'bool':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'multi':
      return Array.isArray(value) ? value.map(String) : null;
  }
}

export function toDraft(kinds: Record<string, FieldKind>, names: readonly string[], values: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const name of names) {
    const kind = kinds[name];
    if (kind) draft[name] = toDraftValue(kind, values[name]);
  }
  return draft;
}

/** An empty form value of a kind. */
export function emptyDraftValue(kind: FieldKind): DraftValue {
  return toDraftValue(kind, null);
}

export function isEmptyDraftValue(value: DraftValue | undefined): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return false;
  return value.date.trim() === '' && value.time.trim() === '';
}

type Converted = { value: unknown } | { error: string };

/** A draft value as text: '' for anything that is not (a date-time pair, a list, nothing). */
export const draftString = (v: DraftValue | undefined): string => (typeof v === 'string' ? v : '');

/** The stored value of a form value, or the message key of why it cannot be one. */
export function fromDraftValue(kind: FieldKind, draft: DraftValue | undefined, clock: InputClock): Converted {
  switch (kind.type) {
    case 'text': {
      let value = draftString(draft).trim();
      if (kind.digits) value = value.replace(/[\s-]/g, '').replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
      return { value: value === '' ? null : value };
    }
    case 'choice':
      return { value: draftString(draft) === '' ? null : draftString(draft) };
    case 'int': {
      const value = draftString(draft)
        .trim()
        .replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
      if (value === '') return { value: null };
      if (/^-?\d+$/.test(value)) return { value: Number(value) };
      if (/^-?\d*[.,]\d+$/.test(value)) return { error: 'v.not_integer' };
      return { error: 'v.number' };
    }
    case 'dec': {
      const value = draftString(draft)
        .trim()
        .replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966))
        .replace(',', '.');
      if (value === '') return { value: null };
      return /^-?(\d+(\.\d*)?|\.\d+)$/.test(value) ? { value: Number(value) } : { error: 'v.number' };
    }
    case 'date': {
      const parsed = parseDateInput(draftString(draft), clock.today, { future: kind.future });
      if (parsed.kind === 'empty') return { value: null };
      return parsed.kind === 'ok' ? { value: parsed.value } : { error: 'v.date' };
    }
    case 'datetime': {
      const dt = isDateTimeDraft(draft) ? draft : { date: '', time: '' };
      const date = parseDateInput(dt.date, clock.today);
      const time = parseTimeInput(dt.time, clock.nowTime);
      if (date.kind === 'empty' && time.kind === 'empty') return { value: null };
      if (date.kind !== 'ok') return { error: 'v.date' };
      if (time.kind !== 'ok') return { error: 'v.time' };
      return { value: localDateTimeToIso(date.value, time.value, clock.timeZone) };
    }
    case 'bool':
      return { value: draft === 'yes' ? true : draft === 'no' ? false : null };
    case 'multi':
      return { value: Array.isArray(draft) ? [...draft] : null };
  }
}

export interface ConvertedForm {
  values: Record<string, unknown>;
  issues: FieldIssue[];
}

/**
 * Converts the named fields of a form. Fields the form hides (`visible` false) are sent empty: what the
 * clerk sees is what is saved (a still birth carries no vaccine dates, a discharge no cause of death).
 */
export function convertDraft(
  kinds: Record<string, FieldKind>,
  names: readonly string[],
  draft: Draft,
  clock: InputClock,
  options: { pathPrefix?: string; visible?: (name: string) => boolean } = {},
): ConvertedForm {
  const values: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const name of names) {
    const kind = kinds[name];
    if (!kind) continue;
    if (options.visible && !options.visible(name)) {
      values[name] = null;
      continue;
    }
    const converted = fromDraftValue(kind, draft[name], clock);
    if ('error' in converted) {
      issues.push({
        field: `${options.pathPrefix ?? ''}${name}`,
        message: converted.error,
        params: { field: `field.${name}` },
        severity: 'error',
      });
    } else {
      values[name] = converted.value;
    }
  }
  return { values, issues };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed against the stored record (so the audit lists real changes only). */
export function changedValues(values: Record<string, unknown>, original: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name, value]) => !same(value, original[name])));
}

/** The names whose entry differs from what the form opened with (`base`): what the user changed. */
export function typedNames(draft: Draft, base: Draft, names: readonly string[]): string[] {
  return names.filter((name) => !same(draft[name], base[name]));
}

/**
 * A kept draft laid over the record as it is now (`current`): what was typed in it (differing from the `base` it was
 * typed against) stays; every other field shows the record's value now, so a field changed elsewhere since is not
 * set back. A draft kept without its base is taken whole.
 */
export function rebaseDraft(kept: Draft, keptBase: Draft | undefined, current: Draft): Draft {
  if (!keptBase) return kept;
  const typed = typedNames(kept, keptBase, Object.keys(kept));
  return { ...current, ...Object.fromEntries(typed.map((name) => [name, kept[name] ?? null])) };
}

/** Fields whose stored value is replaced by a different one (not filled in for the first time): a correction. */
export function correctedFields(changed: Record<string, unknown>, original: Record<string, unknown>): string[] {
  return Object.keys(changed).filter((name) => original[name] != null);
}
