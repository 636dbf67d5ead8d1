import type { LockCheck } from '../../shared/dhis2';
import type { DataSetInfo } from './metadata';
import { dhis2Period } from './payload';

const WALL = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?(?:\.\d+)?$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DDTHH:mm:ss` of an instant in a time zone. */
function wallTimeIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A server-local wall time as `YYYY-MM-DDTHH:mm:ss`, or null when the text is not one. */
function normaliseWall(text: string): string | null {
  const match = WALL.exec(text.trim());
  if (!match) return null;
  const time = match[2] ?? '00:00:00';
  return `${match[1]}T${time.length === 5 ? `${time}:00` : time}`;
}

/**
 * "Now" on the server's wall clock. `serverDate` from /api/system/info is the server's local time without a
 * zone on the versions we know; one with a zone is converted into `serverTimeZoneId`; without either, the PC's
 * clock is read in the server's zone. Deadlines are then computed on server-local dates (docs/domain/dhis2.md §6).
 */
export function serverWallNow(serverDate: string | undefined, timeZone: string, pcNow: Date): string {
  if (serverDate) {
    const wall = normaliseWall(serverDate);
    if (wall) return wall;
    const instant = new Date(serverDate);
    if (!Number.isNaN(instant.getTime())) return wallTimeIn(instant, timeZone);
  }
  return wallTimeIn(pcNow, timeZone);
}

const dateMs = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const wallMs = (wall: string): number => Date.parse(`${wall}Z`);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Last day of `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDate(Date.UTC(y, m, 0));
}

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/**
 * Our reading of the data set's locking rules (docs/domain/dhis2.md §6), for the pre-check: data input periods replace the
 * other rules; a period after the latest open future period is closed; expiry days lock it after the end date
 * (≤ 2.42: server-local date > end + N; 2.43: now > start of end day + N + 1 days). `expiryDays = 0` never locks.
 */
export function computeLock(dataSet: DataSetInfo, month: string, wallNow: string, newExpiryRule: boolean): LockCheck {
  const computed = (state: LockCheck['state'], days_left: number | null = null): LockCheck => ({
    state,
    days_left,
    source: 'computed',
  });
  if (dataSet.data_input_periods.length > 0) {
    const period = dataSet.data_input_periods.find((p) => p.period === dhis2Period(month));
    if (!period) return computed('not_open');
    const opening = period.opening ? normaliseWall(period.opening) : null;
    const closing = period.closing ? normaliseWall(period.closing) : null;
    if ((opening && wallNow < opening) || (closing && wallNow > closing)) return computed('not_open');
    return computed('open', closing ? Math.floor((wallMs(closing) - wallMs(wallNow)) / DAY_MS) : null);
  }
  if (monthIndex(month) > monthIndex(wallNow.slice(0, 7)) + dataSet.open_future_periods) return computed('future');
  if (dataSet.expiry_days === 0) return computed('open');
  const end = dateMs(monthEnd(month));
  if (newExpiryRule) {
    const deadline = end + (dataSet.expiry_days + 1) * DAY_MS;
    const now = wallMs(wallNow);
    return now > deadline ? computed('locked') : computed('open', Math.floor((deadline - now) / DAY_MS));
  }
  const lastOpenDay = end + dataSet.expiry_days * DAY_MS;
  const today = dateMs(wallNow);
  return today > lastOpenDay ? computed('locked') : computed('open', Math.round((lastOpenDay - today) / DAY_MS));
}
