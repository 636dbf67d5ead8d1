import type Database from 'better-sqlite3';
import { DASHBOARD_FIGURE_IDS, type Dashboard, type DashboardFigureId, type FigureValue } from '../../shared/care/dashboard';
import type { ComputeKey } from '../../shared/hmis/keys';
import { addDays, daysBetween, localDate, nextMonth, previousMonth, toLocalIso } from '../../shared/time';
import { computeKeys, type KeyResult } from '../hmis/engine';
import { loadFacts, type Dataset, type EpisodeFact } from '../hmis/facts';
import type { IndicatorEnv } from '../hmis/indicators';
import { riskReasons } from '../../shared/care/risk';

/*
 * The month at a glance (docs/domain/care.md §3), computed in one pass over the 12 months of the trends: the
 * register rows are read once (the HMIS loader, plus the referrals and Form 1 dates of those rows), then counted per
 * month. Figures that are HMIS items are the HMIS engine's computation keys, so screen and report agree.
 */

export interface DashboardOptions {
  env: IndicatorEnv;
  timeZone: string;
  hospitalName: string;
  /** Decision → departure target (care settings): the share of referrals over it is a figure. */
  referralTargetMinutes: number;
  /** Day of the next month the HMIS report is due. */
  reportDueDay: number;
  /** Form 1 is due this many days after the birth (RBD Act: 21). */
  form1DueDays: number;
}

/** The HMIS keys the dashboard reads (each is an item of every shipped format, or a rule operand). */
const KEYS = [
  'deliveries.institutional',
  'deliveries.lscs',
  'births.live',
  'births.live.weighed',
  'births.live.lbw_2500',
  'births.still',
  'births.still.fresh_28plus',
  'births.still.macerated_28plus',
  'maternal_deaths.total',
  'neonatal_deaths.lt24h',
  'neonatal_deaths.1_7d',
  'ppfp.ppiucd_48h',
] as const satisfies readonly ComputeKey[];
type Key = (typeof KEYS)[number];

/** The 12 months ending with `month`, oldest first. */
export function trendMonths(month: string, count = 12): string[] {
  const out = [month];
  while (out.length < count) out.unshift(previousMonth(out[0]!));
  return out;
}

interface Rows {
  episodeIds: number[];
  babyIds: number[];
}
interface Cell extends Rows {
  value: FigureValue;
}

const count = (rows: Partial<Rows>): Cell => {
  const episodeIds = rows.episodeIds ?? [];
  const babyIds = rows.babyIds ?? [];
  return { value: { value: episodeIds.length + babyIds.length }, episodeIds, babyIds };
};

/** A share: `null` (shown "—") when there is nothing to divide by, never NaN. */
const ratio = (numerator: Partial<Rows>, denominator: number, scale: number): Cell => {
  const cell = count(numerator);
  const n = cell.value.value!;
  cell.value =
    denominator === 0
      ? { value: null, numerator: n, denominator }
      : { value: Math.round((n / denominator) * scale * 10) / 10, numerator: n, denominator };
  return cell;
};

const fromKey = (r: KeyResult): Rows => ({ episodeIds: r.episodeIds, babyIds: r.babyIds });

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

interface ReferralRow {
  episode_id: number;
  baby_order: number | null;
  decision_at: string | null;
  departure_at: string | null;
}

interface Extra {
  /** The mother's referral out (or the first one) per episode. */
  referrals: Map<number, ReferralRow>;
  /** Form 1 submission date per baby. */
  form1Submitted: Map<number, string | null>;
  /** Local date each month's report was submitted. */
  submitted: Map<string, string>;
}

const json = (values: readonly number[]) => JSON.stringify(values);

function loadExtra(sqlite: Database.Database, data: Dataset, months: readonly string[], timeZone: string): Extra {
  const referredOut = data.episodes.filter((e) => e.outcome === 'referred_out').map((e) => e.id);
  const referrals = new Map<number, ReferralRow>();
  const rows = sqlite
    .prepare(
      `SELECT episode_id, baby_order, decision_at, departure_at FROM referral
       WHERE episode_id IN (SELECT value FROM json_each(?)) ORDER BY (baby_order IS NOT NULL), id`,
    )
    .all(json(referredOut)) as ReferralRow[];
  for (const row of rows) if (!referrals.has(row.episode_id)) referrals.set(row.episode_id, row);

  const babyIds = data.babies.filter((b) => b.outcome === 'live').map((b) => b.id);
  const form1 = sqlite
    .prepare(`SELECT id, crs_form1_submitted_at AS at FROM baby WHERE id IN (SELECT value FROM json_each(?))`)
    .all(json(babyIds)) as { id: number; at: string | null }[];

  const reports = sqlite
    .prepare(`SELECT month, submitted_at FROM hmis_report WHERE status = 'submitted' AND month >= ? AND month <= ?`)
    .all(months[0], months[months.length - 1]) as { month: string; submitted_at: string | null }[];
  const submitted = new Map<string, string>();
  for (const r of reports)
    if (r.submitted_at) submitted.set(r.month, localDate(toLocalIso(Date.parse(r.submitted_at), timeZone)));
  return { referrals, form1Submitted: new Map(form1.map((f) => [f.id, f.at])), submitted };
}

const inMonth = (iso: string | null, month: string) => iso !== null && iso.slice(0, 7) === month;
const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

function monthCells(
  month: string,
  keys: Map<ComputeKey, KeyResult>,
  data: Dataset,
  extra: Extra,
  options: DashboardOptions,
  today: string,
): Record<DashboardFigureId, Cell> {
  const key = (k: Key) => keys.get(k)!;
  const deliveries = key('deliveries.institutional');
  const deliveredEpisodes = new Set(deliveries.episodeIds);
  const byMode = (test: (e: EpisodeFact) => boolean) =>
    data.episodes.filter((e) => deliveredEpisodes.has(e.id) && test(e)).map((e) => e.id);
  const lscs = key('deliveries.lscs');

  const live = key('births.live');
  const still = key('births.still');
  const births = live.value + still.value;

  const exits = data.episodes.filter((e) => inMonth(e.outcome_at, month));
  const referredOut = exits.filter((e) => e.outcome === 'referred_out');
  const delays: { id: number; minutes: number }[] = [];
  for (const e of referredOut) {
    const r = extra.referrals.get(e.id);
    if (r?.decision_at && r.departure_at) delays.push({ id: e.id, minutes: minutesBetween(r.decision_at, r.departure_at) });
  }
  const longest = delays.reduce<{ id: number; minutes: number } | null>((a, d) => (a && a.minutes >= d.minutes ? a : d), null);
  const overTarget = delays.filter((d) => d.minutes > options.referralTargetMinutes).map((d) => d.id);

  // The care rule itself (care.md §1), whatever definition the HMIS settings choose for 1.9.x.
  const now = new Date(options.env.nowMs);
  const hrp = exits.filter((e) => riskReasons(e, options.env.care, now).length > 0);
  const hrpBy = (test: (e: EpisodeFact) => boolean) => ({ episodeIds: hrp.filter(test).map((e) => e.id) });

  // Form 1 on time: live births of the month whose 21 days are over or whose Form 1 is in, submitted within 21 days.
  let form1Due = 0;
  const form1OnTime: number[] = [];
  const babiesById = new Map(data.babies.map((b) => [b.id, b]));
  for (const id of live.babyIds) {
    const born = babiesById.get(id)?.born_at ?? babiesById.get(id)?.episode.delivery_at;
    if (!born) continue;
    const dueBy = addDays(localDate(born), options.form1DueDays);
    const submitted = extra.form1Submitted.get(id) ?? null;
    if (submitted === null && today <= dueBy) continue;
    form1Due++;
    if (submitted !== null && daysBetween(localDate(born), submitted) <= options.form1DueDays) form1OnTime.push(id);
  }

  // Report timeliness: days after the due day (0 = on time); not submitted and past due: the days it is late so far.
  const dueDate = `${nextMonth(month)}-${String(options.reportDueDay).padStart(2, '0')}`;
  const submittedOn = extra.submitted.get(month) ?? null;
  const lateBy = (on: string) => Math.max(0, daysBetween(dueDate, on));
  const daysLate: FigureValue =
    submittedOn !== null ? { value: lateBy(submittedOn) } : today > dueDate ? { value: lateBy(today) } : { value: null };

  return {
    deliveries: count(fromKey(deliveries)),
    'deliveries.normal': count({ episodeIds: byMode((e) => e.mode === 'normal_vaginal') }),
    'deliveries.assisted': count({
      episodeIds: byMode((e) => e.mode === 'assisted_vacuum' || e.mode === 'assisted_forceps'),
    }),
    'deliveries.lscs': count(fromKey(lscs)),
    lscs_rate: ratio(fromKey(lscs), deliveries.value, 100),
    'births.live': count(fromKey(live)),
    lbw_rate: ratio(fromKey(key('births.live.lbw_2500')), key('births.live.weighed').value, 100),
    still_birth_rate: ratio(fromKey(still), births, 1000),
    'births.still.fresh': count(fromKey(key('births.still.fresh_28plus'))),
    'births.still.macerated': count(fromKey(key('births.still.macerated_28plus'))),
    referrals_out: count({ episodeIds: referredOut.map((e) => e.id) }),
    'referrals_out.before_delivery': count({
      episodeIds: referredOut.filter((e) => e.delivery_at === null).map((e) => e.id),
    }),
    'referrals_out.after_delivery': count({
      episodeIds: referredOut.filter((e) => e.delivery_at !== null).map((e) => e.id),
    }),
    'referral_delay.median': {
      value: { value: median(delays.map((d) => d.minutes)), denominator: delays.length },
      episodeIds: delays.map((d) => d.id),
      babyIds: [],
    },
    'referral_delay.longest': {
      value: { value: longest?.minutes ?? null },
      episodeIds: longest ? [longest.id] : [],
      babyIds: [],
    },
    'referral_delay.over_target': ratio({ episodeIds: overTarget }, delays.length, 100),
    referrals_in: count({
      episodeIds: data.episodes
        .filter((e) => inMonth(e.admission_at, month) && e.admission_category === 'referred_in')
        .map((e) => e.id),
    }),
    maternal_deaths: count(fromKey(key('maternal_deaths.total'))),
    'neonatal_deaths.lt24h': count(fromKey(key('neonatal_deaths.lt24h'))),
    'neonatal_deaths.1_7d': count(fromKey(key('neonatal_deaths.1_7d'))),
    hrp_women: count({ episodeIds: hrp.map((e) => e.id) }),
    'hrp.discharged': count(hrpBy((e) => e.outcome === 'discharged')),
    'hrp.referred_out': count(hrpBy((e) => e.outcome === 'referred_out')),
    'hrp.died': count(hrpBy((e) => e.outcome === 'died')),
    'hrp.other_exit': count(hrpBy((e) => e.outcome === 'lama' || e.outcome === 'absconded')),
    ppiucd_rate: ratio(fromKey(key('ppfp.ppiucd_48h')), deliveries.value, 100),
    form1_on_time: ratio({ babyIds: form1OnTime }, form1Due, 100),
    report_days_late: { value: daysLate, episodeIds: [], babyIds: [] },
  };
}

/** The dashboard of `month` with its 12-month trends. */
export function computeDashboard(sqlite: Database.Database, month: string, options: DashboardOptions): Dashboard {
  const months = trendMonths(month);
  const data = loadFacts(sqlite, months[0]!, month);
  const keys = computeKeys(KEYS, months, data, options.env);
  const extra = loadExtra(sqlite, data, months, options.timeZone);
  const today = localDate(toLocalIso(options.env.nowMs, options.timeZone));
  const cells = months.map((m) => monthCells(m, keys.get(m)!, data, extra, options, today));
  const current = cells[cells.length - 1]!;

  const series = {} as Dashboard['series'];
  const rows = {} as Dashboard['rows'];
  const episodeIds = new Set<number>();
  const babyIds = new Set<number>();
  for (const id of DASHBOARD_FIGURE_IDS) {
    series[id] = cells.map((c) => c[id].value);
    rows[id] = { episode_ids: current[id].episodeIds, baby_ids: current[id].babyIds };
    current[id].episodeIds.forEach((e) => episodeIds.add(e));
    current[id].babyIds.forEach((b) => babyIds.add(b));
  }
  const lookup: Dashboard['lookup'] = { episodes: {}, babies: {} };
  for (const b of data.babies) {
    if (!babyIds.has(b.id)) continue;
    lookup.babies[b.id] = { episode_id: b.episode.id, baby_order: b.baby_order };
    episodeIds.add(b.episode.id);
  }
  for (const e of data.episodes) {
    if (episodeIds.has(e.id))
      lookup.episodes[e.id] = { serial_no: e.serial_no, mother_name: e.mother_name, delivery_at: e.delivery_at };
  }
  return {
    month,
    months,
    hospital_name: options.hospitalName,
    referral_target_minutes: options.referralTargetMinutes,
    series,
    rows,
    lookup,
  };
}
