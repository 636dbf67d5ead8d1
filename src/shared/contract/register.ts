import { z } from 'zod';
import { riskReasonSchema } from '../care/risk';
import { fieldIssueSchema } from '../errors';
import { monthSchema } from '../report-values';
import * as C from '../register/codes';
import { registerPolicySchema } from '../register/policy';
import {
  babyInputSchema,
  episodePatchSchema,
  episodeRecordSchema,
  historyEntrySchema,
  isoDate,
  referralFieldsSchema,
} from '../register/schema';
import { op } from './define';

const id = z.number().int().positive();
/** Optimistic concurrency: the version the form was loaded with; a save over a newer one is a conflict. */
const version = z.number().int().nonnegative();
const acknowledge = { acknowledge_warnings: z.boolean().optional() };
/** Why a saved record is changed; required when the change alters a submitted HMIS month (docs/domain/register.md). */
/** Why saved values change (a correction, or an edit that changes a submitted month's figures), kept in the audit. */
export const reason = z.string().trim().max(300).optional();
const month = monthSchema;

/** An episode with what the screens need beside the stored fields. */
export const episodeDetailSchema = z.object({
  record: episodeRecordSchema,
  /** Warnings that hold for the record as saved (errors never are saved). */
  warnings: z.array(fieldIssueSchema),
  /** Recommended fields still empty (docs/domain/register.md "R"), as input paths. */
  missing: z.array(z.string()),
  risk_reasons: z.array(riskReasonSchema),
});
export type EpisodeDetail = z.output<typeof episodeDetailSchema>;

/** One line of Today / Register / Find: what a clerk recognises a record by. */
export const episodeSummarySchema = z.object({
  id,
  serial_no: z.string(),
  record_state: z.enum(C.STATES),
  voided: z.boolean(),
  mother_name: z.string().nullable(),
  age_years: z.number().nullable(),
  relation_type: z.enum(C.RELATION_TYPES).nullable(),
  relative_name: z.string().nullable(),
  village_ward: z.string().nullable(),
  block: z.string().nullable(),
  mobile: z.string().nullable(),
  rch_id: z.string().nullable(),
  ipd_no: z.string().nullable(),
  admission_at: z.string().nullable(),
  admission_category: z.enum(C.ADMISSION_CATEGORIES).nullable(),
  gravida: z.number().nullable(),
  para: z.number().nullable(),
  delivery_at: z.string().nullable(),
  mode: z.enum(C.DELIVERY_MODES).nullable(),
  babies: z.array(
    z.object({
      baby_order: z.number(),
      sex: z.enum(C.SEXES).nullable(),
      outcome: z.enum(C.BIRTH_OUTCOMES).nullable(),
      birth_weight_g: z.number().nullable(),
    }),
  ),
  outcome: z.enum(C.OUTCOMES).nullable(),
  outcome_at: z.string().nullable(),
  high_risk: z.boolean(),
  /** The mother's referral out: departure − decision in minutes (care.md §2). */
  referral_delay_minutes: z.number().int().nullable(),
  missing_count: z.number().int(),
});
export type EpisodeSummary = z.output<typeof episodeSummarySchema>;
export type { HistoryEntry } from '../register/schema';

export const todayEntrySchema = episodeSummarySchema.extend({
  /** delivered and past the usual stay: ready to be discharged. */
  awaiting_discharge: z.boolean(),
  hours_since_delivery: z.number().nullable(),
  missing: z.array(z.string()),
  risk_reasons: z.array(riskReasonSchema),
});
export type TodayEntry = z.output<typeof todayEntrySchema>;

export const REGISTER_SORT_KEYS = ['serial', 'admission_at', 'delivery_at', 'mother_name', 'age_years', 'outcome_at'] as const;

export const registerQuerySchema = z
  .object({
    from_month: month,
    to_month: month,
    text: z.string().trim().max(100).optional(),
    record_state: z.enum(C.STATES).optional(),
    mode: z.enum(['lscs', 'vaginal']).optional(),
    outcome: z.enum(C.OUTCOMES).optional(),
    high_risk: z.boolean().optional(),
    include_voided: z.boolean().optional(),
    sort: z.enum(REGISTER_SORT_KEYS).optional(),
    descending: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type RegisterQuery = z.input<typeof registerQuerySchema>;

export const importResultSchema = z.object({
  format: z.enum(['json', 'csv', 'xlsx']),
  /** Closed historic rows imported without the details asked at closing today: line and the missing fields. */
  incomplete: z.array(z.object({ line: z.number().int(), fields: z.array(z.string()) })),
  dry_run: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(
    z.object({
      line: z.number().int(),
      field: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type ImportResult = z.output<typeof importResultSchema>;

export const registerOps = {
  admitMother: op({
    input: z.object({ fields: episodePatchSchema, reason, ...acknowledge }).strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /** A correction or completion of any fields; the audit row keeps the old value and the reason. */
  updateEpisode: op({
    input: z.object({ id, version, reason, fields: episodePatchSchema, ...acknowledge }).strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /**
   * Labour and delivery, babies (all of them: existing by id, new without), PPFP. Marks the record delivered.
   * `reason`: why saved values are changed (a correction after the delivery was recorded), kept in the audit.
   */
  recordDelivery: op({
    input: z
      .object({ id, version, fields: episodePatchSchema, babies: z.array(babyInputSchema).min(1).max(4), reason, ...acknowledge })
      .strict(),
    output: episodeDetailSchema,
    permission: 'clinical.write',
    mutates: true,
  }),
  /** Edits of babies after delivery (birth doses, exit, CRS status) without touching delivery fields. */
  updateBabies: op({
    input: z
      .object({
        id,
        version,
        babies: z.array(babyInputSchema).min(1).max(4),
        reason,
        ...acknowledge,
      })
      .strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /**
   * Discharge, referral out (with the referral slip's content), LAMA, death, absconded. Closes the record.
   * `babies`: how each baby left (`baby_exit`, docs/domain/register.md "X") in the same save, existing babies by id, the others
   * unchanged. `reason`: why saved values are changed (correcting a closed record), kept in the audit.
   */
  recordOutcome: op({
    input: z
      .object({
        id,
        version,
        fields: episodePatchSchema,
        referral: referralFieldsSchema.partial().strict().optional(),
        babies: z.array(babyInputSchema.extend({ id })).min(1).max(4).optional(),
        reason,
        ...acknowledge,
      })
      .strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  voidEpisode: op({
    input: z
      .object({ id, version, reason_code: z.enum(C.VOID_REASONS), reason_text: z.string().trim().max(300).optional() })
      .strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /** A closed record back to its previous state (e.g. discharged by mistake); needs a reason. */
  reopenEpisode: op({
    input: z.object({ id, version, reason: z.string().trim().min(3).max(300) }).strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  getEpisode: op({ input: z.object({ id }).strict(), output: episodeDetailSchema, permission: 'user', mutates: false }),
  episodeHistory: op({
    input: z.object({ id }).strict(),
    output: z.array(historyEntrySchema),
    permission: 'user',
    mutates: false,
  }),
  listToday: op({ input: z.object({}).strict(), output: z.array(todayEntrySchema), permission: 'user', mutates: false }),
  listRegister: op({
    input: registerQuerySchema,
    output: z.object({ total: z.number().int(), rows: z.array(episodeSummarySchema) }),
    permission: 'user',
    mutates: false,
  }),
  /** Find as you type: name (either script), husband's name, mobile, RCH ID, serial, IPD no. Voided ones included, marked. */
  findEpisodes: op({
    input: z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.array(episodeSummarySchema),
    permission: 'user',
    mutates: false,
  }),
  /** A bulk export: its own permission and an audit row (who, range, count); Aadhaar numbers only when asked for. */
  exportRegister: op({
    input: z.object({ from: isoDate.optional(), to: isoDate.optional(), include_aadhaar: z.boolean().optional() }).strict(),
    output: z.object({ file_name: z.string(), content: z.string() }),
    permission: 'register.export',
    mutates: true,
  }),
  /** JSON (our exchange format), CSV text or XLSX as base64. All-or-nothing per file; duplicates skipped. */
  importRegister: op({
    input: z
      .object({ format: z.enum(['json', 'csv', 'xlsx']), content: z.string().max(30_000_000), dry_run: z.boolean().optional() })
      .strict(),
    output: importResultSchema,
    permission: 'admin',
    mutates: true,
  }),
  getRegisterPolicy: op({ input: z.object({}).strict(), output: registerPolicySchema, permission: 'user', mutates: false }),
  updateRegisterPolicy: op({
    input: registerPolicySchema.partial().strict(),
    output: registerPolicySchema,
    permission: 'admin',
    mutates: true,
  }),
};
