import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { getReport } from '../../src/main/hmis/service';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { Dashboard } from '../../src/shared/care/dashboard';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, ist, OCTOBER_BABY, OCTOBER_DELIVERY } from '../helpers/register';

/*
 * The month at a glance on a hand-built register: every figure of October 2026 equals the count made here by
 * hand, names exactly its rows, and agrees with the HMIS report where both count the same thing.
 */

const T = ist;
const DELIVERED = OCTOBER_DELIVERY;

const LIVE = OCTOBER_BABY;
const REFERRAL = { slip_no: 'R-1', urgency: 'emergency' as const };

function register() {
  const ctx = testContext({ clock: fixedClock('2026-12-04T10:00:00+05:30') });
  const at = (day: number, hour = 10) => T(`2026-10-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:00`);
  const normal = addRecord(ctx, { ...DELIVERED, admission_at: at(1, 6), delivery_at: at(1) }, [
    { ...LIVE, crs_form1_submitted_at: '2026-10-10' },
  ]);
  const vacuum = addRecord(ctx, { ...DELIVERED, admission_at: at(2, 6), delivery_at: at(2), mode: 'assisted_vacuum' }, [
    { ...LIVE, birth_weight_g: 2000, crs_form1_submitted_at: '2026-11-30' },
  ]);
  const lscs = addRecord(
    ctx,
    {
      ...DELIVERED,
      admission_at: at(3, 6),
      delivery_at: at(3),
      mode: 'lscs_emergency',
      risk_factors: ['previous_lscs'],
      ppfp_method: 'ppiucd',
      ppiucd_at: at(3, 12),
      outcome_at: at(6),
    },
    [{ ...LIVE, birth_weight_g: 3200 }],
  );
  const twins = addRecord(
    ctx,
    { ...DELIVERED, admission_at: at(4, 6), delivery_at: at(4), number_of_babies: 2, gest_weeks: 33 },
    [
      { ...LIVE, birth_weight_g: 1900 },
      { sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 1500 },
    ],
  );
  const beforeDelivery = addRecord(
    ctx,
    {
      ...DELIVERED,
      admission_at: at(5, 8),
      delivery_at: null,
      place_of_delivery: null,
      mode: null,
      number_of_babies: null,
      risk_factors: [],
      outcome: 'referred_out',
      outcome_at: at(5, 11),
      discharge_condition: null,
    },
    [],
    {
      referrals: [
        { ...REFERRAL, reasons: ['eclampsia_severe_pre_eclampsia'], decision_at: at(5, 10), departure_at: T('2026-10-05 10:45') },
      ],
    },
  );
  const afterDelivery = addRecord(
    ctx,
    {
      ...DELIVERED,
      admission_at: at(12, 6),
      delivery_at: at(12),
      outcome: 'referred_out',
      outcome_at: at(12, 15),
      discharge_condition: null,
    },
    [{ ...LIVE }],
    { referrals: [{ ...REFERRAL, slip_no: 'R-2', decision_at: at(12, 14), departure_at: T('2026-10-12 14:20') }] },
  );
  const referredIn = addRecord(
    ctx,
    {
      ...DELIVERED,
      admission_at: at(14, 6),
      delivery_at: at(14),
      admission_category: 'referred_in',
      referred_in_from_name: 'PHC',
    },
    [
      {
        ...LIVE,
        neonatal_death: true,
        neonatal_death_at: at(14, 20),
        neonatal_death_place: 'in_facility',
        neonatal_death_cause: 'asphyxia',
        baby_exit: 'died',
      },
    ],
  );
  const died = addRecord(
    ctx,
    {
      ...DELIVERED,
      admission_at: at(16, 6),
      delivery_at: at(16),
      complications: ['pph'],
      outcome: 'died',
      outcome_at: at(16, 18),
      discharge_condition: null,
      maternal_death_cause: 'pph',
    },
    [{ ...LIVE }],
  );
  addRecord(ctx, { ...DELIVERED, admission_at: at(18, 6), delivery_at: at(18) }, [{ ...LIVE }], { voided: true });
  addRecord(
    ctx,
    { ...DELIVERED, admission_at: T('2026-09-20 06:00'), delivery_at: T('2026-09-20 10:00'), outcome_at: T('2026-09-21 10:00') },
    [{ ...LIVE }],
  );
  // September's report went in two days after it was due (the 5th); October's not at all.
  ctx.sqlite
    .prepare(
      `INSERT INTO hmis_report (month, format_id, status, inputs, submitted_at, updated_at, updated_by)
       VALUES ('2026-09', 'hmis-2022-sb3', 'submitted', '{"manual":{},"overrides":{},"acknowledgements":{}}', '2026-10-07T06:00:00.000Z', '2026-10-07T06:00:00.000Z', 'test')`,
    )
    .run();
  return { ctx, normal, vacuum, lscs, twins, beforeDelivery, afterDelivery, referredIn, died };
}

async function dashboardOf(ctx: ReturnType<typeof testContext>, month: string): Promise<Dashboard> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'getDashboard', { month });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as Dashboard;
}

describe('the month at a glance', () => {
  it('counts every figure of the month by hand and names its rows', async () => {
    const r = register();
    const d = await dashboardOf(r.ctx, '2026-10');
    const now = (id: keyof Dashboard['series']) => d.series[id][11]!;
    const delivered = [r.normal, r.vacuum, r.lscs, r.twins, r.afterDelivery, r.referredIn, r.died].map((x) => x.id);

    expect(d.months).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(now('deliveries').value).toBe(7);
    expect([...d.rows.deliveries.episode_ids].sort()).toEqual([...delivered].sort());
    expect(now('deliveries.normal').value).toBe(5);
    expect(d.rows['deliveries.assisted'].episode_ids).toEqual([r.vacuum.id]);
    expect(d.rows['deliveries.lscs'].episode_ids).toEqual([r.lscs.id]);
    expect(now('lscs_rate')).toEqual({ value: 14.3, numerator: 1, denominator: 7 });

    // Live births: one per delivery (twins: one live, one still born).
    expect(now('births.live').value).toBe(7);
    expect(now('lbw_rate')).toEqual({ value: 28.6, numerator: 2, denominator: 7 });
    expect(now('still_birth_rate')).toEqual({ value: 125, numerator: 1, denominator: 8 });
    expect(d.rows['births.still.fresh'].baby_ids).toEqual([r.twins.babyIds[1]]);

    expect(d.rows.referrals_out.episode_ids.sort()).toEqual([r.beforeDelivery.id, r.afterDelivery.id].sort());
    expect(d.rows['referrals_out.before_delivery'].episode_ids).toEqual([r.beforeDelivery.id]);
    expect(d.rows['referrals_out.after_delivery'].episode_ids).toEqual([r.afterDelivery.id]);
    expect(now('referral_delay.median').value).toBe(33); // 45 and 20 minutes
    expect(now('referral_delay.longest').value).toBe(45);
    expect(d.rows['referral_delay.longest'].episode_ids).toEqual([r.beforeDelivery.id]);
    expect(now('referral_delay.over_target')).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(d.rows.referrals_in.episode_ids).toEqual([r.referredIn.id]);

    expect(d.rows.maternal_deaths.episode_ids).toEqual([r.died.id]);
    expect(d.rows['neonatal_deaths.lt24h'].baby_ids).toEqual([r.referredIn.babyIds[0]]);
    expect(now('neonatal_deaths.1_7d').value).toBe(0);

    // High-risk women who left in October: previous LSCS (discharged); referred out for eclampsia (the referral reason
    // alone makes her high-risk, care.md §1).
    expect(d.rows.hrp_women.episode_ids).toEqual(expect.arrayContaining([r.lscs.id, r.beforeDelivery.id]));
    expect(d.rows['hrp.referred_out'].episode_ids).toContain(r.beforeDelivery.id);

    expect(now('ppiucd_rate')).toEqual({ value: 14.3, numerator: 1, denominator: 7 });
    // Form 1: every October birth is past its 21 days on 4 December; one was submitted in time, one late.
    expect(now('form1_on_time')).toEqual({ value: 14.3, numerator: 1, denominator: 7 });
    expect(d.rows.form1_on_time.baby_ids).toEqual([r.normal.babyIds[0]]);

    // September's report: 2 days late; October's: not in, due 5 November, so 29 days late on 4 December.
    expect(d.series.report_days_late[10]!.value).toBe(2);
    expect(now('report_days_late').value).toBe(29);
    expect(d.series.deliveries[10]!.value).toBe(1);

    // Every row named has its serial number for the drill-down.
    for (const id of delivered) expect(d.lookup.episodes[id]?.serial_no).toMatch(/^T\//);
  });

  it('agrees with the HMIS report on the counts both make', async () => {
    const r = register();
    const d = await dashboardOf(r.ctx, '2026-10');
    const report = getReport(r.ctx, { month: '2026-10' });
    const item = (no: string) => report.items.find((i) => i.item_no === no)?.value;
    expect(d.series.deliveries[11]!.value).toBe(item('2.2'));
    expect(d.series['births.live'][11]!.value).toBe(Number(item('4.1.1.a')) + Number(item('4.1.1.b')));
  });

  it('shows a month with no deliveries as "—", never NaN or a division by zero', async () => {
    const { ctx } = register();
    const d = await dashboardOf(ctx, '2026-11');
    expect(d.series.deliveries[11]!.value).toBe(0);
    for (const id of [
      'lscs_rate',
      'lbw_rate',
      'still_birth_rate',
      'ppiucd_rate',
      'referral_delay.median',
      'referral_delay.over_target',
    ] as const)
      expect(d.series[id][11]!.value).toBeNull();
    expect(JSON.stringify(d)).not.toContain('NaN');
  });

  it('refuses a month outside 1900-2099 with a field error', async () => {
    const { ctx } = register();
    const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'getDashboard', { month: '0000-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });
});
