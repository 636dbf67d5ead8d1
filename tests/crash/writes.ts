import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import type { Session } from '../../src/main/session';

/**
 * What the crash harness writes, through the real contract (dispatcher, zod, handlers, data layer, audit): a new
 * admission (the default) or a settings change. Add an entry to test another write and pass its name
 * (`npm run crash -- --write settings`, `runCrashHarness({ write: 'settings' })`).
 */
export interface CrashWrite {
  /** One acknowledged write, number `i` (unique across the whole run). Throws unless the operation succeeded. */
  write(ctx: AppContext, session: Session, i: number): Promise<void>;
  /** Problems found after a kill: every acknowledged write must be in the register. */
  verify(ctx: AppContext, acknowledged: readonly number[]): string[];
}

export const CRASH_SESSION: Session = { userId: 'crash-harness', userName: 'crash-harness', role: 'admin' };

const hospitalName = (i: number) => `Crash test hospital ${i}`;

/**
 * `updateSettings` with a new hospital name per write. Each acknowledged write must have left its audit row (same
 * transaction as the change), and the stored name must be that of the newest acknowledged write or a later one.
 */
const settingsWrite: CrashWrite = {
  async write(ctx, session, i) {
    const result = await dispatch(ctx, session, 'updateSettings', { hospital_name: hospitalName(i) });
    if (!result.ok) throw new Error(`updateSettings failed: ${JSON.stringify(result.error)}`);
  },
  verify(ctx, acknowledged) {
    const audited = new Set(
      (
        ctx.sqlite
          .prepare("SELECT new_value FROM audit_log WHERE entity = 'settings.facility' AND field = 'hospital_name'")
          .pluck()
          .all() as string[]
      ).map((v) => JSON.parse(v) as string),
    );
    const problems = acknowledged.filter((i) => !audited.has(hospitalName(i))).map((i) => `write ${i} acknowledged but lost`);
    const stored = ctx.sqlite.prepare("SELECT value FROM settings WHERE key = 'facility'").pluck().get() as string | undefined;
    const last = acknowledged.at(-1);
    if (last !== undefined) {
      const name = stored ? (JSON.parse(stored) as { hospital_name: string }).hospital_name : '';
      const n = Number(/(\d+)$/.exec(name)?.[1] ?? -1);
      if (n < last) problems.push(`stored name is write ${n}, older than acknowledged write ${last}`);
    }
    return problems;
  },
};

const ipdNo = (i: number) => `CRASH-${i}`;

/**
 * `admitMother`, one new record per write: the register's own insert (serial number, record, FTS index, audit row in
 * one transaction). Each acknowledged admission must be there with its audit row, and serial numbers must stay
 * unique (a torn serial counter would repeat one).
 */
const admissionWrite: CrashWrite = {
  async write(ctx, session, i) {
    const result = await dispatch(ctx, session, 'admitMother', {
      fields: { mother_name: 'Crash Test Mother', ipd_no: ipdNo(i), age_years: 25, admission_at: '2026-10-01T10:00:00+05:30' },
      acknowledge_warnings: true,
    });
    if (!result.ok) throw new Error(`admitMother failed: ${JSON.stringify(result.error)}`);
  },
  verify(ctx, acknowledged) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT e.ipd_no, e.serial_no, (SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'episode' AND a.entity_id = CAST(e.id AS TEXT) AND a.action = 'create') AS audits
         FROM episode e`,
      )
      .all() as { ipd_no: string; serial_no: string; audits: number }[];
    const byIpd = new Map(rows.map((r) => [r.ipd_no, r]));
    const problems = acknowledged.flatMap((i) => {
      const row = byIpd.get(ipdNo(i));
      if (!row) return [`admission ${i} acknowledged but lost`];
      return row.audits === 1 ? [] : [`admission ${i} has ${row.audits} audit rows`];
    });
    if (new Set(rows.map((r) => r.serial_no)).size !== rows.length) problems.push('a serial number was given twice');
    return problems;
  },
};

export const CRASH_WRITES: Record<string, CrashWrite> = { settings: settingsWrite, admission: admissionWrite };
