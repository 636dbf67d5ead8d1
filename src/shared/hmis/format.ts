import { z } from 'zod';
import { FACILITY_TYPES } from '../settings';
import { monthSchema } from '../report-values';
import { ExpressionError, operandsOf, parseExpression } from './expression';
import { COMPUTE_KEYS, MANUAL, isComputeKey } from './keys';

/*
 * An HMIS format version as data (docs/domain/hmis.md §1.2): `resources/hmis-formats/<id>.json`, one file per format version
 * and facility type, checked by this schema when it loads. Item numbers are text without a trailing dot
 * (`4.1.3.a`); English wording is verbatim from the source (typos included); Hindi wording is ours unless the
 * file says otherwise.
 */

export const ITEM_NO = /^[0-9]+(\.[0-9A-Za-z]+)*$/;
export const SECTIONS = Array.from({ length: 16 }, (_, i) => `M${i + 1}`) as [string, ...string[]];
export const VALUE_COLUMNS = ['in_facility', 'outreach', 'value'] as const;
export const SEVERITIES = ['error', 'warning'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const bilingualText = z.object({ en: text(600), hi: text(600) }).strict();
const month = monthSchema;

export const formatItemSchema = z
  .object({
    item_no: z.string().regex(ITEM_NO, { error: 'v.hmis_item_no' }),
    /** The item this one is "out of" (`2.2.1` → `2.2`), for indentation and reading. */
    parent: z.string().regex(ITEM_NO, { error: 'v.hmis_item_no' }).nullable(),
    section: z.enum(SECTIONS),
    order: z.number().int().min(0),
    wording_en: text(600),
    wording_hi: text(600).nullable(),
    compute: z.enum([...COMPUTE_KEYS, MANUAL]),
    /** A computed value the hospital may replace with a reason (e.g. IPD items: the labour room's share only). */
    overridable: z.boolean().default(false),
    notes: z.string().trim().max(1000).nullable().default(null),
  })
  .strict();
export type FormatItem = z.output<typeof formatItemSchema>;

const ruleBase = {
  id: z.string().regex(/^[A-Z][A-Za-z0-9_.-]{1,20}$/, { error: 'v.hmis_rule_id' }),
  severity: z.enum(SEVERITIES),
  message: bilingualText,
  /** docs/domain/hmis.md evidence tag and source: `C-2nd S3`, `inferred`. */
  evidence: text(120),
};

export const formatRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('compare'), expression: text(1000), ...ruleBase }).strict(),
  /** V01: every value is a non-negative integer. */
  z.object({ kind: z.literal('non_negative_integers'), ...ruleBase }).strict(),
  /** V23 "sudden spike": value > factor × the average of the previous `months` months (items with an average ≥ 1). */
  z
    .object({
      kind: z.literal('spike'),
      factor: z.number().min(1).max(100),
      months: z.number().int().min(1).max(24),
      ...ruleBase,
    })
    .strict(),
  /** V23 "repeated constant": the same non-zero value `months` months running. */
  z.object({ kind: z.literal('repeated_constant'), months: z.number().int().min(2).max(24), ...ruleBase }).strict(),
]);
export type FormatRule = z.output<typeof formatRuleSchema>;

export const hmisFormatSchema = z
  .object({
    format_schema: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,59}$/, { error: 'v.hmis_format_id' }),
    title: bilingualText,
    generation: text(40),
    sub_version: z.string().trim().max(10).nullable(),
    facility_types: z.array(z.enum(FACILITY_TYPES)).min(1),
    /** When the format was in force, as far as the sources tell (informative; settings decide what is used). */
    valid_from: month.nullable(),
    valid_to: month.nullable(),
    value_columns: z.array(z.enum(VALUE_COLUMNS)).min(1).max(2),
    source: text(1000),
    evidence: text(120),
    /** Who wrote the Hindi wording: `prasav` = our translation, not an official text. */
    hindi_wording: z.enum(['prasav', 'official']),
    notes: z.string().trim().max(2000).nullable().default(null),
    items: z.array(formatItemSchema).min(1).max(2000),
    rules: z.array(formatRuleSchema).max(500),
  })
  .strict()
  .superRefine((format, ctx) => {
    const numbers = new Set<string>();
    format.items.forEach((item, i) => {
      if (numbers.has(item.item_no))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'item_no'], message: 'v.hmis_duplicate_item' });
      numbers.add(item.item_no);
    });
    format.items.forEach((item, i) => {
      if (item.parent !== null && !numbers.has(item.parent))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'parent'],
          message: 'v.hmis_unknown_item',
          params: { item: item.parent },
        });
    });
    const ids = new Set<string>();
    format.rules.forEach((rule, i) => {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'v.hmis_duplicate_rule' });
      ids.add(rule.id);
      if (rule.kind !== 'compare') return;
      try {
        const { items, keys } = operandsOf(parseExpression(rule.expression));
        for (const item of items)
          if (!numbers.has(item))
            ctx.addIssue({ code: 'custom', path: ['rules', i, 'expression'], message: 'v.hmis_unknown_item', params: { item } });
        for (const key of keys)
          if (!isComputeKey(key))
            ctx.addIssue({ code: 'custom', path: ['rules', i, 'expression'], message: 'v.hmis_unknown_key', params: { key } });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'expression'],
          message: 'v.hmis_expression',
          params: { detail: error.message },
        });
      }
    });
  });
export type HmisFormat = z.output<typeof hmisFormatSchema>;

/** What the screens need to offer a format (the list of formats, not their items). */
export const formatSummarySchema = z.object({
  id: z.string(),
  title: bilingualText,
  generation: z.string(),
  sub_version: z.string().nullable(),
  facility_types: z.array(z.enum(FACILITY_TYPES)),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
  value_columns: z.array(z.enum(VALUE_COLUMNS)),
  items: z.number().int(),
});
export type FormatSummary = z.output<typeof formatSummarySchema>;

export function summarizeFormat(format: HmisFormat): FormatSummary {
  const { id, title, generation, sub_version, facility_types, valid_from, valid_to, value_columns } = format;
  return { id, title, generation, sub_version, facility_types, valid_from, valid_to, value_columns, items: format.items.length };
}
