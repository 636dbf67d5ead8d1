import { createHash } from 'node:crypto';
import type { HmisFormat } from '../../shared/hmis/format';
import { summarizeFormat } from '../../shared/hmis/format';
import type { ComputeKey } from '../../shared/hmis/keys';
import type { HmisReport, NotCounted, ReportCheck, ReportHeader } from '../../shared/hmis/report';
import { formatIdForMonth } from '../../shared/hmis/settings';
import { missingFields } from '../../shared/register/rules';
import { nextMonth, previousMonth, toLocalIso } from '../../shared/time';
import type { DbHandle } from '../db/handle';
import type { FacilitySettings } from '../../shared/settings';
import { facilitySettings } from '../register/context';
import {
  buildItems,
  computeKeys,
  itemValues,
  keysOf,
  registerChecks,
  runFormatRules,
  type ItemValue,
  type KeyResults,
} from './engine';
import { hashableFacts, loadFacts, type Dataset, type EpisodeFact } from './facts';
import { isFoetalLoss, type IndicatorEnv } from './indicators';
import { forFormat, indicatorEnv } from './settings';
import { earlierReports, inputsOf, storedReport, type StoredReport } from './store';

/*
 * A month's report from the register: load the rows that can count (this month and the months the trend rules
 * compare with, in one pass), count, apply the clerk's inputs, check. A submitted month shows its frozen
 * snapshot, with the differences from what the register gives now.
 */

/** Register fields whose gap leaves an HMIS item short (docs/domain/register.md §9): the completeness warning lists them. */
const HMIS_FIELDS = new Set([
  'admission_category',
  'referred_in_from_name',
  'referred_in_reason',
  'hiv_status',
  'syphilis_status',
  'hbsag_status',
  'gest_weeks',
  'complications',
  'mgso4_given',
  'antenatal_corticosteroids',
  'ppfp_method',
  'birth_weight_g',
  'bf_within_1h',
  'baby_exit',
]);

/** hmis.md §3.1 A6: a record still open this many days after delivery is listed (it still counts by the stay rule). */
const OPEN_AFTER_DELIVERY_DAYS = 7;

/**
 * Records of the month (delivered in it, or left undelivered in it) with gaps in fields that feed items: also a
 * PPFP method without its date (A5, imported records) and a record left open after delivery (A6).
 */
export function completeness(data: Dataset, month: string, nowMs: number): { episode_id: number; missing: string[] }[] {
  const inMonth = (iso: string | null) => iso !== null && iso.slice(0, 7) === month;
  const list: { episode_id: number; missing: string[] }[] = [];
  for (const e of data.episodes) {
    if (!(inMonth(e.delivery_at) || (e.delivery_at === null && inMonth(e.outcome_at)))) continue;
    const missing = missingFields(e).filter((path) => {
      const parts = path.split('.');
      // A still birth has no breastfeeding or exit to record.
      if (parts[0] === 'babies' && e.babies[Number(parts[1])]?.outcome !== 'live') return false;
      return HMIS_FIELDS.has(parts[parts.length - 1]!);
    });
    if (e.ppfp_method === 'ppiucd' && !e.ppiucd_at) missing.push('ppiucd_at');
    if (e.ppfp_method === 'pp_sterilisation' && !e.pp_sterilisation_at) missing.push('pp_sterilisation_at');
    if (e.delivery_at !== null && e.outcome === null && nowMs - Date.parse(e.delivery_at) > OPEN_AFTER_DELIVERY_DAYS * DAY_MS)
      missing.push('record_open');
    if (e.delivery_at !== null) {
      // The sex decides 4.1.1.a/b; the register requires it at delivery, imports may lack it.
      e.babies.forEach((b, i) => {
        if (b.sex === null) missing.push(`babies.${i}.sex`);
      });
    }
    if (missing.length > 0) list.push({ episode_id: e.id, missing });
  }
  return list.sort((a, b) => a.episode_id - b.episode_id);
}

const DAY_MS = 86_400_000;
const IPD_KEY = /^ipd\.(admission|discharge|referred|death)\./;

/**
 * What the report leaves out on purpose, listed beside it: foetal losses of the month (A1: not deliveries) and,
 * where the format's IPD items stop at 59 years, women of 60 and more admitted or leaving in the month.
 */
export function notCounted(format: HmisFormat, data: Dataset, month: string, env: IndicatorEnv): NotCounted[] {
  const inMonth = (iso: string | null) => iso !== null && iso.slice(0, 7) === month;
  const out: NotCounted[] = [];
  const ipdBands = format.items.some((i) => i.compute !== 'manual' && IPD_KEY.test(i.compute));
  for (const e of data.episodes) {
    if (e.place_of_delivery === 'this_facility' && inMonth(e.delivery_at) && isFoetalLoss(e, env))
      out.push({ episode_id: e.id, reason: 'foetal_loss', weeks: env.stillBirthFromWeeks });
    if (ipdBands && e.age !== null && e.age >= 60 && (inMonth(e.admission_at) || inMonth(e.outcome_at)))
      out.push({ episode_id: e.id, reason: 'age_60_plus', weeks: null });
  }
  return out.sort((a, b) => a.episode_id - b.episode_id);
}

/** The previous `count` months, most recent first. */
function monthsBefore(month: string, count: number): string[] {
  const out: string[] = [];
  let m = month;
  for (let i = 0; i < count; i++) out.push((m = previousMonth(m)));
  return out;
}

/** How many earlier months the format's trend rules compare with (at least last month, shown beside). */
function historyLength(format: HmisFormat): number {
  let n = 1;
  for (const rule of format.rules) {
    if (rule.kind === 'spike') n = Math.max(n, rule.months);
    if (rule.kind === 'repeated_constant') n = Math.max(n, rule.months - 1);
  }
  return n;
}

function valuesMap(values: Map<string, ItemValue>): Map<string, number | null> {
  return new Map([...values].map(([item, v]) => [item, v.value]));
}

/** SHA-256 over the counted rows' report-relevant values: what a submission counted. */
export function inputsHash(format: HmisFormat, data: Dataset, episodeIds: Iterable<number>, babyIds: Iterable<number>): string {
  const episodes = new Set(episodeIds);
  const babies = new Set(babyIds);
  for (const b of data.babies) if (babies.has(b.id)) episodes.add(b.episode.id);
  const counted = data.episodes.filter((e) => episodes.has(e.id));
  const countedBabies = data.babies.filter((b) => babies.has(b.id));
  return createHash('sha256')
    .update(JSON.stringify({ format: format.id, facts: hashableFacts(counted, countedBabies) }))
    .digest('hex');
}

function header(f: FacilitySettings): ReportHeader {
  return {
    hospital_name: f.hospital_name,
    address: f.address,
    registration_no: f.registration_no,
    hmis_facility_code: f.hmis_facility_code,
    state: f.state,
    district: f.district,
    block: f.block,
    facility_type: f.facility_type,
    ownership: f.ownership,
  };
}

function rowRefs(
  data: Dataset,
  items: HmisReport['items'],
  checks: ReportCheck[],
  listed: { episode_id: number }[],
): HmisReport['rows'] {
  const episodeIds = new Set<number>(listed.map((i) => i.episode_id));
  const babyIds = new Set<number>();
  for (const x of [...items, ...checks]) {
    for (const id of x.episode_ids) episodeIds.add(id);
    for (const id of x.baby_ids) babyIds.add(id);
  }
  const episodes: HmisReport['rows']['episodes'] = {};
  const babies: HmisReport['rows']['babies'] = {};
  const ref = (e: EpisodeFact) => ({ serial_no: e.serial_no, mother_name: e.mother_name, delivery_at: e.delivery_at });
  for (const b of data.babies) {
    if (!babyIds.has(b.id)) continue;
    babies[b.id] = { episode_id: b.episode.id, baby_order: b.baby_order };
    episodes[b.episode.id] = ref(b.episode);
  }
  for (const e of data.episodes) if (episodeIds.has(e.id)) episodes[e.id] = ref(e);
  return { episodes, babies };
}

export interface ComputedMonth {
  report: HmisReport;
  data: Dataset;
  results: KeyResults;
}

/** The month's report in a format (the settings' format for the month unless another is asked for). */
export function computeReport(
  ctx: DbHandle,
  format: HmisFormat,
  month: string,
  baseEnv: IndicatorEnv = indicatorEnv(ctx),
): ComputedMonth {
  const env = forFormat(baseEnv, format);
  const settings = env.policy;
  const history = monthsBefore(month, historyLength(format));
  const current = storedReport(ctx, month, format.id);
  const earlier = earlierReports(ctx, format.id, history);
  // Earlier months as reported: a submitted month is its frozen values (what the portal holds, and no work); the
  // others are counted now, in the same pass as this month.
  const toCount = [month, ...history.filter((m) => !earlier.get(m)?.submittedValues)];
  const data = loadFacts(ctx.sqlite, toCount[toCount.length - 1]!, month);
  const keys: ComputeKey[] = keysOf(format);
  const results = computeKeys(keys, toCount, data, env);
  const monthResults = results.get(month)!;
  const values = itemValues(format, monthResults, inputsOf(current), env);
  const historyValues = history.map(
    (m) => earlier.get(m)?.submittedValues ?? valuesMap(itemValues(format, results.get(m)!, inputsOf(earlier.get(m)), env)),
  );
  const items = buildItems(format, monthResults, values, historyValues[0]!);
  const incomplete = completeness(data, month, env.nowMs);
  const leftOut = notCounted(format, data, month, env);
  const acks = inputsOf(current).acknowledgements;
  const checks = [
    ...runFormatRules({ format, results: monthResults, values, history: historyValues, data }),
    ...registerChecks({ results: monthResults, values, env, incomplete }),
  ].map((c) => ({ ...c, acknowledgement: c.severity === 'warning' && c.passed === false ? (acks[c.ack_key] ?? null) : null }));
  const facility = facilitySettings(ctx);
  const nowIso = toLocalIso(env.nowMs, facility.time_zone);
  const report: HmisReport = {
    month,
    previous_month: history[0]!,
    format: summarizeFormat(format),
    settings_format_id: formatIdForMonth(settings, month),
    header: header(facility),
    generated_at: nowIso,
    due_date: `${nextMonth(month)}-${String(settings.due_day).padStart(2, '0')}`,
    status: current?.status ?? 'draft',
    submitted_at: current?.submitted_at ?? null,
    submitted_by: current?.submitted_by ?? null,
    final_exported_at: current?.final_exported_at ?? null,
    version: current?.version ?? 0,
    items,
    checks,
    completeness: incomplete,
    not_counted: leftOut,
    rows: rowRefs(data, items, checks, [...incomplete, ...leftOut]),
    summary: summarize(items, checks),
    finalisable: false,
    changes: null,
    inputs: inputsOf(current),
    policy: settings,
  };
  report.finalisable = report.summary.errors === 0 && report.summary.warnings_open === 0;
  if (current?.status === 'submitted' && current.snapshot)
    return { report: frozen(report, current, format, data), data, results: monthResults };
  return { report, data, results: monthResults };
}

export function summarize(items: HmisReport['items'], checks: ReportCheck[]): HmisReport['summary'] {
  const failed = checks.filter((c) => c.passed === false);
  return {
    errors: failed.filter((c) => c.severity === 'error').length,
    warnings_open: failed.filter((c) => c.severity === 'warning' && !c.acknowledgement).length,
    warnings_acknowledged: failed.filter((c) => c.severity === 'warning' && !!c.acknowledgement).length,
    manual_blank: items.filter((i) => i.source === 'manual' && i.value === null).length,
  };
}

/** The counted rows of a report, for its hash. */
export function countedIds(report: Pick<HmisReport, 'items' | 'checks' | 'completeness'>): {
  episodes: number[];
  babies: number[];
} {
  return {
    episodes: [...report.items.flatMap((i) => i.episode_ids), ...report.completeness.map((c) => c.episode_id)],
    babies: report.items.flatMap((i) => i.baby_ids),
  };
}

/** A submitted month: the snapshot as submitted, and what differs in the register now. */
function frozen(now: HmisReport, stored: StoredReport, format: HmisFormat, data: Dataset): HmisReport {
  const snap = stored.snapshot!;
  const then = countedIds(snap);
  const currentValues = new Map(now.items.map((i) => [i.item_no, i.value]));
  const changedItems = snap.items
    .filter((i) => (currentValues.get(i.item_no) ?? null) !== i.value)
    .map((i) => ({ item_no: i.item_no, submitted: i.value, current: currentValues.get(i.item_no) ?? null }));
  // The rows counted then, as they are now: an edit, a void or a move out of the month changes the hash.
  const recordsChanged = inputsHash(format, data, then.episodes, then.babies) !== snap.inputs_hash;
  return {
    ...now,
    format: snap.format,
    generated_at: snap.generated_at,
    items: snap.items.map((i) => ({
      ...i,
      previous_value: now.items.find((n) => n.item_no === i.item_no)?.previous_value ?? null,
    })),
    checks: snap.checks,
    completeness: snap.completeness,
    not_counted: snap.not_counted,
    rows: snap.rows,
    summary: snap.summary,
    inputs: snap.inputs,
    policy: snap.policy,
    finalisable: true,
    changes: {
      submitted_at: stored.submitted_at ?? '',
      records_changed: recordsChanged,
      items: changedItems,
    },
  };
}
