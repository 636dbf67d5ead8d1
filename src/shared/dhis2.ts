import { z } from 'zod';
import { monthSchema } from './report-values';

/** A DHIS2 identifier: 11 characters, a letter then letters or digits (`InFac000001`). */
export const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/;
export const uidSchema = z.string().trim().regex(DHIS2_UID, { error: 'v.dhis2_uid' });

export const AUTH_TYPES = ['token', 'basic'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];
/** How values name data elements, combos, org unit and data set in a push (docs/domain/dhis2.md §1.2). */
export const ID_SCHEMES = ['UID', 'CODE'] as const;
export type IdScheme = (typeof ID_SCHEMES)[number];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The message key for a server URL that cannot be used, or null. Passwords and tokens travel in a header, so
 * plain http is refused except on this PC (the test stand-in, a local tunnel).
 */
export function serverUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'v.url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'v.url';
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return 'v.url_https';
  if (url.username || url.password) return 'v.url_credentials';
  if (url.search || url.hash) return 'v.url';
  return null;
}

/** `https://hmis.example.org/dhis/` and `…/dhis/api` both mean the instance at `…/dhis`. */
export function normaliseServerUrl(value: string): string {
  return value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '');
}

/** Connection settings as stored and shown. The password or token is never part of them (see `has_secret`). */
export const dhis2ConnectionSchema = z
  .object({
    server_url: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .superRefine((value, ctx) => {
        const problem = serverUrlProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform(normaliseServerUrl),
    auth_type: z.enum(AUTH_TYPES),
    /** Only for `basic`. */
    username: z.string().trim().max(100),
    data_set: uidSchema,
    org_unit: uidSchema,
    /** Blank = the default attribute option combo (the field is then left out of the payload). */
    attribute_option_combo: z.union([z.literal(''), uidSchema]),
    id_scheme: z.enum(ID_SCHEMES),
  })
  .strict();
export type Dhis2Connection = z.output<typeof dhis2ConnectionSchema>;

/** Saving: the secret is sent once, stored encrypted, and never read back. Omitted = keep the stored one. */
export const dhis2SaveConnectionSchema = dhis2ConnectionSchema
  .extend({ secret: z.string().min(1).max(4000).optional() })
  .strict()
  .refine((value) => value.auth_type !== 'basic' || value.username !== '', {
    path: ['username'],
    message: 'v.required',
    // Run even when other fields are bad, so the form shows every problem at once.
    when: (payload) => {
      const v = payload.value as { auth_type?: unknown; username?: unknown } | null;
      return typeof v === 'object' && v !== null && v.auth_type === 'basic' && typeof v.username === 'string';
    },
  });
export type Dhis2SaveConnection = z.output<typeof dhis2SaveConnectionSchema>;

export const dhis2ConnectionViewSchema = z.object({
  configured: z.boolean(),
  connection: dhis2ConnectionSchema.nullable(),
  has_secret: z.boolean(),
  /** False when the secret was encrypted by another runtime (desktop vs. web mode) and must be entered again. */
  secret_readable: z.boolean(),
});
export type Dhis2ConnectionView = z.output<typeof dhis2ConnectionViewSchema>;

export const serverInfoSchema = z.object({
  version: z.string(),
  profile: z.enum(['2.36', '2.37-2.41', '2.42', '2.43+', 'unsupported']),
  server_time_zone: z.string(),
  server_date: z.string(),
});
export type ServerInfo = z.output<typeof serverInfoSchema>;

/** One item's decision: sent as this data element + combo, or deliberately not sent (not in the state's data set). */
export const mappingRowSchema = z
  .object({
    item_no: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, { error: 'v.item_no' }),
    excluded: z.boolean(),
    data_element: z.union([z.literal(''), uidSchema]),
    data_element_code: z.string().trim().max(100),
    data_element_name: z.string().trim().max(300),
    /** Blank = the element's only combo (the default one), read from the server's metadata at push time. */
    category_option_combo: z.union([z.literal(''), uidSchema]),
    category_option_combo_code: z.string().trim().max(100),
    category_option_combo_name: z.string().trim().max(300),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (!row.excluded && row.data_element === '') {
      ctx.addIssue({ code: 'custom', path: ['data_element'], message: 'v.required' });
    }
  });
export type MappingRow = z.output<typeof mappingRowSchema>;

/** An item's mapping row with no target yet; `excluded: true` marks an item this data set does not carry. */
export const blankMappingRow = (item_no: string, excluded = false): MappingRow => ({
  item_no,
  excluded,
  data_element: '',
  data_element_code: '',
  data_element_name: '',
  category_option_combo: '',
  category_option_combo_code: '',
  category_option_combo_name: '',
});

export const MAPPING_SOURCES = ['auto', 'manual', 'csv'] as const;
export const storedMappingRowSchema = z.intersection(
  mappingRowSchema,
  z.object({ source: z.enum(MAPPING_SOURCES), updated_at: z.string() }),
);
export type StoredMappingRow = z.output<typeof storedMappingRowSchema>;

/** What a conflict means for the clerk (docs/domain/dhis2.md §4.1); the message and the action are `dhis2.conflict.<kind>`. */
export const CONFLICT_KINDS = [
  'mapping',
  'org_unit',
  'period_invalid',
  'value_invalid',
  'value_missing',
  'no_write_access',
  'period_locked',
  'period_future',
  'period_not_open',
  'approved',
  'duplicate',
  'data_set',
  'attribute_option_combo',
  'unknown',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const explainedConflictSchema = z.object({
  kind: z.enum(CONFLICT_KINDS),
  error_code: z.string().nullable(),
  /** Our items the conflict concerns (empty = the whole report). */
  item_nos: z.array(z.string()),
  /** Values we sent for those items, in the same order. */
  values: z.array(z.string()),
  /** The server's own text, shown as is beside our explanation (never parsed). */
  server_message: z.string(),
});
export type ExplainedConflict = z.output<typeof explainedConflictSchema>;

export const importCountSchema = z.object({
  imported: z.number(),
  updated: z.number(),
  ignored: z.number(),
  deleted: z.number(),
});

/** The server's answer to one import (dry run or real), normalised across versions. */
export const importResultSchema = z.object({
  http_status: z.number(),
  status: z.enum(['SUCCESS', 'WARNING', 'ERROR']),
  counts: importCountSchema,
  sent: z.number(),
  conflicts: z.array(explainedConflictSchema),
  /** status SUCCESS and imported + updated + ignored = values sent (never `imported > 0`: 2.43 reports 0). */
  accepted: z.boolean(),
});
export type ImportResult = z.output<typeof importResultSchema>;

export const lockCheckSchema = z.object({
  state: z.enum(['open', 'locked', 'approved', 'not_open', 'future']),
  /** Whole days left before the period locks (server-local), when it locks by expiry days. */
  days_left: z.number().nullable(),
  /** Where the answer came from: the server's own lock status (2.39+) or our reading of the data set. */
  source: z.enum(['server', 'computed']),
});
export type LockCheck = z.output<typeof lockCheckSchema>;

export const PUSH_OUTCOMES = [
  'dry_run_ok',
  'dry_run_conflicts',
  'completed',
  'imported_not_completed',
  'partly_accepted',
  'rejected',
  'blocked_unmapped',
  'blocked_mapping_stale',
  'blocked_locked',
  'auth_failed',
  'forbidden',
  'server_error',
  'network_error',
  'bad_request',
  'unsupported_version',
] as const;
export type PushOutcome = (typeof PUSH_OUTCOMES)[number];

export const pushReportSchema = z.object({
  outcome: z.enum(PUSH_OUTCOMES),
  server: serverInfoSchema.nullable(),
  lock: lockCheckSchema.nullable(),
  unmapped: z.array(z.string()),
  stale: z.array(z.string()),
  dry_run: importResultSchema.nullable(),
  import: importResultSchema.nullable(),
  completed: z.boolean(),
  /** For network/server errors: the HTTP status (or null) and a short technical detail (never credentials). */
  http_status: z.number().nullable(),
  detail: z.string(),
});
export type PushReport = z.output<typeof pushReportSchema>;

export const QUEUE_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export const pushJobSchema = z.object({
  id: z.number(),
  month: monthSchema,
  state: z.enum(QUEUE_STATES),
  attempts: z.number(),
  next_attempt_at: z.string().nullable(),
  last_outcome: z.enum(PUSH_OUTCOMES).nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PushJob = z.output<typeof pushJobSchema>;

export const attemptSchema = z.object({
  id: z.number(),
  month: monthSchema,
  kind: z.enum(['dry_run', 'push']),
  job_id: z.number().nullable(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  outcome: z.enum(PUSH_OUTCOMES).nullable(),
  report: pushReportSchema.nullable(),
  exchanges: z.array(
    z.object({
      step: z.string(),
      method: z.string(),
      path: z.string(),
      http_status: z.number().nullable(),
      error: z.string().nullable(),
      response_excerpt: z.string(),
    }),
  ),
});
export type Attempt = z.output<typeof attemptSchema>;
