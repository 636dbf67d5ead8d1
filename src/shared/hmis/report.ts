import { z } from 'zod';
import { MONTH } from '../time';
import { formatSummarySchema, ITEM_NO, SEVERITIES } from './format';
import { hmisSettingsSchema } from './settings';

/* The monthly report as the screens, exports and the contract see it. */

const count = z.number().int().min(0).max(1_000_000);
const itemNo = z.string().regex(ITEM_NO, { error: 'v.hmis_item_no' });
const note = z.string().trim().min(3, { error: 'v.hmis_note' }).max(500);

/** What the clerk adds to a month's report: manual items, overrides of computed items, acknowledged warnings. */
export const reportInputsSchema = z
  .object({
    manual: z.record(itemNo, z.object({ in_facility: count.nullable(), outreach: count.nullable() }).strict()),
    overrides: z.record(itemNo, z.object({ value: count, reason: note }).strict()),
    /** Acknowledgement note per warning (`V12`, `V23a:4.1.3.a`, `C01`). */
    acknowledgements: z.record(z.string().max(60), note),
  })
  .strict();
export type ReportInputs = z.output<typeof reportInputsSchema>;
export const EMPTY_INPUTS: ReportInputs = { manual: {}, overrides: {}, acknowledgements: {} };

/** A change to the inputs: each entry replaces that item's (or warning's) value; null removes it. */
export const reportInputsPatchSchema = z
  .object({
    manual: z.record(itemNo, z.object({ in_facility: count.nullable(), outreach: count.nullable() }).strict().nullable()),
    overrides: z.record(itemNo, z.object({ value: count, reason: note }).strict().nullable()),
    acknowledgements: z.record(z.string().max(60), note.nullable()),
  })
  .partial()
  .strict();
export type ReportInputsPatch = z.output<typeof reportInputsPatchSchema>;

export const ITEM_SOURCES = ['computed', 'manual', 'override', 'not_applicable'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const reportItemSchema = z.object({
  item_no: z.string(),
  parent: z.string().nullable(),
  section: z.string(),
  order: z.number().int(),
  wording_en: z.string(),
  wording_hi: z.string().nullable(),
  compute: z.string(),
  overridable: z.boolean(),
  notes: z.string().nullable(),
  /** In-facility value as reported: computed, entered, or the override; null = blank. */
  value: z.number().int().nullable(),
  outreach: z.number().int().nullable(),
  source: z.enum(ITEM_SOURCES),
  /** The register's own figure (kept when overridden); null for manual items. */
  computed_value: z.number().int().nullable(),
  override_reason: z.string().nullable(),
  /** Last month's value in the same format, for comparison. */
  previous_value: z.number().int().nullable(),
  /** The register rows counted (the drill-down). */
  episode_ids: z.array(z.number().int()),
  baby_ids: z.array(z.number().int()),
});
export type ReportItem = z.output<typeof reportItemSchema>;

export const bilingualSchema = z.object({ en: z.string(), hi: z.string() });

export const checkDetailSchema = z.object({
  text: z.string(),
  left: z.number().nullable(),
  right: z.number().nullable(),
  passed: z.boolean().nullable(),
});

export const reportCheckSchema = z.object({
  rule_id: z.string(),
  /** The item a per-item rule (V23) found, or null. */
  target: z.string().nullable(),
  /** Key of the acknowledgement note: `rule_id` or `rule_id:target`. */
  ack_key: z.string(),
  /** `format`: a rule of the format file; `register`: completeness and policy checks of the app. */
  source: z.enum(['format', 'register']),
  severity: z.enum(SEVERITIES),
  expression: z.string().nullable(),
  evidence: z.string(),
  message: bilingualSchema,
  /** false = failed; null = not applicable (a blank operand, a guard that does not hold). */
  passed: z.boolean().nullable(),
  details: z.array(checkDetailSchema),
  episode_ids: z.array(z.number().int()),
  baby_ids: z.array(z.number().int()),
  acknowledgement: z.string().nullable(),
});
export type ReportCheck = z.output<typeof reportCheckSchema>;

export const completenessEntrySchema = z.object({
  episode_id: z.number().int(),
  /** Field paths as the register names them (`gest_weeks`, `babies.0.birth_weight_g`). */
  missing: z.array(z.string()),
});

export const rowRefSchema = z.object({
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  delivery_at: z.string().nullable(),
});

/** The register rows named by figures: what a drill-down lists, each linking to its record. */
export const rowLookupSchema = z.object({
  episodes: z.record(z.string(), rowRefSchema),
  babies: z.record(z.string(), z.object({ episode_id: z.number().int(), baby_order: z.number().int() })),
});
export type RowLookup = z.output<typeof rowLookupSchema>;

export const reportChangesSchema = z.object({
  submitted_at: z.string(),
  /** The rows the submitted report counted were edited since (the figures may still be the same). */
  records_changed: z.boolean(),
  items: z.array(z.object({ item_no: z.string(), submitted: z.number().nullable(), current: z.number().nullable() })),
});

export const reportHeaderSchema = z.object({
  hospital_name: z.string(),
  address: z.string(),
  registration_no: z.string(),
  hmis_facility_code: z.string(),
  state: z.string(),
  district: z.string(),
  block: z.string(),
  facility_type: z.string(),
  ownership: z.string(),
});
export type ReportHeader = z.output<typeof reportHeaderSchema>;

export const hmisReportSchema = z.object({
  month: z.string().regex(MONTH),
  previous_month: z.string().regex(MONTH),
  format: formatSummarySchema,
  /** The format the settings give for this month (the report may be shown in another one). */
  settings_format_id: z.string(),
  header: reportHeaderSchema,
  generated_at: z.string(),
  due_date: z.string(),
  status: z.enum(['draft', 'submitted']),
  submitted_at: z.string().nullable(),
  submitted_by: z.string().nullable(),
  final_exported_at: z.string().nullable(),
  /** Version of the stored inputs (0 = nothing stored yet): a save over a newer one is a conflict. */
  version: z.number().int(),
  items: z.array(reportItemSchema),
  checks: z.array(reportCheckSchema),
  completeness: z.array(completenessEntrySchema),
  rows: rowLookupSchema,
  summary: z.object({
    errors: z.number().int(),
    warnings_open: z.number().int(),
    warnings_acknowledged: z.number().int(),
    manual_blank: z.number().int(),
  }),
  /** No error and every warning acknowledged: a final export and submission are allowed. */
  finalisable: z.boolean(),
  changes: reportChangesSchema.nullable(),
  inputs: reportInputsSchema,
  policy: hmisSettingsSchema,
});
export type HmisReport = z.output<typeof hmisReportSchema>;
