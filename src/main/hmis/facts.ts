import type Database from 'better-sqlite3';
import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { addDays, ageOn, nextMonth } from '../../shared/time';
import type { ColumnKind } from '../db/schema/columns';
import { MOTHER_REFERRAL_REASONS_SQL } from '../care/risk-rows';
import { BABY_KINDS, EPISODE_KINDS } from '../register/rows';
import { statement } from '../db/statements';

/*
 * What the HMIS engine reads from the register: the columns its indicators and completeness checks use, for the
 * rows that can count in the months asked for. Loading is two or three indexed range queries; everything else is
 * counting in JS over these plain objects (the same objects are built from a whole record when the register
 * service asks how one record's edit changes a submitted month).
 */

export const EPISODE_FACT_FIELDS = [
  'admission_at',
  'admission_category',
  'age_years',
  'dob',
  'referred_in_from_name',
  'referred_in_reason',
  'place_of_delivery',
  'delivery_at',
  'mode',
  'number_of_babies',
  'gest_weeks',
  'para',
  'complications',
  'mgso4_given',
  'antenatal_corticosteroids',
  'blood_transfusion',
  'syphilis_tested_here',
  'syphilis_status',
  'hiv_tested_here',
  'hiv_status',
  'direct_in_labour',
  'hbsag_status',
  'risk_factors',
  'hb_g_dl',
  'bp_systolic',
  'bp_diastolic',
  'ifa_180_given',
  'calcium_360_given',
  'mlcu',
  'ppfp_method',
  'ppiucd_at',
  'pp_sterilisation_at',
  'outcome',
  'outcome_at',
  'maternal_death_cause',
  'fbmdr_done',
  'fbmdr_date',
] as const satisfies readonly (keyof EpisodeRecord)[];

export const BABY_FACT_FIELDS = [
  'baby_order',
  'born_at',
  'sex',
  'outcome',
  'birth_weight_g',
  'bf_within_1h',
  'resuscitation',
  'exclusive_bf_till_discharge',
  'vit_k',
  'bcg',
  'opv0',
  'hepb0',
  'hepb0_at',
  'hbig_given_at',
  'screened_for_defects',
  'congenital_anomaly',
  'newborn_unit',
  'neonatal_death',
  'neonatal_death_at',
  'neonatal_death_place',
  'neonatal_death_cause',
  'baby_exit',
] as const satisfies readonly (keyof BabyRecord)[];

type EpisodeFactField = (typeof EPISODE_FACT_FIELDS)[number];
type BabyFactField = (typeof BABY_FACT_FIELDS)[number];

export interface BabyFact extends Pick<BabyRecord, BabyFactField> {
  id: number;
  episode: EpisodeFact;
}

export interface EpisodeFact extends Pick<EpisodeRecord, EpisodeFactField> {
  id: number;
  serial_no: string;
  mother_name: string | null;
  record_state: EpisodeRecord['record_state'];
  /** Completed years: `age_years`, or from the date of birth at delivery (admission if undelivered). */
  age: number | null;
  /** Reasons on the mother's referral slips: they make her high-risk (care.md §1). */
  referral_reasons: string[];
  babies: BabyFact[];
}

export interface Dataset {
  episodes: EpisodeFact[];
  babies: BabyFact[];
}

const EPISODE_META = ['id', 'serial_no', 'mother_name', 'record_state'] as const;
const EPISODE_COLUMNS = [...EPISODE_META, ...EPISODE_FACT_FIELDS];
const BABY_COLUMNS = ['id', 'episode_id', ...BABY_FACT_FIELDS] as const;

const cols = (names: readonly string[], alias = '') => names.map((n) => `${alias}"${n}"`).join(', ');

/** Stored as 0/1 or JSON text: converted in place on the row objects SQLite returns (the rest is as stored). */
const converted = (names: readonly string[], kinds: Record<string, ColumnKind>) => ({
  booleans: names.filter((n) => kinds[n] === 'boolean'),
  json: names.filter((n) => kinds[n] === 'json'),
});
const EPISODE_CONVERT = converted(EPISODE_FACT_FIELDS, EPISODE_KINDS);
const BABY_CONVERT = converted(BABY_FACT_FIELDS, BABY_KINDS);

function convertRow(row: Record<string, unknown>, convert: { booleans: string[]; json: string[] }): void {
  for (const name of convert.booleans) if (row[name] !== null) row[name] = row[name] === 1;
  for (const name of convert.json) if (row[name] !== null) row[name] = JSON.parse(row[name] as string);
}

function episodeFromRow(row: Record<string, unknown>): EpisodeFact {
  convertRow(row, EPISODE_CONVERT);
  row.referral_reasons = JSON.parse(row.referral_reasons as string);
  const ep = row as unknown as EpisodeFact;
  ep.age = ageOf(ep);
  ep.babies = [];
  return ep;
}

function babyFromRow(row: Record<string, unknown>): { fact: Omit<BabyFact, 'episode'>; episodeId: number } {
  convertRow(row, BABY_CONVERT);
  return { fact: row as unknown as Omit<BabyFact, 'episode'>, episodeId: row.episode_id as number };
}

function ageOf(ep: Pick<EpisodeFact, 'age_years' | 'dob' | 'delivery_at' | 'admission_at'>): number | null {
  if (ep.age_years !== null) return ep.age_years;
  const on = ep.delivery_at ?? ep.admission_at;
  return ep.dob && on ? ageOn(ep.dob, on) : null;
}

/**
 * Days before the first month whose deliveries can still count in it by a later event bounded by the delivery: a
 * PPIUCD ≤ 48 h, a sterilisation ≤ 7 days. Unbounded later events (birth doses, neonatal deaths) are found by
 * their own date's index instead.
 */
export const LOOKBACK_DAYS = 7;

interface Statements {
  episodes: Database.Statement;
  episodesById: Database.Statement;
  laterEvents: Database.Statement;
  babies: Database.Statement;
}
const statements = new WeakMap<Database.Database, Statements>();

const range = (column: string, from: string) => `(${column} >= @${from} AND ${column} < @to)`;
// Each disjunct is a range on an indexed column: SQLite answers it with a multi-index OR.
const IN_RANGE = [
  range('delivery_at', 'lookback'),
  range('admission_at', 'from'),
  range('outcome_at', 'from'),
  range('fbmdr_date', 'from'),
].join(' OR ');
/** Baby dates not bounded by the delivery (birth doses, neonatal death): each has its own index. */
export const LATER_EVENT_DATES = ['vit_k', 'bcg', 'opv0', 'hepb0', 'hepb0_at', 'neonatal_death_at'] as const;
export type LaterEventDate = (typeof LATER_EVENT_DATES)[number];

/** Birth doses and neonatal deaths count by their own date, which can be long after the delivery: those babies' mothers. */
const laterEventsSql = (dates: readonly LaterEventDate[]) =>
  dates.map((date) => `SELECT episode_id FROM baby WHERE removed_at IS NULL AND ${range(date, 'from')}`).join(' UNION ALL ');

function prepare(sqlite: Database.Database): Statements {
  let s = statements.get(sqlite);
  if (s) return s;
  const byIds = 'IN (SELECT value FROM json_each(@ids))';
  const episodeColumns = `${cols(EPISODE_COLUMNS)}, ${MOTHER_REFERRAL_REASONS_SQL} AS referral_reasons`;
  s = {
    episodes: sqlite.prepare(`SELECT ${episodeColumns} FROM episode WHERE voided_at IS NULL AND (${IN_RANGE})`),
    episodesById: sqlite.prepare(`SELECT ${episodeColumns} FROM episode WHERE voided_at IS NULL AND id ${byIds}`),
    laterEvents: sqlite.prepare(laterEventsSql(LATER_EVENT_DATES)).pluck(),
    babies: sqlite.prepare(`SELECT ${cols(BABY_COLUMNS)} FROM baby WHERE removed_at IS NULL AND episode_id ${byIds}`),
  };
  statements.set(sqlite, s);
  return s;
}

const rangeParams = (first: string, last: string) => ({
  from: first,
  to: nextMonth(last),
  lookback: addDays(`${first}-01`, -LOOKBACK_DAYS),
});

/**
 * A cheap summary (count, id and version sums, last update) of the records that can count in the months
 * `first`…`last`, voided ones included: it changes whenever one of them is written, enters or leaves the months
 * (every write to a record, its babies and referrals included, bumps its version and `updated_at`: register
 * `touch`). Read from the indexes plus one row look-up per record, no row objects. Of the later events only `dates`
 * (`laterEventDatesOf` the keys counted): the birth doses' indexes hold most babies of the months.
 */
export function factsFingerprint(
  sqlite: Database.Database,
  first: string,
  last: string,
  dates: readonly LaterEventDate[],
): string {
  const sql =
    `SELECT count(*) || ':' || total(id) || ':' || total(version) || ':' || total(id * version) || ':' ||
       ifnull(max(updated_at), '') FROM episode WHERE ${IN_RANGE}` +
    (dates.length > 0 ? ` OR id IN (${laterEventsSql(dates)})` : '');
  return statement(sqlite, sql).pluck().get(rangeParams(first, last)) as string;
}

/** The register rows that can count in the months `first`…`last` (voided records and removed babies never do). */
export function loadFacts(sqlite: Database.Database, first: string, last: string): Dataset {
  const s = prepare(sqlite);
  const params = rangeParams(first, last);
  const episodes = (s.episodes.all(params) as Record<string, unknown>[]).map(episodeFromRow);
  const byId = new Map(episodes.map((e) => [e.id, e]));
  const missing = [...new Set((s.laterEvents.all(params) as number[]).filter((id) => !byId.has(id)))];
  if (missing.length > 0) {
    for (const row of s.episodesById.all({ ids: JSON.stringify(missing) }) as Record<string, unknown>[]) {
      const ep = episodeFromRow(row);
      episodes.push(ep);
      byId.set(ep.id, ep);
    }
  }
  const babies = (s.babies.all({ ids: JSON.stringify([...byId.keys()]) }) as Record<string, unknown>[]).map(babyFromRow);
  return link(episodes, babies, byId);
}

function link(
  episodes: EpisodeFact[],
  rawBabies: { fact: Omit<BabyFact, 'episode'>; episodeId: number }[],
  byId: Map<number, EpisodeFact>,
): Dataset {
  const babies: BabyFact[] = [];
  for (const { fact, episodeId } of rawBabies) {
    const episode = byId.get(episodeId);
    if (!episode) continue; // a voided record's baby
    const baby = fact as BabyFact;
    baby.episode = episode;
    episode.babies.push(baby);
    babies.push(baby);
  }
  for (const ep of episodes) ep.babies.sort((a, b) => a.baby_order - b.baby_order);
  return { episodes, babies };
}

/** One whole record as facts (for the "edits after reporting" check); a voided record counts nowhere. */
export function factsOfRecord(record: EpisodeRecord): Dataset {
  if (record.void) return { episodes: [], babies: [] };
  const fact: Record<string, unknown> = { babies: [] };
  for (const name of EPISODE_COLUMNS) fact[name] = record[name as keyof EpisodeRecord] ?? null;
  const ep = fact as unknown as EpisodeFact;
  ep.age = ageOf(ep);
  ep.referral_reasons = record.referrals.filter((r) => r.baby_order === null).flatMap((r) => r.reasons ?? []);
  const rawBabies = record.babies.map((b) => {
    const baby: Record<string, unknown> = { id: b.id };
    for (const name of BABY_FACT_FIELDS) baby[name] = b[name];
    return { fact: baby as unknown as Omit<BabyFact, 'episode'>, episodeId: record.id };
  });
  return link([ep], rawBabies, new Map([[ep.id, ep]]));
}

/** The facts' values that feed the report, in a stable order: what a submitted report's hash is taken over. */
export function hashableFacts(episodes: Iterable<EpisodeFact>, babies: Iterable<BabyFact>): unknown[] {
  const eps = [...episodes]
    .sort((a, b) => a.id - b.id)
    .map((e) => [e.id, ...EPISODE_FACT_FIELDS.map((f) => e[f] ?? null), e.referral_reasons]);
  const bs = [...babies]
    .sort((a, b) => a.id - b.id)
    .map((b) => [b.id, b.episode.id, ...BABY_FACT_FIELDS.map((f) => b[f] ?? null)]);
  return [eps, bs];
}
