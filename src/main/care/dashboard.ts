import type Database from 'better-sqlite3';
import { DASHBOARD_FIGURE_IDS, type Dashboard, type DashboardFigureId, type FigureValue } from '../../shared/care/dashboard';
import type { ComputeKey } from '../../shared/hmis/keys';
import { addDays, daysBetween, localDate, nextMonth, previousMonth, toLocalIso } from '../../shared/time';
import { computeKeys, type KeyResult } from '../hmis/engine';
import { factsFingerprint, loadFacts, type BabyFact, type Dataset, type EpisodeFact } from '../hmis/facts';
import { laterEventDatesOf, type IndicatorEnv } from '../hmis/indicators';
import { riskReasons } from '../../shared/care/risk';

/*
 * The month at a glance (docs/domain/care.md §3), computed in one pass over the 12 months of the trends: the
 * register rows are read once (the HMIS loader, plus the referrals and Form 1 dates of those rows), then counted per
 * month. Figures that are HMIS items are the HMIS engine's computation keys, so screen and report agree.
 *
 * Each month's figures are kept (`MonthCache`, one per database connection) with a fingerprint of the records they
 * were counted from and the settings they were counted under; a call reads the fingerprints of its 12 months (index
 * reads) and only the rows of months whose fingerprint changed. Report timeliness is not kept: it is counted from
 * the few report rows on every call.
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
/** The later-event dates those keys count by (neonatal deaths): the rest of the fingerprint is the date ranges. */
const LATER_DATES = laterEventDatesOf(KEYS);

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
}

const json = (values: readonly number[]) => JSON.stringify(values);

function loadExtra(sqlite: Database.Database, data: Dataset): Extra {
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
  return { referrals, form1Submitted: new Map(form1.map((f) => [f.id, f.at])) };
}

/** Local date each month's report was submitted. */
function reportsSubmitted(sqlite: Database.Database, months: readonly string[], timeZone: string): Map<string, string> {
  const reports = sqlite
    .prepare(`SELECT month, submitted_at FROM hmis_report WHERE status = 'submitted' AND month >= ? AND month <= ?`)
    .all(months[0], months[months.length - 1]) as { month: string; submitted_at: string | null }[];
  const submitted = new Map<string, string>();
  for (const r of reports)
    if (r.submitted_at) submitted.set(r.month, localDate(toLocalIso(Date.parse(r.submitted_at), timeZone)));
  return submitted;
}

const monthOf = (iso: string | null) => iso?.slice(0, 7) ?? null;

/** The loaded rows by id and by the month they left or were admitted in: each month's figures look up, not scan. */
interface Indexed {
  episodes: Map<number, EpisodeFact>;
  babies: Map<number, BabyFact>;
  exits: Map<string, EpisodeFact[]>;
  admissions: Map<string, EpisodeFact[]>;
}

function indexRows(data: Dataset): Indexed {
  const byMonth = (month: (e: EpisodeFact) => string | null) => {
    const out = new Map<string, EpisodeFact[]>();
    for (const e of data.episodes) {
      const m = month(e);
      if (m === null) continue;
      const list = out.get(m);
      if (list) list.push(e);
      else out.set(m, [e]);
    }
    return out;
  };
  return {
    episodes: new Map(data.episodes.map((e) => [e.id, e])),
    babies: new Map(data.babies.map((b) => [b.id, b])),
    exits: byMonth((e) => monthOf(e.outcome_at)),
    admissions: byMonth((e) => monthOf(e.admission_at)),
  };
}

const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** Every figure but report timeliness (counted on each call from the report rows). */
type KeptFigureId = Exclude<DashboardFigureId, 'report_days_late'>;

interface MonthFigures {
  cells: Record<KeptFigureId, Cell>;
  /** The latest Form 1 due date compared with today: past it, today no longer changes the figures. */
  lastForm1Due: string | null;
}

function monthCells(
  month: string,
  keys: Map<ComputeKey, KeyResult>,
  rows: Indexed,
  extra: Extra,
  options: DashboardOptions,
  today: string,
): MonthFigures {
  const key = (k: Key) => keys.get(k)!;
  const deliveries = key('deliveries.institutional');
  const delivered = deliveries.episodeIds.map((id) => rows.episodes.get(id)!);
  const byMode = (test: (e: EpisodeFact) => boolean) => delivered.filter(test).map((e) => e.id);
  const lscs = key('deliveries.lscs');

  const live = key('births.live');
  const still = key('births.still');
  const births = live.value + still.value;

  const exits = rows.exits.get(month) ?? [];
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
  let lastForm1Due: string | null = null;
  const form1OnTime: number[] = [];
  for (const id of live.babyIds) {
    const born = rows.babies.get(id)?.born_at ?? rows.babies.get(id)?.episode.delivery_at;
    if (!born) continue;
    const dueBy = addDays(localDate(born), options.form1DueDays);
    if (lastForm1Due === null || dueBy > lastForm1Due) lastForm1Due = dueBy;
    const submitted = extra.form1Submitted.get(id) ?? null;
    if (submitted === null && today <= dueBy) continue;
    form1Due++;
    if (submitted !== null && daysBetween(localDate(born), submitted) <= options.form1DueDays) form1OnTime.push(id);
  }

  const cells = {
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
      episodeIds: (rows.admissions.get(month) ?? []).filter((e) => e.admission_category === 'referred_in').map((e) => e.id),
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
  };
  return { cells, lastForm1Due };
}

/** Report timeliness: days after the due day (0 = on time); not submitted and past due: the days it is late so far. */
function reportDaysLate(month: string, submittedOn: string | null, reportDueDay: number, today: string): Cell {
  const dueDate = `${nextMonth(month)}-${String(reportDueDay).padStart(2, '0')}`;
  const lateBy = (on: string) => Math.max(0, daysBetween(dueDate, on));
  const value: FigureValue =
    submittedOn !== null ? { value: lateBy(submittedOn) } : today > dueDate ? { value: lateBy(today) } : { value: null };
  return { value, episodeIds: [], babyIds: [] };
}

/** A month's figures as counted, with what they were counted from. */
interface MonthEntry extends MonthFigures {
  /** The settings and the fingerprint of the register rows they were counted under. */
  key: string;
  /** The local date they were counted on (Form 1 "not yet due" depends on it). */
  today: string;
  /** Serial numbers and names of the rows the figures name (for the drill-down). */
  lookup: Dashboard['lookup'];
}

/** Months' figures kept between calls; see the module comment. */
export type MonthCache = Map<string, MonthEntry>;

/** Enough for two years of months looked at; the oldest counted goes first. */
const MAX_KEPT_MONTHS = 24;
const caches = new WeakMap<Database.Database, MonthCache>();

/** The cache of a connection: a restored database is a new connection, so nothing of the old one is served. */
export function monthCacheOf(sqlite: Database.Database): MonthCache {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  return cache;
}

/**
 * What, besides the register rows, the kept figures depend on. "Now" is left out on purpose: none of the dashboard's
 * HMIS keys counts a stay so far, and the high-risk rule reads the delivery or admission date, never today, for
 * women who have left.
 */
function settingsKey(options: DashboardOptions): string {
  const { policy, care, stillBirthFromWeeks } = options.env;
  return JSON.stringify([
    policy,
    care,
    stillBirthFromWeeks,
    options.timeZone,
    options.referralTargetMinutes,
    options.form1DueDays,
  ]);
}

/** The key a month's figures are kept under: the settings and the fingerprint of the month's records as they are. */
const monthKey = (sqlite: Database.Database, settings: string, month: string) =>
  `${settings}|${factsFingerprint(sqlite, month, month, LATER_DATES)}`;

/** Keeps a month's figures; re-inserted last, so the most recently counted is evicted last. */
function keep(cache: MonthCache, month: string, entry: MonthEntry): void {
  cache.delete(month);
  cache.set(month, entry);
  while (cache.size > MAX_KEPT_MONTHS) cache.delete(cache.keys().next().value!);
}

/** Form 1 figures counted on `entry.today` are the same today when no due date lies between the two days. */
const sameForToday = (entry: MonthEntry, today: string) =>
  entry.today === today || entry.lastForm1Due === null || (entry.today > entry.lastForm1Due && today > entry.lastForm1Due);

function lookupOf(cells: Record<KeptFigureId, Cell>, rows: Indexed): Dashboard['lookup'] {
  const episodeIds = new Set<number>();
  const babyIds = new Set<number>();
  for (const cell of Object.values<Cell>(cells)) {
    cell.episodeIds.forEach((e) => episodeIds.add(e));
    cell.babyIds.forEach((b) => babyIds.add(b));
  }
  const lookup: Dashboard['lookup'] = { episodes: {}, babies: {} };
  for (const id of babyIds) {
    const b = rows.babies.get(id)!;
    lookup.babies[id] = { episode_id: b.episode.id, baby_order: b.baby_order };
    episodeIds.add(b.episode.id);
  }
  for (const id of episodeIds) {
    const e = rows.episodes.get(id)!;
    lookup.episodes[id] = { serial_no: e.serial_no, mother_name: e.mother_name, delivery_at: e.delivery_at };
  }
  return lookup;
}

/** Counts consecutive months `run` from their rows, read once. */
function countMonths(
  sqlite: Database.Database,
  run: readonly string[],
  options: DashboardOptions,
  today: string,
  key: (month: string) => string,
): MonthEntry[] {
  const data = loadFacts(sqlite, run[0]!, run[run.length - 1]!);
  const keys = computeKeys(KEYS, run, data, options.env);
  const extra = loadExtra(sqlite, data);
  const rows = indexRows(data);
  return run.map((m) => {
    const figures = monthCells(m, keys.get(m)!, rows, extra, options, today);
    return { ...figures, key: key(m), today, lookup: lookupOf(figures.cells, rows) };
  });
}

/**
 * The figures of each of `months`: kept ones whose rows and settings are unchanged, the others counted (each run of
 * consecutive months from one read of its rows) and kept.
 */
function monthEntries(
  sqlite: Database.Database,
  months: readonly string[],
  options: DashboardOptions,
  today: string,
  cache: MonthCache,
): MonthEntry[] {
  const settings = settingsKey(options);
  // Fingerprints are read before the rows: a write in between (another connection) at worst makes the next call
  // count the month again; figures are never kept under a fingerprint newer than their rows.
  const keyOf = new Map(months.map((m) => [m, monthKey(sqlite, settings, m)]));
  const key = (m: string) => keyOf.get(m)!;
  const entries = months.map((m) => {
    const kept = cache.get(m);
    return kept && kept.key === key(m) && sameForToday(kept, today) ? kept : null;
  });
  for (let i = 0; i < months.length;) {
    if (entries[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < months.length && !entries[end + 1]) end++;
    countMonths(sqlite, months.slice(i, end + 1), options, today, key).forEach((entry, j) => {
      entries[i + j] = entry;
      keep(cache, months[i + j]!, entry);
    });
    i = end + 1;
  }
  return entries as MonthEntry[];
}

const todayOf = (options: DashboardOptions) => localDate(toLocalIso(options.env.nowMs, options.timeZone));

/** A month's figures counted on another connection (the warm-up job), with the key they were counted under. */
export type CountedMonth = [month: string, entry: MonthEntry];

/** The 12 trend months of `month` counted from their rows, nothing kept: what the warm-up job hands back. */
export function countTrendMonths(sqlite: Database.Database, month: string, options: DashboardOptions): CountedMonth[] {
  const months = trendMonths(month);
  const entries = monthEntries(sqlite, months, options, todayOf(options), new Map());
  return months.map((m, i) => [m, entries[i]!]);
}

/**
 * Keeps months counted on another connection whose key still holds on this one (same settings, records unchanged
 * since their fingerprint was read there); a write in between leaves the month to be counted by the next call.
 * Returns the months kept.
 */
export function keepCountedMonths(
  sqlite: Database.Database,
  counted: readonly CountedMonth[],
  options: DashboardOptions,
  cache: MonthCache,
): string[] {
  const settings = settingsKey(options);
  const today = todayOf(options);
  const kept: string[] = [];
  for (const [month, entry] of counted) {
    if (entry.key !== monthKey(sqlite, settings, month) || !sameForToday(entry, today)) continue;
    keep(cache, month, entry);
    kept.push(month);
  }
  return kept;
}

/** The dashboard of `month` with its 12-month trends, from the months kept in `cache` where they still hold. */
export function computeDashboard(
  sqlite: Database.Database,
  month: string,
  options: DashboardOptions,
  cache: MonthCache,
): Dashboard {
  const months = trendMonths(month);
  const today = todayOf(options);
  const entries = monthEntries(sqlite, months, options, today, cache);
  const submitted = reportsSubmitted(sqlite, months, options.timeZone);
  const cells = entries.map((e, i): Record<DashboardFigureId, Cell> => {
    const m = months[i]!;
    return { ...e.cells, report_days_late: reportDaysLate(m, submitted.get(m) ?? null, options.reportDueDay, today) };
  });
  const current = cells[cells.length - 1]!;

  const series = {} as Dashboard['series'];
  const rows = {} as Dashboard['rows'];
  for (const id of DASHBOARD_FIGURE_IDS) {
    series[id] = cells.map((c) => c[id].value);
    rows[id] = { episode_ids: current[id].episodeIds, baby_ids: current[id].babyIds };
  }
  return {
    month,
    months,
    hospital_name: options.hospitalName,
    referral_target_minutes: options.referralTargetMinutes,
    series,
    rows,
    lookup: entries[entries.length - 1]!.lookup,
  };
}
