import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getReport } from '../../src/main/hmis/service';
import { updateHmisSettings } from '../../src/main/hmis/settings';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { toLocalIso } from '../../src/shared/time';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, type BabyDraft, type EpisodeDraft } from '../helpers/register';

/*
 * Random registers against a second, deliberately naive counter written here: it works on instants and derives the
 * IST month and hour by adding 5 h 30 min to UTC (the engine reads them from the stored text), and walks records
 * one by one. Any disagreement on any of these items is a bug in one of the two.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const IST = 330 * MINUTE;
const MONTH = '2026-10';
const NOW = Date.parse('2026-11-15T12:00:00+05:30');
const FROM = Date.parse('2026-08-25T00:00:00+05:30');
const TO = Date.parse('2026-11-05T00:00:00+05:30');
/** Instants where a wrong month or night rule shows. */
const EDGES = [
  '2026-09-30T23:59:00+05:30',
  '2026-10-01T00:00:00+05:30',
  '2026-10-01T02:00:00+05:30',
  '2026-10-31T23:59:00+05:30',
  '2026-11-01T00:00:00+05:30',
  '2026-10-15T20:00:00+05:30',
  '2026-10-15T08:00:00+05:30',
  '2026-10-15T07:59:00+05:30',
].map(Date.parse);

const iso = (ms: number) => toLocalIso(ms, 'Asia/Kolkata');
const istMonth = (ms: number) => new Date(ms + IST).toISOString().slice(0, 7);
const istHour = (ms: number) => new Date(ms + IST).getUTCHours();
const istDate = (ms: number) => new Date(ms + IST).toISOString().slice(0, 10);

const instant = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FROM, max: TO }).map((ms) => ms - (ms % MINUTE)) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGES) },
);

const babyArb = fc.record({
  bornAfterMin: fc.integer({ min: 0, max: 90 }),
  sex: fc.constantFrom('M', 'F', 'ambiguous') as fc.Arbitrary<'M' | 'F' | 'ambiguous'>,
  outcome: fc.constantFrom('live', 'live', 'live', 'fresh_still_birth', 'macerated_still_birth') as fc.Arbitrary<
    'live' | 'fresh_still_birth' | 'macerated_still_birth'
  >,
  weight: fc.option(fc.oneof(fc.integer({ min: 300, max: 6000 }), fc.constantFrom(1799, 1800, 2499, 2500)), { nil: null }),
  bf: fc.option(fc.boolean(), { nil: null }),
  screened: fc.option(fc.boolean(), { nil: null }),
  /** An anomaly is sometimes recorded on a baby not marked as screened (hmis.md §3.1 A3). */
  anomaly: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  vitKDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  bcgDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  deathAfterHours: fc.option(fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constantFrom(23, 24, 191, 192, 695, 696)), {
    nil: null,
  }),
  deathPlace: fc.constantFrom('in_facility', 'in_transit_facility_to_facility', 'after_discharge') as fc.Arbitrary<
    'in_facility' | 'in_transit_facility_to_facility' | 'after_discharge'
  >,
  removed: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

const recordArb = fc.record({
  admission: instant,
  deliveryAfterMin: fc.option(fc.integer({ min: 0, max: 30 * 60 }), { nil: null }),
  place: fc.constantFrom('this_facility', 'this_facility', 'this_facility', 'in_transit', 'home_before_arrival') as fc.Arbitrary<
    'this_facility' | 'in_transit' | 'home_before_arrival'
  >,
  mode: fc.constantFrom('normal_vaginal', 'assisted_vacuum', 'lscs_emergency', 'lscs_elective') as fc.Arbitrary<
    'normal_vaginal' | 'assisted_vacuum' | 'lscs_emergency' | 'lscs_elective'
  >,
  age: fc.integer({ min: 10, max: 60 }),
  // Below 24 weeks a still birth is a foetal loss (A1); without gestation it counts by weight (A2).
  gest: fc.option(fc.oneof(fc.integer({ min: 20, max: 45 }), fc.constantFrom(23, 24, 27, 28)), { nil: null }),
  exitAfterMin: fc.option(
    fc.oneof(fc.integer({ min: 0, max: 200 * 60 }), fc.constantFrom(47 * 60 + 59, 48 * 60, 71 * 60 + 59, 72 * 60)),
    {
      nil: null,
    },
  ),
  exit: fc.constantFrom('discharged', 'discharged', 'referred_out', 'lama', 'died', 'absconded') as fc.Arbitrary<
    'discharged' | 'referred_out' | 'lama' | 'died' | 'absconded'
  >,
  ppiucdAfterMin: fc.option(fc.oneof(fc.integer({ min: 0, max: 60 * 60 }), fc.constantFrom(48 * 60, 48 * 60 + 1)), { nil: null }),
  voided: fc.integer({ min: 0, max: 9 }).map((n) => n < 1),
  babies: fc.array(babyArb, { minLength: 1, maxLength: 3 }),
});
type Gen = typeof recordArb extends fc.Arbitrary<infer R> ? R : never;

/** A still birth's weeks as counted: entered, or 28 when it weighed 1000 g or more, else none (A2). */
const stillWeeks = (r: Gen, b: Gen['babies'][number]): number | null =>
  r.gest ?? (b.weight !== null && b.weight >= 1000 ? 28 : null);

/** Every (kept) baby still born below 24 weeks, the threshold of sub-version B: a foetal loss, no delivery (A1). */
function foetalLoss(r: Gen): boolean {
  const kept = r.babies.filter((b) => !b.removed);
  return kept.length > 0 && kept.every((b) => b.outcome !== 'live' && (stillWeeks(r, b) ?? 0) < 24);
}

/** The naive counter: one record at a time, months and hours from instants. */
function reference(records: Gen[]): Record<string, number> {
  const n: Record<string, number> = {};
  const add = (item: string) => (n[item] = (n[item] ?? 0) + 1);
  for (const r of records) {
    if (r.voided) continue;
    const delivery = r.deliveryAfterMin === null ? null : r.admission + r.deliveryAfterMin * MINUTE;
    const exitAt = r.exitAfterMin === null ? null : (delivery ?? r.admission) + r.exitAfterMin * MINUTE;
    const lscs = r.mode.startsWith('lscs');
    const D = delivery !== null && r.place === 'this_facility' && istMonth(delivery) === MONTH && !foetalLoss(r);
    if (istMonth(r.admission) === MONTH) {
      if (r.age < 18) add('14.3.1.c');
      else if (r.age < 60) add('14.3.1.d');
    }
    if (exitAt !== null && istMonth(exitAt) === MONTH) {
      if (r.exit === 'lama' || r.exit === 'absconded') {
        add('14.3.7.a');
        if (delivery !== null) add('14.3.7.b');
      }
      if (r.exit === 'died') add('16.5.8');
    }
    if (D) {
      add('2.2');
      const stay = ((exitAt ?? NOW) - delivery) / HOUR;
      const night = istHour(delivery) >= 20 || istHour(delivery) < 8;
      if (lscs) {
        add('3.1');
        if (night) add('3.1.1');
        if (stay >= 72) add('3.1.2');
      } else {
        if (night) add('2.2.2');
        if (stay >= 48) add('2.2.1');
      }
      add(r.age < 15 ? '2.3.1' : r.age <= 19 ? '2.3.2' : r.age <= 49 ? '2.3.3' : '2.3.4');
    }
    if (delivery !== null && r.ppiucdAfterMin !== null) {
      const at = delivery + r.ppiucdAfterMin * MINUTE;
      if (istMonth(at) === MONTH && r.ppiucdAfterMin <= 48 * 60) add('8.4');
    }
    for (const b of r.babies) {
      if (b.removed || delivery === null) continue;
      const born = delivery + b.bornAfterMin * MINUTE;
      const bornDay = Date.parse(`${istDate(born)}T00:00:00Z`);
      const doseMonth = (days: number | null) =>
        days === null ? null : new Date(bornDay + days * 24 * HOUR).toISOString().slice(0, 7);
      if (b.outcome === 'live' && doseMonth(b.vitKDays) === MONTH) add('9.1.1');
      if (b.outcome === 'live' && doseMonth(b.bcgDays) === MONTH) add('9.1.2');
      if (b.outcome === 'live' && b.deathAfterHours !== null && b.deathPlace !== 'after_discharge') {
        const death = born + b.deathAfterHours * HOUR;
        if (istMonth(death) === MONTH && b.deathAfterHours < 29 * 24)
          add(b.deathAfterHours < 24 ? '16.1.1a' : b.deathAfterHours < 8 * 24 ? '16.1.2.a' : '16.1.3.a');
      }
      if (!D) continue;
      if (b.outcome === 'live' && b.sex !== 'ambiguous') {
        add(b.sex === 'M' ? '4.1.1.a' : '4.1.1.b');
        if (r.gest !== null && r.gest < 37) add('4.1.2');
        if (b.weight !== null) {
          add('4.4.1');
          if (b.weight < 2500) add('4.4.2');
          if (b.weight < 1800) add('4.4.2.a');
        }
        if (b.bf === true) add('4.4.3');
        if (b.screened === true || b.anomaly) add('4.5.1');
        if (b.anomaly) add('4.5.1.a');
      } else if (b.outcome !== 'live' && stillWeeks(r, b) !== null) {
        const weeks = stillWeeks(r, b)!;
        if (weeks >= 28) add(b.outcome === 'fresh_still_birth' ? '4.1.3.a' : '4.1.3.b');
        else if (weeks >= 24) add('4.1.3.c');
      }
    }
  }
  return n;
}

function insert(ctx: Parameters<typeof addRecord>[0], r: Gen): void {
  const delivery = r.deliveryAfterMin === null ? null : r.admission + r.deliveryAfterMin * MINUTE;
  const exitAt = r.exitAfterMin === null ? null : (delivery ?? r.admission) + r.exitAfterMin * MINUTE;
  const fields: EpisodeDraft = {
    admission_at: iso(r.admission),
    mother_name: 'Random',
    age_years: r.age,
    place_of_delivery: delivery === null ? null : r.place,
    delivery_at: delivery === null ? null : iso(delivery),
    mode: delivery === null ? null : r.mode,
    number_of_babies: delivery === null ? null : r.babies.length,
    gest_weeks: r.gest,
    complications: [],
    outcome: exitAt === null ? null : r.exit,
    outcome_at: exitAt === null ? null : iso(exitAt),
    maternal_death_cause: exitAt !== null && r.exit === 'died' ? 'other_unknown' : null,
    ppiucd_at: delivery === null || r.ppiucdAfterMin === null ? null : iso(delivery + r.ppiucdAfterMin * MINUTE),
  };
  const babies: BabyDraft[] =
    delivery === null
      ? []
      : r.babies.map((b) => {
          const born = delivery + b.bornAfterMin * MINUTE;
          const day = (days: number | null) =>
            days === null
              ? null
              : new Date(Date.parse(`${istDate(born)}T00:00:00Z`) + days * 24 * HOUR).toISOString().slice(0, 10);
          return {
            born_at: iso(born),
            sex: b.sex,
            outcome: b.outcome,
            birth_weight_g: b.weight,
            bf_within_1h: b.bf,
            screened_for_defects: b.outcome === 'live' ? b.screened : null,
            congenital_anomaly: b.outcome === 'live' && b.anomaly ? ['cleft_lip_palate'] : null,
            vit_k: b.outcome === 'live' ? day(b.vitKDays) : null,
            bcg: b.outcome === 'live' ? day(b.bcgDays) : null,
            neonatal_death: b.outcome === 'live' && b.deathAfterHours !== null,
            neonatal_death_at: b.outcome === 'live' && b.deathAfterHours !== null ? iso(born + b.deathAfterHours * HOUR) : null,
            neonatal_death_place: b.outcome === 'live' && b.deathAfterHours !== null ? b.deathPlace : null,
            removed: b.removed,
          };
        });
  addRecord(ctx, fields, babies, { voided: r.voided });
}

const ITEMS = [
  '2.2', '2.2.1', '2.2.2', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '3.1', '3.1.1', '3.1.2', '4.1.1.a', '4.1.1.b', '4.1.2',
  '4.1.3.a', '4.1.3.b', '4.1.3.c', '4.4.1', '4.4.2', '4.4.2.a', '4.4.3', '4.5.1', '4.5.1.a', '8.4', '9.1.1', '9.1.2', '14.3.1.c',
  '14.3.1.d', '14.3.7.a', '14.3.7.b', '16.1.1a', '16.1.2.a', '16.1.3.a', '16.5.8',
]; // prettier-ignore

describe('HMIS engine against a naive per-record counter (fast-check)', () => {
  it('agrees on every item for random registers around the month', () => {
    const ctx = testContext({ clock: fixedClock('2026-11-15T12:00:00+05:30') });
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 0, maxLength: 25 }), (records) => {
        ctx.sqlite.exec('DELETE FROM baby; DELETE FROM episode;');
        for (const r of records) insert(ctx, r);
        const report = getReport(ctx, { month: MONTH, format_id: 'hmis-2022-sb3' });
        const want = reference(records);
        const got = Object.fromEntries(ITEMS.map((no) => [no, report.items.find((i) => i.item_no === no)!.value]));
        expect(got).toEqual(Object.fromEntries(ITEMS.map((no) => [no, want[no] ?? 0])));
      }),
      { numRuns: 120, seed: 20261125 },
    );
  });

  it('fails no check of severity "error" on random correct registers (hmis.md §3: errors are for what correct data cannot produce)', () => {
    const ctx = testContext({ clock: fixedClock('2026-11-15T12:00:00+05:30') });
    // Ambiguous sex is a policy the admin decides (P01 asks for it): counted here as the setting allows.
    updateHmisSettings(ctx, LOCAL_ADMIN_SESSION, { ambiguous_sex_counts_as: 'M' });
    // A delivery keeps at least one baby (the register requires it at delivery).
    const correct = recordArb.map((r) => ({ ...r, babies: r.babies.map((b, i) => (i === 0 ? { ...b, removed: false } : b)) }));
    fc.assert(
      fc.property(fc.array(correct, { minLength: 0, maxLength: 25 }), (records) => {
        ctx.sqlite.exec('DELETE FROM baby; DELETE FROM episode;');
        for (const r of records) insert(ctx, r);
        for (const format_id of ['hmis-2022-sb3', 'hmis-2022-sb1', 'hmis-2017-chc-sdh-dh', 'hmis-2017-phc']) {
          const report = getReport(ctx, { month: MONTH, format_id });
          const failed = report.checks.filter((c) => c.severity === 'error' && c.passed === false);
          expect(failed.map((c) => `${format_id} ${c.rule_id}: ${c.details.map((d) => d.text).join('; ')}`)).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 20261204 },
    );
  });
});
