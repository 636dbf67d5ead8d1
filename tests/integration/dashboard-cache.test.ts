import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { monthCacheOf } from '../../src/main/care/dashboard';
import { laterEventDatesOf } from '../../src/main/hmis/indicators';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { Dashboard } from '../../src/shared/care/dashboard';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, ist, OCTOBER_BABY, OCTOBER_DELIVERY } from '../helpers/register';

/*
 * The dashboard keeps each month's figures between calls (src/main/care/dashboard.ts `MonthCache`). Whatever is
 * written — an edit, a baby's weight, a void, a reopen, an import, a policy or HMIS setting, a restore, or simply
 * days passing — the figures served equal a count made afresh, and months nothing touched are not counted again.
 */

const SEPT = 10; // index of September 2026 in October's 12 months
const OCT = 11;

async function call<T>(ctx: AppContext, op: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

const dashboard = (ctx: AppContext, month = '2026-10') => call<Dashboard>(ctx, 'getDashboard', { month });

/** The same dashboard counted from the rows with nothing kept. */
async function counted(ctx: AppContext, month = '2026-10'): Promise<Dashboard> {
  monthCacheOf(ctx.sqlite).clear();
  return dashboard(ctx, month);
}

/** Served (possibly from kept months) and counted afresh: equal, and returned for the test's own checks. */
async function servedAsCounted(ctx: AppContext): Promise<Dashboard> {
  const served = await dashboard(ctx);
  expect(served).toEqual(await counted(ctx));
  return served;
}

const version = async (ctx: AppContext, id: number) =>
  (await call<{ record: { version: number; babies: { id: number }[] } }>(ctx, 'getEpisode', { id })).record;

function register() {
  const clock = fixedClock('2026-12-04T10:00:00+05:30');
  const ctx = testContext({ clock });
  const sept = (day: number) => ({
    ...OCTOBER_DELIVERY,
    admission_at: ist(`2026-09-${day} 06:00`),
    delivery_at: ist(`2026-09-${day} 10:00`),
    outcome_at: ist(`2026-09-${day + 1} 16:00`),
  });
  const a = addRecord(ctx, sept(10), [{ ...OCTOBER_BABY, birth_weight_g: 3000 }]);
  const b = addRecord(ctx, sept(12), [{ ...OCTOBER_BABY, birth_weight_g: 3100 }]);
  const october = addRecord(ctx, OCTOBER_DELIVERY, [{ ...OCTOBER_BABY }]);
  return { ctx, clock, a, b, october };
}

const CORRECTION = { reason: 'Entered wrongly by mistake', acknowledge_warnings: true };

describe('the months kept between dashboard calls', () => {
  it('serves untouched months as kept and counts again only the month a write changed', async () => {
    const { ctx, a } = register();
    const first = await dashboard(ctx);
    const cache = monthCacheOf(ctx.sqlite);
    const keptSept = cache.get('2026-09');
    const keptOct = cache.get('2026-10');
    expect(keptSept).toBeDefined();
    expect(await dashboard(ctx)).toEqual(first);
    expect(cache.get('2026-09')).toBe(keptSept); // served, not counted again

    await call(ctx, 'updateEpisode', {
      id: a.id,
      version: (await version(ctx, a.id)).version,
      fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
      ...CORRECTION,
    });
    const after = await dashboard(ctx);
    expect(cache.get('2026-09')).not.toBe(keptSept);
    expect(cache.get('2026-10')).toBe(keptOct); // October's rows did not change
    expect(first.series['deliveries.lscs'][SEPT]).toEqual({ value: 0 });
    expect(after.series['deliveries.lscs'][SEPT]).toEqual({ value: 1 });
    expect(after).toEqual(await counted(ctx));
  });

  it('counts a month again after a baby edit, a void, a reopen and an import in it', async () => {
    const { ctx, a, b, october } = register();
    await dashboard(ctx);

    const rec = await version(ctx, a.id);
    await call(ctx, 'updateBabies', {
      id: a.id,
      version: rec.version,
      babies: [{ id: rec.babies[0]!.id, baby_order: 1, birth_weight_g: 2100 }],
      ...CORRECTION,
    });
    expect((await servedAsCounted(ctx)).series.lbw_rate[SEPT]).toMatchObject({ numerator: 1, denominator: 2 });

    await call(ctx, 'voidEpisode', { id: b.id, version: (await version(ctx, b.id)).version, reason_code: 'duplicate' });
    expect((await servedAsCounted(ctx)).series.deliveries[SEPT]).toEqual({ value: 1 });

    await call(ctx, 'reopenEpisode', {
      id: october.id,
      version: (await version(ctx, october.id)).version,
      reason: 'Discharged by mistake',
    });
    await servedAsCounted(ctx);

    const imported = await call<{ created: number }>(ctx, 'importRegister', {
      format: 'csv',
      content:
        'mother_name,age_years,admission_at,delivery_at,mode,place_of_delivery,number_of_babies,baby1_sex,baby1_outcome,baby1_birth_weight_g\n' +
        'Rani,24,20-09-2026 07:00,20-09-2026 08:00,lscs_elective,this_facility,1,F,live,2900',
    });
    expect(imported).toMatchObject({ created: 1, errors: [] });
    const afterImport = await servedAsCounted(ctx);
    expect(afterImport.series.deliveries[SEPT]).toEqual({ value: 2 });
    expect(afterImport.series['deliveries.lscs'][SEPT]).toEqual({ value: 1 });
  });

  it('counts again under a changed care policy or HMIS setting', async () => {
    const { ctx } = register();
    expect((await dashboard(ctx)).series.hrp_women[SEPT]).toEqual({ value: 0 });

    // The women are 25: a policy that calls over-24s high-risk makes both September women HRP.
    await call(ctx, 'updateCarePolicy', { risk_age_above: 24 });
    expect((await servedAsCounted(ctx)).series.hrp_women[SEPT]).toEqual({ value: 2 });

    const before = monthCacheOf(ctx.sqlite).get('2026-09');
    await call(ctx, 'updateHmisSettings', { still_birth_includes_24_27_weeks: true });
    await servedAsCounted(ctx);
    expect(monthCacheOf(ctx.sqlite).get('2026-09')).not.toBe(before);
  });

  it('follows the days: Form 1 due and report lateness as of today, not as of the day the month was counted', async () => {
    const { ctx, clock } = register();
    // 25 October: October's birth (the 10th) is not yet due for Form 1 (21 days: the 31st); 10 November: due, not in.
    clock.set('2026-10-25T10:00:00+05:30');
    const early = await dashboard(ctx);
    expect(early.series.form1_on_time[OCT]).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(early.series.report_days_late[SEPT]).toEqual({ value: 20 });

    clock.set('2026-11-10T10:00:00+05:30');
    const later = await servedAsCounted(ctx);
    expect(later.series.form1_on_time[OCT]).toEqual({ value: 0, numerator: 0, denominator: 1 });
    expect(later.series.report_days_late[SEPT]).toEqual({ value: 36 });
  });

  it('does not survive a restore: the restored register is counted, not the figures of the one replaced', async () => {
    const { ctx, a } = register();
    const [backup] = await call<{ file: string }[]>(ctx, 'createBackup', {});
    await call(ctx, 'updateEpisode', {
      id: a.id,
      version: (await version(ctx, a.id)).version,
      fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
      ...CORRECTION,
    });
    expect((await dashboard(ctx)).series['deliveries.lscs'][SEPT]).toEqual({ value: 1 });

    await call(ctx, 'restoreBackup', { place: 'data', file: backup!.file });
    const restored = await dashboard(ctx);
    expect(restored.series['deliveries.lscs'][SEPT]).toEqual({ value: 0 });
    expect(restored).toEqual(await counted(ctx));
  });

  it('fingerprints babies by the later-event dates the counted keys use, and only those', () => {
    expect(laterEventDatesOf(['deliveries.institutional', 'births.live', 'neonatal_deaths.lt24h'])).toEqual([
      'neonatal_death_at',
    ]);
    expect(laterEventDatesOf(['deliveries.institutional', 'ppfp.ppiucd_48h'])).toEqual([]);
  });
});
