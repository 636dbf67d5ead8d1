import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/context';
import { getFormat } from '../../src/main/hmis/formats';
import { getReport } from '../../src/main/hmis/service';
import { updateHmisSettings } from '../../src/main/hmis/settings';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { previewSlip } from '../../src/main/slips/service';
import type { HmisReport } from '../../src/shared/hmis/report';
import type { HmisSettings } from '../../src/shared/hmis/settings';
import { checkEntry } from '../../src/shared/register/rules';
import { translate } from '../../src/shared/i18n/translate';
import { call } from '../helpers/api';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, ist, OCTOBER_BABY, OCTOBER_DELIVERY, type BabyDraft, type EpisodeDraft } from '../helpers/register';
import { fillPrintSettings } from '../helpers/slip-records';

/*
 * Golden registers at the edges of hmis.md §3.1 (amendments A1–A6) and the Hep-B0 24-hour rule: each case a small
 * register whose counts are written out by hand, and no blocking error on a correct register.
 */

const T = ist;
const MONTH = '2026-10';

const BASE: EpisodeDraft = { ...OCTOBER_DELIVERY, mother_name: 'Edge Devi' };
const { baby_exit: _exit, ...LIVE } = OCTOBER_BABY;
const STILL: BabyDraft = { sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 500 };

function context(now = '2026-11-10T12:00:00+05:30'): AppContext {
  return testContext({ clock: fixedClock(now) });
}
const policy = (ctx: AppContext, patch: Partial<HmisSettings>) => updateHmisSettings(ctx, LOCAL_ADMIN_SESSION, patch);
const report = (ctx: AppContext, format_id = 'hmis-2022-sb3') => getReport(ctx, { month: MONTH, format_id });
const value = (r: HmisReport, item: string) => r.items.find((i) => i.item_no === item)!.value;
const ids = (r: HmisReport, item: string) => {
  const i = r.items.find((x) => x.item_no === item)!;
  return [...i.episode_ids, ...i.baby_ids];
};
const errors = (r: HmisReport) => r.checks.filter((c) => c.severity === 'error' && c.passed === false).map((c) => c.rule_id);

describe('A1/A2: foetal losses and still births without gestation', () => {
  it('a 22-week still birth is a foetal loss: no delivery, no birth, listed beside the report, no error', () => {
    const ctx = context();
    const { id } = addRecord(ctx, { ...BASE, gest_weeks: 22, mode: 'lscs_emergency' }, [STILL]);
    const r = report(ctx);
    for (const item of ['2.2', '2.3.3', '3.1', '4.1.3.a', '4.1.3.b', '4.1.3.c', '6.3']) expect(value(r, item)).toBe(0);
    expect(r.not_counted).toEqual([{ episode_id: id, reason: 'foetal_loss', weeks: 24 }]);
    expect(r.rows.episodes[id]).toBeDefined();
    expect(errors(r)).toEqual([]);
    // She was still admitted and left: the IPD items count her.
    expect(value(r, '14.3.1.d')).toBe(1);
  });

  it('a live twin makes it a delivery whatever the gestation; the 22-week still twin counts nowhere', () => {
    const ctx = context();
    const { id, babyIds } = addRecord(ctx, { ...BASE, gest_weeks: 22, number_of_babies: 2 }, [LIVE, STILL]);
    const r = report(ctx);
    expect(ids(r, '2.2')).toEqual([id]);
    expect(ids(r, '4.1.1.b')).toEqual([babyIds[0]]);
    expect(value(r, '4.1.3.c')).toBe(0);
    expect(r.not_counted).toEqual([]);
    expect(errors(r)).toEqual([]);
  });

  it('sub-version A: below 28 weeks is a foetal loss unless the setting puts 24–27 weeks in 4.1.3', () => {
    const ctx = context();
    const { id, babyIds } = addRecord(ctx, { ...BASE, gest_weeks: 26 }, [STILL]);
    const a = report(ctx, 'hmis-2022-sb1');
    expect([value(a, '2.2'), value(a, '4.1.3')]).toEqual([0, 0]);
    expect(a.not_counted).toEqual([{ episode_id: id, reason: 'foetal_loss', weeks: 28 }]);
    expect(errors(a)).toEqual([]);
    policy(ctx, { still_birth_includes_24_27_weeks: true });
    const included = report(ctx, 'hmis-2022-sb1');
    expect([ids(included, '2.2'), ids(included, '4.1.3')]).toEqual([[id], babyIds]);
    expect(errors(included)).toEqual([]);
    // The 2017-18 formats have the single item too.
    expect(ids(report(ctx, 'hmis-2017-chc-sdh-dh'), '2.1')).toEqual([id]);
  });

  it('a still birth without gestation counts as 28 weeks or more from 1000 g, else as a foetal loss; both asked for', () => {
    const ctx = context();
    const heavy = addRecord(ctx, { ...BASE, gest_weeks: null }, [{ ...STILL, birth_weight_g: 1000 }]);
    const light = addRecord(ctx, { ...BASE, gest_weeks: null }, [
      { ...STILL, outcome: 'macerated_still_birth', birth_weight_g: 999 },
    ]);
    const unweighed = addRecord(ctx, { ...BASE, gest_weeks: null }, [{ ...STILL, birth_weight_g: null }]);
    const r = report(ctx);
    expect(ids(r, '4.1.3.a')).toEqual(heavy.babyIds);
    expect(ids(r, '2.2')).toEqual([heavy.id]);
    expect(r.not_counted.map((n) => n.episode_id)).toEqual([light.id, unweighed.id]);
    const asked = r.completeness.filter((c) => c.missing.includes('gest_weeks')).map((c) => c.episode_id);
    expect(asked).toEqual([heavy.id, light.id, unweighed.id]);
    expect(errors(r)).toEqual([]);
    // Entering a still birth without gestation asks the clerk to confirm (a warning, so imports still load).
    expect(checkEntry({ ...BASE, gest_weeks: null, babies: [STILL] })).toMatchObject([
      { field: 'gest_weeks', severity: 'warning', message: 'v.still_birth_gestation' },
    ]);
  });
});

describe('A3: an anomaly recorded is a screening', () => {
  it('counts 4.5.1 for an anomaly not marked screened; V11 holds', () => {
    const ctx = context();
    const { babyIds } = addRecord(ctx, BASE, [{ ...LIVE, screened_for_defects: null, congenital_anomaly: ['club_foot'] }]);
    const r = report(ctx);
    expect(ids(r, '4.5.1')).toEqual(babyIds);
    expect(ids(r, '4.5.1.a')).toEqual(babyIds);
    expect(r.checks.filter((c) => c.rule_id.startsWith('V11')).map((c) => c.passed)).toEqual([true, true]);
  });

  it('the register marks the baby screened when an anomaly is entered', async () => {
    const ctx = context('2026-10-10T12:00:00+05:30');
    const admitted = await call(ctx, 'admitMother', {
      fields: {
        mother_name: 'Anomaly Devi',
        age_years: 24,
        admission_at: T('2026-10-10 06:00'),
        admission_category: 'labour_pains',
      },
    });
    const delivered = await call(ctx, 'recordDelivery', {
      id: admitted.record.id,
      version: admitted.record.version,
      fields: { place_of_delivery: 'this_facility', delivery_at: T('2026-10-10 10:00'), mode: 'normal_vaginal', gest_weeks: 39 },
      babies: [{ baby_order: 1, sex: 'M', outcome: 'live', birth_weight_g: 2900, congenital_anomaly: ['cleft_lip_palate'] }],
      acknowledge_warnings: true,
    });
    expect(delivered.record.babies[0]!.screened_for_defects).toBe(true);
  });
});

describe('A4: 2017-18 "discharged within 48 hours" counts discharges only', () => {
  it('leaves out referred out, died and LAMA within 48 h; LAMA by setting', () => {
    const ctx = context();
    const within = (outcome: EpisodeDraft['outcome'], extra: EpisodeDraft = {}) =>
      addRecord(ctx, { ...BASE, outcome, outcome_at: T('2026-10-11 09:00'), ...extra }, [LIVE]).id;
    const discharged = within('discharged');
    within('referred_out', { discharge_condition: null });
    within('died', { discharge_condition: null, maternal_death_cause: 'pph' });
    const lama = within('lama', { discharge_condition: null });
    for (const [format, item] of [
      ['hmis-2017-phc', '2.2.1'],
      ['hmis-2017-chc-sdh-dh', '2.1.1'],
    ] as const) {
      const r = report(ctx, format);
      expect(ids(r, item)).toEqual([discharged]);
      expect(errors(r)).toEqual([]);
    }
    policy(ctx, { lama_counts_as_discharge_48h: true });
    expect(ids(report(ctx, 'hmis-2017-phc'), '2.2.1')).toEqual([discharged, lama]);
  });
});

describe('A5/A6: PPFP without its date, records left open', () => {
  it('refuses PPIUCD or sterilisation without its date at save', () => {
    expect(checkEntry({ ...BASE, ppfp_method: 'ppiucd', ppiucd_at: null })).toMatchObject([
      { field: 'ppiucd_at', severity: 'error', message: 'v.ppfp_date_required' },
    ]);
    expect(checkEntry({ ...BASE, ppfp_method: 'pp_sterilisation', pp_sterilisation_at: null })).toMatchObject([
      { field: 'pp_sterilisation_at', severity: 'error' },
    ]);
    expect(checkEntry({ ...BASE, ppfp_method: 'ppiucd', ppiucd_at: T('2026-10-10 11:00') })).toEqual([]);
  });

  it('the service refuses it too', async () => {
    const ctx = context('2026-10-12T12:00:00+05:30');
    const { id } = addRecord(ctx, { ...BASE, outcome: null, outcome_at: null, discharge_condition: null, ppfp_method: null }, [
      LIVE,
    ]);
    const detail = await call(ctx, 'getEpisode', { id });
    await expect(
      call(ctx, 'updateEpisode', { id, version: detail.record.version, fields: { ppfp_method: 'ppiucd' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('lists imported records with the method but no date, and records open more than 7 days after delivery', () => {
    const ctx = context('2026-10-25T12:00:00+05:30');
    const ppiucd = addRecord(ctx, { ...BASE, ppfp_method: 'ppiucd', ppiucd_at: null }, [LIVE]).id;
    const sterilised = addRecord(ctx, { ...BASE, ppfp_method: 'pp_sterilisation', pp_sterilisation_at: null }, [LIVE]).id;
    const open = { ...BASE, outcome: null, outcome_at: null, discharge_condition: null, ppfp_method: null };
    const old = addRecord(ctx, { ...open, delivery_at: T('2026-10-18 11:00'), admission_at: T('2026-10-18 06:00') }, [LIVE]).id;
    const recent = addRecord(ctx, { ...open, delivery_at: T('2026-10-18 13:00'), admission_at: T('2026-10-18 06:00') }, [
      LIVE,
    ]).id;
    const r = report(ctx);
    const of = (id: number) => r.completeness.find((c) => c.episode_id === id)?.missing ?? [];
    expect(of(ppiucd)).toContain('ppiucd_at');
    expect(of(sterilised)).toContain('pp_sterilisation_at');
    expect(of(old)).toContain('record_open');
    expect(of(recent)).not.toContain('record_open');
    // Still counted by the stay rule (7 days > 48 h).
    expect(ids(r, '2.2.1')).toContain(old);
    expect(translate('hi', 'field.record_open')).not.toBe('field.record_open');
  });
});

describe('Hep-B0 within 24 hours (9.1.10, 14.20.3.e)', () => {
  it('counts a date-time within 24 h of birth; an old date alone on the day of birth or the next', () => {
    const ctx = context();
    const born = { ...BASE, delivery_at: T('2026-10-10 10:00') };
    const within = addRecord(ctx, born, [{ ...LIVE, hepb0_at: T('2026-10-11 10:00') }]).babyIds[0];
    addRecord(ctx, born, [{ ...LIVE, hepb0_at: T('2026-10-11 10:01') }]);
    const oldNextDay = addRecord(ctx, born, [{ ...LIVE, hepb0: '2026-10-11' }]).babyIds[0];
    addRecord(ctx, born, [{ ...LIVE, hepb0: '2026-10-12' }]);
    const positive = addRecord(ctx, { ...born, hbsag_status: 'positive' }, [
      { ...LIVE, hepb0_at: T('2026-10-10 22:00'), hbig_given_at: T('2026-10-10 22:00') },
    ]).babyIds[0];
    addRecord(ctx, { ...born, hbsag_status: 'positive' }, [{ ...LIVE, hepb0_at: T('2026-10-12 09:00') }]);
    const r = report(ctx);
    expect(ids(r, '9.1.10')).toEqual([within, oldNextDay, positive]);
    expect(ids(r, '14.20.3.e')).toEqual([positive]);
    expect(errors(r)).toEqual([]);
  });

  it('the discharge slip says "due" within 24 h of birth and "not given within 24 h" after', () => {
    const fields = { ...BASE, delivery_at: T('2026-10-10 10:00'), outcome_at: T('2026-10-11 09:00') };
    const slipAt = (now: string) => {
      const ctx = context(now);
      fillPrintSettings(ctx);
      const { id } = addRecord(ctx, fields, [{ ...LIVE, vit_k: '2026-10-10', bcg: '2026-10-10', opv0: '2026-10-10' }]);
      return previewSlip(ctx, { episode_id: id, slip: 'discharge' }, 'Nurse').html;
    };
    const early = slipAt('2026-10-11T09:30:00+05:30');
    expect(early).toContain(translate('en', 'slip.due'));
    expect(early).not.toContain(translate('en', 'slip.hepb0_window_passed'));
    const late = slipAt('2026-10-11T10:30:00+05:30');
    expect(late).toContain(translate('en', 'slip.hepb0_window_passed'));
    expect(late).toContain(translate('hi', 'slip.hepb0_window_passed'));
  });
});

describe('Item 6: NBSU overridable, women of 60 and more', () => {
  it('14.11.1 NBSU admissions may be overridden like 14.11.2 (outborn babies)', () => {
    const ctx = context();
    for (const id of ['hmis-2022-sb1', 'hmis-2022-sb3']) {
      const items = getFormat(ctx, id).items;
      expect(items.find((i) => i.item_no === '14.11.1')!.overridable).toBe(true);
      expect(items.find((i) => i.item_no === '14.11.2')!.overridable).toBe(true);
    }
  });

  it('a woman of 60 is in no IPD band of these formats: the report says why beside it', () => {
    const ctx = context();
    const { id } = addRecord(
      ctx,
      { ...BASE, age_years: 60, place_of_delivery: null, delivery_at: null, mode: null, number_of_babies: null },
      [],
    );
    const r = report(ctx);
    expect([value(r, '14.3.1.c'), value(r, '14.3.1.d'), value(r, '14.3.2.d')]).toEqual([0, 0, 0]);
    expect(r.not_counted).toEqual([{ episode_id: id, reason: 'age_60_plus', weeks: null }]);
    // The 2017-18 formats have no IPD items: nothing to explain there.
    expect(report(ctx, 'hmis-2017-phc').not_counted).toEqual([]);
  });
});
