import { evaluateComparison, operandsOf, parseExpression, type Comparison, type Sum } from '../../shared/hmis/expression';
import type { FormatItem, FormatRule, HmisFormat } from '../../shared/hmis/format';
import { isComputeKey, type ComputeKey } from '../../shared/hmis/keys';
import type { ItemSource, ReportCheck, ReportInputs, ReportItem } from '../../shared/hmis/report';
import { bothLanguages } from './messages';
import type { Dataset } from './facts';
import { BABY_BASES, EPISODE_BASES, INDICATORS, type IndicatorEnv } from './indicators';

/*
 * The pure part of the report: counts per computation key and month over loaded facts, the items of a format
 * (computed, entered or overridden), and the format's validation rules. No I/O: the service loads, this counts.
 */

export interface KeyResult {
  value: number;
  episodeIds: number[];
  babyIds: number[];
}
export type KeyResults = Map<ComputeKey, KeyResult>;

/** Keys computed for every report whatever the format: the app's own checks read them. */
const ALWAYS: ComputeKey[] = ['births.live.ambiguous_sex', 'births.live'];

/** The keys a format needs: its items' and its rules' `$key` operands. */
export function keysOf(format: HmisFormat): ComputeKey[] {
  const keys = new Set<ComputeKey>(ALWAYS);
  for (const item of format.items) if (item.compute !== 'manual') keys.add(item.compute);
  for (const rule of format.rules) {
    if (rule.kind !== 'compare') continue;
    for (const key of operandsOf(parsedRule(rule)).keys) if (isComputeKey(key)) keys.add(key);
  }
  return [...keys];
}

/** Facts grouped by the month of each basis date they are counted by (only the bases and months asked for). */
function byMonth<F>(
  facts: readonly F[],
  bases: Record<string, (f: F, env: IndicatorEnv) => string | null>,
  names: ReadonlySet<string>,
  months: ReadonlySet<string>,
  env: IndicatorEnv,
): Map<string, Map<string, F[]>> {
  const out = new Map<string, Map<string, F[]>>();
  for (const name of names) {
    const basis = bases[name]!;
    const groups = new Map<string, F[]>();
    for (const fact of facts) {
      const date = basis(fact, env);
      if (date === null) continue;
      const month = date.slice(0, 7);
      if (!months.has(month)) continue;
      const group = groups.get(month);
      if (group) group.push(fact);
      else groups.set(month, [fact]);
    }
    out.set(name, groups);
  }
  return out;
}

/**
 * Counts each key for each month: a fact counts in the month its basis date falls in (the local month is the first
 * 7 characters of the stored ISO text). Facts are grouped by basis and month once; each key then tests only the
 * facts of its basis in the months asked for.
 */
export function computeKeys(
  keys: readonly ComputeKey[],
  months: readonly string[],
  data: Dataset,
  env: IndicatorEnv,
): Map<string, KeyResults> {
  const monthSet = new Set(months);
  const episodeBases = new Set<string>();
  const babyBases = new Set<string>();
  for (const key of keys) {
    const indicator = INDICATORS[key];
    if (indicator.unit === 'episode') episodeBases.add(indicator.basis);
    else if (indicator.unit === 'baby') babyBases.add(indicator.basis);
  }
  const episodes = byMonth(data.episodes, EPISODE_BASES, episodeBases, monthSet, env);
  const babies = byMonth(data.babies, BABY_BASES, babyBases, monthSet, env);
  const out = new Map<string, KeyResults>(months.map((m) => [m, new Map()]));
  for (const key of keys) {
    const indicator = INDICATORS[key];
    for (const month of months) {
      const result: KeyResult = { value: 0, episodeIds: [], babyIds: [] };
      if (indicator.unit === 'fixed') {
        result.value = indicator.value;
      } else if (indicator.unit === 'episode') {
        for (const e of episodes.get(indicator.basis)!.get(month) ?? []) if (indicator.test(e, env)) result.episodeIds.push(e.id);
        result.value = result.episodeIds.length;
      } else {
        for (const b of babies.get(indicator.basis)!.get(month) ?? []) if (indicator.test(b, env)) result.babyIds.push(b.id);
        result.value = result.babyIds.length;
      }
      out.get(month)!.set(key, result);
    }
  }
  return out;
}

const parsedRules = new WeakMap<FormatRule, Comparison[]>();
function parsedRule(rule: Extract<FormatRule, { kind: 'compare' }>): Comparison[] {
  let parsed = parsedRules.get(rule);
  if (!parsed) {
    parsed = parseExpression(rule.expression);
    parsedRules.set(rule, parsed);
  }
  return parsed;
}

export interface ItemValue {
  value: number | null;
  outreach: number | null;
  source: ItemSource;
  computed_value: number | null;
  override_reason: string | null;
}

/** One item's reported value: the register's count, the clerk's entry, or the override. */
export function itemValue(
  format: HmisFormat,
  item: FormatItem,
  results: KeyResults,
  inputs: ReportInputs,
  env: IndicatorEnv,
): ItemValue {
  const hasOutreach = format.value_columns.includes('outreach');
  const defaultOutreach = hasOutreach && env.policy.outreach_value === 'zero' ? 0 : null;
  if (item.compute === 'manual') {
    const entered = inputs.manual[item.item_no];
    return {
      value: entered?.in_facility ?? null,
      outreach: hasOutreach ? (entered?.outreach ?? defaultOutreach) : null,
      source: 'manual',
      computed_value: null,
      override_reason: null,
    };
  }
  const computed = results.get(item.compute)?.value ?? 0;
  const base = { outreach: defaultOutreach, computed_value: computed, override_reason: null };
  if (item.compute === 'fixed.not_applicable') return { ...base, value: computed, source: 'not_applicable' };
  const override = item.overridable ? inputs.overrides[item.item_no] : undefined;
  if (override) return { ...base, value: override.value, source: 'override', override_reason: override.reason };
  return { ...base, value: computed, source: 'computed' };
}

/** Values of every item of a month (effective, as reported). */
export function itemValues(
  format: HmisFormat,
  results: KeyResults,
  inputs: ReportInputs,
  env: IndicatorEnv,
): Map<string, ItemValue> {
  return new Map(format.items.map((item) => [item.item_no, itemValue(format, item, results, inputs, env)]));
}

export function buildItems(
  format: HmisFormat,
  results: KeyResults,
  values: Map<string, ItemValue>,
  previous: Map<string, number | null>,
): ReportItem[] {
  return [...format.items]
    .sort((a, b) => a.order - b.order)
    .map((item) => {
      const explain = item.compute === 'manual' ? undefined : results.get(item.compute);
      const v = values.get(item.item_no)!;
      return {
        item_no: item.item_no,
        parent: item.parent,
        section: item.section,
        order: item.order,
        wording_en: item.wording_en,
        wording_hi: item.wording_hi,
        compute: item.compute,
        overridable: item.overridable,
        notes: item.notes,
        ...v,
        previous_value: previous.get(item.item_no) ?? null,
        episode_ids: explain?.episodeIds ?? [],
        baby_ids: explain?.babyIds ?? [],
      };
    });
}

export interface CheckContext {
  format: HmisFormat;
  results: KeyResults;
  values: Map<string, ItemValue>;
  /** Effective values of the previous months, most recent first (for the V23 trend rules). */
  history: Map<string, number | null>[];
  data: Dataset;
}

const interpolate = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

function check(rule: FormatRule, fields: Partial<ReportCheck> & Pick<ReportCheck, 'passed'>): ReportCheck {
  return {
    rule_id: rule.id,
    target: null,
    ack_key: rule.id,
    source: 'format',
    severity: rule.severity,
    expression: rule.kind === 'compare' ? rule.expression : null,
    evidence: rule.evidence,
    message: rule.message,
    details: [],
    episode_ids: [],
    baby_ids: [],
    acknowledgement: null,
    ...fields,
  };
}

/** Rows behind a sum: the union of its positive computed items' rows minus its subtracted items' rows. */
function rowsOf(sum: Sum, ctx: CheckContext): { episodes: Set<number>; babies: Set<number> } {
  const episodes = new Set<number>();
  const babies = new Set<number>();
  const removeEpisodes: number[] = [];
  const removeBabies: number[] = [];
  for (const term of sum.terms) {
    const o = term.operand;
    let ids: { episodes: Iterable<number>; babies: Iterable<number> } | null = null;
    if (o.kind === 'sum') {
      ids = rowsOf(o, ctx);
    } else if (o.kind !== 'number') {
      const item = o.kind === 'item' ? ctx.format.items.find((i) => i.item_no === o.item) : null;
      const key = o.kind === 'key' ? o.key : item?.compute;
      const result = key && isComputeKey(key) ? ctx.results.get(key) : undefined;
      if (result) ids = { episodes: result.episodeIds, babies: result.babyIds };
    }
    if (!ids) continue;
    if (term.sign > 0) {
      for (const id of ids.episodes) episodes.add(id);
      for (const id of ids.babies) babies.add(id);
    } else {
      removeEpisodes.push(...ids.episodes);
      removeBabies.push(...ids.babies);
    }
  }
  for (const id of removeEpisodes) episodes.delete(id);
  for (const id of removeBabies) babies.delete(id);
  return { episodes, babies };
}

/**
 * The rows a failed comparison is about: those on the side that should be smaller and are not on the other side
 * (`3.1 <= 2.2`: C-sections that are not institutional deliveries). Babies compared with women are matched by
 * their mother's record (`LB + SB >= DEL`: deliveries with no counted baby).
 */
function involvedRows(
  c: Comparison,
  ctx: CheckContext,
  babyEpisode: (id: number) => number | undefined,
): { episodes: number[]; babies: number[] } {
  const left = rowsOf(c.left, ctx);
  const right = rowsOf(c.right, ctx);
  const diff = (small: typeof left, large: typeof left) => {
    const mothers = new Set(large.episodes);
    for (const id of large.babies) mothers.add(babyEpisode(id) ?? -1);
    return {
      episodes: [...small.episodes].filter((id) => !mothers.has(id)),
      babies: [...small.babies].filter((id) => !large.babies.has(id) && !large.episodes.has(babyEpisode(id) ?? -1)),
    };
  };
  const parts =
    c.op === '<=' || c.op === '<'
      ? [diff(left, right)]
      : c.op === '>=' || c.op === '>'
        ? [diff(right, left)]
        : [diff(left, right), diff(right, left)];
  return {
    episodes: [...new Set(parts.flatMap((p) => p.episodes))],
    babies: [...new Set(parts.flatMap((p) => p.babies))],
  };
}

/** Runs a format's validation rules over a month's values. */
export function runFormatRules(ctx: CheckContext): ReportCheck[] {
  const checks: ReportCheck[] = [];
  const babyMothers = new Map<number, number>();
  const babyEpisode = (id: number) => {
    if (babyMothers.size === 0) for (const b of ctx.data.babies) babyMothers.set(b.id, b.episode.id);
    return babyMothers.get(id);
  };
  const lookup = (o: { kind: 'item'; item: string } | { kind: 'key'; key: string }): number | null => {
    if (o.kind === 'item') return ctx.values.get(o.item)?.value ?? null;
    return isComputeKey(o.key) ? (ctx.results.get(o.key)?.value ?? null) : null;
  };
  for (const rule of ctx.format.rules) {
    switch (rule.kind) {
      case 'compare': {
        const comparisons = parsedRule(rule);
        const details = comparisons.map((c) => evaluateComparison(c, lookup));
        const failed = comparisons.filter((_, i) => details[i]!.passed === false);
        const passed = failed.length > 0 ? false : details.some((d) => d.passed === true) ? true : null;
        const rows = failed.map((c) => involvedRows(c, ctx, babyEpisode));
        checks.push(
          check(rule, {
            passed,
            details,
            episode_ids: [...new Set(rows.flatMap((r) => r.episodes))],
            baby_ids: [...new Set(rows.flatMap((r) => r.babies))],
          }),
        );
        break;
      }
      case 'non_negative_integers': {
        const bad = [...ctx.values.entries()].filter(([, v]) => v.value !== null && !(Number.isInteger(v.value) && v.value >= 0));
        checks.push(
          check(rule, {
            passed: bad.length === 0,
            details: bad.map(([item, v]) => ({ text: `${item} = ${v.value}`, left: v.value, right: 0, passed: false })),
          }),
        );
        break;
      }
      case 'spike':
        checks.push(
          ...trendChecks(rule, ctx, rule.months, (item, value, past) => {
            const average = past.reduce((s, v) => s + v, 0) / past.length;
            if (average < 1 || value <= rule.factor * average) return null;
            return { value, average: Math.round(average * 10) / 10, factor: rule.factor, months: rule.months, item };
          }),
        );
        break;
      case 'repeated_constant':
        // Computed values cannot be copied from last month; only typed or overridden ones are checked.
        checks.push(
          ...trendChecks(rule, ctx, rule.months - 1, (item, value, past) => {
            const source = ctx.values.get(item)?.source;
            if ((source !== 'manual' && source !== 'override') || value === 0 || past.some((v) => v !== value)) return null;
            return { value, months: rule.months, item };
          }),
        );
        break;
    }
  }
  return checks;
}

/** Per-item trend rules: one failed check per item they flag, or one passed check. */
function trendChecks(
  rule: FormatRule,
  ctx: CheckContext,
  months: number,
  flag: (item: string, value: number, past: number[]) => Record<string, string | number> | null,
): ReportCheck[] {
  const failures: ReportCheck[] = [];
  if (ctx.history.length < months) return [check(rule, { passed: null })];
  for (const [item, v] of ctx.values) {
    if (v.value === null || v.source === 'not_applicable') continue;
    const past = ctx.history.slice(0, months).map((h) => h.get(item) ?? null);
    if (past.some((p) => p === null)) continue;
    const params = flag(item, v.value, past as number[]);
    if (!params) continue;
    failures.push(
      check(rule, {
        passed: false,
        target: item,
        ack_key: `${rule.id}:${item}`,
        message: { en: interpolate(rule.message.en, params), hi: interpolate(rule.message.hi, params) },
        details: [{ text: `${item}: ${(past as number[]).join(', ')} → ${v.value}`, left: v.value, right: null, passed: false }],
      }),
    );
  }
  return failures.length > 0 ? failures : [check(rule, { passed: true })];
}

/** App checks that are not in any format: a policy still to decide, blank manual items, register gaps. */
export function registerChecks(options: {
  results: KeyResults;
  values: Map<string, ItemValue>;
  env: IndicatorEnv;
  incomplete: { episode_id: number; missing: string[] }[];
}): ReportCheck[] {
  const base = {
    target: null,
    source: 'register' as const,
    expression: null,
    evidence: 'register.md §9; hmis.md §2, §5',
    details: [],
    episode_ids: [],
    baby_ids: [],
    acknowledgement: null,
  };
  const checks: ReportCheck[] = [];
  const ambiguous = options.results.get('births.live.ambiguous_sex')!;
  if (options.env.policy.ambiguous_sex_counts_as === 'ask') {
    checks.push({
      ...base,
      rule_id: 'P01',
      ack_key: 'P01',
      severity: 'error',
      message: bothLanguages('hmis.check.ambiguous_sex', { count: ambiguous.value }),
      passed: ambiguous.value === 0,
      baby_ids: ambiguous.babyIds,
    });
  }
  const blank = [...options.values.entries()].filter(([, v]) => v.source === 'manual' && v.value === null).map(([item]) => item);
  checks.push({
    ...base,
    rule_id: 'M01',
    ack_key: 'M01',
    severity: 'warning',
    message: bothLanguages('hmis.check.manual_blank', { count: blank.length }),
    passed: blank.length === 0,
    details: blank.map((item) => ({ text: item, left: null, right: null, passed: false })),
  });
  checks.push({
    ...base,
    rule_id: 'C01',
    ack_key: 'C01',
    severity: 'warning',
    message: bothLanguages('hmis.check.incomplete', { count: options.incomplete.length }),
    passed: options.incomplete.length === 0,
    episode_ids: options.incomplete.map((i) => i.episode_id),
  });
  return checks;
}
