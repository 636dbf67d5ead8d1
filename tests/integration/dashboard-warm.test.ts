import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { monthCacheOf, trendMonths } from '../../src/main/care/dashboard';
import { getDashboard, keepDashboardMonths } from '../../src/main/care/service';
import { warmDashboard } from '../../src/main/care/warm';
import type { AppContext } from '../../src/main/context';
import { runJob } from '../../src/main/jobs/run';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { Dashboard } from '../../src/shared/care/dashboard';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, ist, OCTOBER_BABY, OCTOBER_DELIVERY } from '../helpers/register';

/*
 * The warm-up (src/main/care/warm.ts): after start-up and a restore the jobs worker counts the default dashboard's
 * 12 trend months on its own connection, and the main thread keeps those whose key still holds. The first dashboard
 * is then served without counting a month, and equals a count made afresh; a write between the worker's count and
 * the keeping leaves that month to be counted again.
 */

async function call<T>(ctx: AppContext, op: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function register() {
  const ctx = testContext({ clock: fixedClock('2026-12-04T10:00:00+05:30') });
  const september = addRecord(
    ctx,
    {
      ...OCTOBER_DELIVERY,
      admission_at: ist('2026-09-10 06:00'),
      delivery_at: ist('2026-09-10 10:00'),
      outcome_at: ist('2026-09-11 16:00'),
    },
    [{ ...OCTOBER_BABY, birth_weight_g: 3000 }],
  );
  const october = addRecord(ctx, OCTOBER_DELIVERY, [{ ...OCTOBER_BABY, birth_weight_g: 2100 }]);
  return { ctx, september, october };
}

/** The dashboard of `month` counted from the rows, the connection's kept months put back afterwards. */
function fresh(ctx: AppContext, month: string): Dashboard {
  const cache = monthCacheOf(ctx.sqlite);
  const kept = new Map(cache);
  cache.clear();
  const counted = getDashboard(ctx, { month });
  cache.clear();
  for (const [m, entry] of kept) cache.set(m, entry);
  return counted;
}

/** The kept entries (objects) of `months`: a month counted again is a new object. */
const keptEntries = (ctx: AppContext, months: readonly string[]) => months.map((m) => monthCacheOf(ctx.sqlite).get(m));

describe('the dashboard warm-up on the jobs worker', () => {
  it('keeps the default month’s 12 trend months, so the first dashboard counts none and equals a fresh count', async () => {
    const { ctx } = register();
    const kept = await warmDashboard(ctx);
    const month = (await call<Dashboard>(ctx, 'getDashboard', {})).month;
    const months = trendMonths(month);
    expect(kept).toEqual(months);

    monthCacheOf(ctx.sqlite).clear();
    await warmDashboard(ctx);
    const before = keptEntries(ctx, months);
    expect(before.every((e) => e !== undefined)).toBe(true);
    const first = await call<Dashboard>(ctx, 'getDashboard', {});
    keptEntries(ctx, months).forEach((entry, i) => expect(entry).toBe(before[i])); // served, none counted
    expect(first).toEqual(fresh(ctx, month));
    expect(first.series['births.live'].slice(-3)).toEqual([{ value: 1 }, { value: 1 }, { value: 0 }]);
  });

  it('leaves a month written between the worker’s count and the keeping to be counted again', async () => {
    const { ctx, october } = register();
    const counted = await runJob(ctx, 'dashboardMonths', undefined);
    const months = counted.map(([m]) => m);
    const record = await call<{ record: { version: number } }>(ctx, 'getEpisode', { id: october.id });
    await call(ctx, 'updateEpisode', {
      id: october.id,
      version: record.record.version,
      fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
      reason: 'Entered wrongly by mistake',
      acknowledge_warnings: true,
    });

    const kept = keepDashboardMonths(ctx, counted);
    expect(kept).toEqual(months.filter((m) => m !== '2026-10'));
    const before = keptEntries(ctx, months);
    const month = months[months.length - 1]!;
    const served = getDashboard(ctx, { month });
    const after = keptEntries(ctx, months);
    months.forEach((m, i) => {
      if (m === '2026-10') expect(after[i]).toBeDefined();
      else expect(after[i]).toBe(before[i]);
    });
    expect(before[months.indexOf('2026-10')]).toBeUndefined();
    expect(served.series['deliveries.lscs'][months.indexOf('2026-10')]).toEqual({ value: 1 });
    expect(served).toEqual(fresh(ctx, month));
  });

  it('runs after a restore, filling the restored register’s connection', async () => {
    const { ctx } = register();
    const [backup] = await call<{ file: string }[]>(ctx, 'createBackup', {});
    await call(ctx, 'restoreBackup', { place: 'data', file: backup!.file });
    const cache = monthCacheOf(ctx.sqlite);
    await vi.waitFor(() => expect(cache.size).toBe(12), { timeout: 20_000, interval: 50 });
    const served = await call<Dashboard>(ctx, 'getDashboard', {});
    expect(served).toEqual(fresh(ctx, served.month));
  });

  it('skips an empty register (nothing to count, no worker started)', async () => {
    const ctx = testContext({ clock: fixedClock('2026-12-04T10:00:00+05:30') });
    expect(await warmDashboard(ctx)).toEqual([]);
    expect(monthCacheOf(ctx.sqlite).size).toBe(0);
  });
});
