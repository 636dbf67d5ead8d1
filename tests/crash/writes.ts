import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import type { Session } from '../../src/main/session';

/**
 * What the crash harness writes, through the real contract (dispatcher, zod, handlers, data layer, audit). Pluggable
 * so that the register's own operations (an admission) can replace the settings write once they exist: add an entry
 * and pass its name (`--write admission`, `runCrashHarness({ write: 'admission' })`).
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

export const CRASH_WRITES: Record<string, CrashWrite> = { settings: settingsWrite };
