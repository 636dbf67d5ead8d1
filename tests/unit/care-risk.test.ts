import { describe, expect, it } from 'vitest';
import { DEFAULT_CARE_POLICY } from '../../src/shared/care/policy';
import { isUrgent, riskReasons } from '../../src/shared/care/risk';
import { translate } from '../../src/shared/i18n/translate';

const now = new Date('2026-10-15T12:00:00+05:30');
const codes = (s: Parameters<typeof riskReasons>[0], policy = DEFAULT_CARE_POLICY) =>
  riskReasons(s, policy, now).map((r) => r.code);

describe('the high-risk rule (docs/domain/care.md §1)', () => {
  it('finds nobody high-risk in an ordinary record', () => {
    expect(
      riskReasons(
        { age_years: 24, hb_g_dl: 11, bp_systolic: 120, bp_diastolic: 80, para: 1, gest_weeks: 39 },
        DEFAULT_CARE_POLICY,
        now,
      ),
    ).toEqual([]);
  });

  it('makes a referral out for eclampsia an urgent, named reason', () => {
    const reasons = riskReasons(
      { age_years: 24, referrals: [{ baby_order: null, reasons: ['eclampsia_severe_pre_eclampsia'] }] },
      DEFAULT_CARE_POLICY,
      now,
    );
    expect(reasons).toEqual([
      {
        code: 'referral_reason.eclampsia_severe_pre_eclampsia',
        key: 'care.risk.referred_for',
        params: { reason: 'referral_reason.eclampsia_severe_pre_eclampsia' },
        urgent: true,
      },
    ]);
    expect(translate('en', reasons[0]!.key, reasons[0]!.params)).toMatch(/^Referral for: Eclampsia/);
    expect(translate('hi', reasons[0]!.key, reasons[0]!.params)).toMatch(/^रेफ़रल का कारण: /);
  });

  it("ignores a baby's referral and reasons that say nothing of the mother's risk", () => {
    expect(codes({ referrals: [{ baby_order: 1, reasons: ['sepsis'] }] })).toEqual([]);
    expect(codes({ referral_reasons: ['no_blood_ot_specialist', 'sick_newborn'] })).toEqual([]);
  });

  it('derives reasons at the thresholds of the policy, with their values', () => {
    expect(codes({ age_years: 17 })).toEqual(['derived.age_below']);
    expect(codes({ age_years: 18 })).toEqual([]);
    expect(codes({ age_years: 36 })).toEqual(['derived.age_above']);
    expect(codes({ hb_g_dl: 6.9 })).toEqual(['derived.hb']);
    expect(codes({ hb_g_dl: 7 })).toEqual([]);
    expect(codes({ bp_systolic: 140, bp_diastolic: 80 })).toEqual(['derived.bp_high']);
    expect(codes({ bp_systolic: 139, bp_diastolic: 89 })).toEqual([]);
    expect(codes({ bp_systolic: 150, bp_diastolic: 110 })).toEqual(['derived.bp_severe']);
    expect(codes({ gest_weeks: 36 })).toEqual(['derived.preterm']);
    expect(codes({ gest_weeks: 36, delivery_at: '2026-10-15T10:00:00+05:30' })).toEqual([]);
    expect(codes({ para: 4 })).toEqual(['derived.grand_multipara']);
    expect(codes({ number_of_babies: 2 })).toEqual(['derived.multiple']);
    expect(codes({ dob: '2010-01-01', admission_at: '2026-10-15T10:00:00+05:30' })).toEqual(['derived.age_below']);
    // The thresholds are policy.
    expect(codes({ age_years: 19 }, { ...DEFAULT_CARE_POLICY, risk_age_below: 20 })).toEqual(['derived.age_below']);
    const [bp] = riskReasons({ bp_systolic: 170, bp_diastolic: 112 }, DEFAULT_CARE_POLICY, now);
    expect(bp).toMatchObject({ urgent: true, params: { sys: 170, dia: 112 } });
    expect(translate('en', bp!.key, bp!.params)).toBe('Severe hypertension: BP 170/112');
  });

  it('keeps recorded factors and complications, urgent first, a ticked factor once', () => {
    const reasons = riskReasons(
      { risk_factors: ['previous_lscs', 'age_lt_18'], age_years: 16, complications: ['pph', 'retained_placenta'] },
      DEFAULT_CARE_POLICY,
      now,
    );
    expect(reasons.map((r) => r.code)).toEqual([
      'complication.pph',
      'derived.age_below',
      'risk_factor.previous_lscs',
      'complication.retained_placenta',
    ]);
    expect(isUrgent(reasons)).toBe(true);
    for (const r of reasons) expect(translate('hi', r.key, r.params)).not.toBe(r.key);
  });
});
