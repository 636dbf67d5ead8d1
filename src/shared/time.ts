/**
 * Dates and times of the register. Date-times are stored as the facility's local wall-clock time with its offset
 * (`2026-10-05T02:30:00+05:30`, docs/domain/register.md §1): the first 7 characters are the local month and characters 11–12
 * the local hour, so month and night questions are answered without time-zone arithmetic, and `Date.parse` still
 * gives the instant for durations. Dates are `YYYY-MM-DD`.
 */

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** `YYYY-MM`, years 1900–2099: a register month (year 0000 would pass a bare `\d{4}` and break date arithmetic). */
export const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

const DEVANAGARI_DIGITS = /[०-९]/g;

/** Hindi keyboards may type Devanagari digits: `०५-१०-२०२६` is a valid date. */
export function westernDigits(text: string): string {
  return text.replace(DEVANAGARI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0966));
}

export function isValidIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isValidIsoDateTime(text: string): boolean {
  return ISO_DATE_TIME.test(text) && isValidIsoDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/** `DD-MM-YYYY` (also `/` or `.`, 1–2 digit day and month, 2-digit year = 20YY) → `YYYY-MM-DD`, or null. */
export function parseDateDMY(input: string): string | null {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$/.exec(westernDigits(input));
  if (!match) return null;
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const iso = `${String(year).padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** `14:30`, `1430`, `2:30 pm`, `2.30PM`, `2 pm`, `12:05 am` → `HH:mm` (24-hour), or null. */
export function parseTime(input: string): string | null {
  const text = westernDigits(input).trim().toLowerCase().replace(/\s+/g, ' ');
  // A bare "14" is 14:00 and a bare "2" is 02:00, as on a 24-hour clock.
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'am') hour = hour === 12 ? 0 : hour;
    else hour = hour === 12 ? 12 : hour + 12;
  } else if (hour > 23) {
    return null;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Building a formatter costs far more than using one (the demo seeds and the benchmark call this 10⁶ times). */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC, in minutes, at an instant (`Asia/Kolkata` → 330). */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as local wall-clock ISO with offset: `2026-10-05T02:30:00+05:30`. */
export function toLocalIso(instantMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, instantMs);
  const local = new Date(instantMs + offset * 60000);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${offsetText(offset)}`
  );
}

/** A wall-clock date and time in the zone → local ISO with offset. */
export function localDateTimeToIso(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset even on a DST change (India has none, but the setting allows any zone).
  let instant = wall - zoneOffsetMinutes(timeZone, wall) * 60000;
  instant = wall - zoneOffsetMinutes(timeZone, instant) * 60000;
  return toLocalIso(instant, timeZone);
}

/** Any valid ISO date-time normalised to the facility's local form (what the database stores). */
export function normaliseDateTime(iso: string, timeZone: string): string {
  return toLocalIso(Date.parse(iso), timeZone);
}

/** `YYYY-MM-DD` of a stored local date-time. */
export const localDate = (iso: string): string => iso.slice(0, 10);
/** `HH:mm` of a stored local date-time. */
export const localTime = (iso: string): string => iso.slice(11, 16);
/** `YYYY-MM` of a stored local date or date-time. */
export const localMonth = (iso: string): string => iso.slice(0, 7);
/** Hour 0–23 of a stored local date-time. */
export const localHour = (iso: string): number => Number(iso.slice(11, 13));

/** `2026-10-05` → `05-10-2026`, as clerks write dates. */
export function formatDMY(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

/** Whole hours between two ISO date-times (b − a), fractional. */
export function hoursBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 3_600_000;
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The month after `YYYY-MM`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** Completed years between a date of birth and a date. */
export function ageOn(dob: string, on: string): number {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
