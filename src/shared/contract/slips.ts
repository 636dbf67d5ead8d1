import { z } from 'zod';
import { isoDateTime } from '../register/schema';
import * as C from '../register/codes';
import { PAPER_NAMES, printSettingsPatchSchema, printSettingsSchema, SLIP_TYPES, type Paper } from '../slips/settings';
import { op } from './define';

const id = z.number().int().positive();

/** Which slip of which record: Form 1 and a baby's referral name the baby (1 = A). */
export const slipRefSchema = z
  .object({
    episode_id: id,
    slip: z.enum(SLIP_TYPES),
    baby_order: z.number().int().min(1).max(4).nullable().optional(),
  })
  .strict();
export type SlipRef = z.output<typeof slipRefSchema>;

export const PRINT_CHANNELS = ['printer', 'browser', 'pdf', 'cli'] as const;

/** One slip the record can print now, with what it still lacks and how often it was printed. */
export const slipInfoSchema = z.object({
  slip: z.enum(SLIP_TYPES),
  baby_order: z.number().int().nullable(),
  title_key: z.string(),
  /** Label keys of the fields the slip would print as blanks. */
  missing: z.array(z.string()),
  print_count: z.number().int(),
  last_printed_at: z.string().nullable(),
});
export type SlipInfo = z.output<typeof slipInfoSchema>;

export const slipPreviewSchema = z.object({
  /** The first copy, exactly as it would print now (a reprint shows the duplicate mark). */
  html: z.string(),
  missing: z.array(z.string()),
  duplicate: z.boolean(),
  copies: z.number().int(),
  paper: z.enum(PAPER_NAMES as [Paper, ...Paper[]]),
  file_name: z.string(),
});
export type SlipPreview = z.output<typeof slipPreviewSchema>;

export const printLogEntrySchema = z.object({
  id,
  slip: z.enum(SLIP_TYPES),
  baby_order: z.number().int().nullable(),
  copy_no: z.number().int(),
  channel: z.enum(PRINT_CHANNELS),
  printer_name: z.string().nullable(),
  duplicate: z.boolean(),
  printed_at: z.string(),
  user_name: z.string(),
});
export type PrintLogEntry = z.output<typeof printLogEntrySchema>;

/** A live-born baby whose Form 1 has not reached the registrar yet (docs/domain/slips.md §4: 21 days from birth). */
export const form1DueSchema = z.object({
  episode_id: id,
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  baby_order: z.number().int(),
  born_at: isoDateTime,
  due_date: z.string(),
  /** Negative once overdue. */
  days_left: z.number().int(),
  overdue: z.boolean(),
  status: z.enum(C.CRS_FORM1_STATUSES),
});
export type Form1Due = z.output<typeof form1DueSchema>;

export const printerSchema = z.object({ name: z.string(), display_name: z.string(), is_default: z.boolean() });

const printJob = { copies: z.number().int(), duplicate: z.boolean() };

export const slipOps = {
  listSlips: op({
    input: z.object({ episode_id: id }).strict(),
    output: z.array(slipInfoSchema),
    permission: 'user',
    mutates: false,
  }),
  previewSlip: op({ input: slipRefSchema, output: slipPreviewSchema, permission: 'user', mutates: false }),
  /** Desktop app only: to the chosen printer (remembered for this slip type) or silently to the default one. */
  printSlip: op({
    input: slipRefSchema.extend({ printer_name: z.string().trim().max(200).nullable(), silent: z.boolean() }).strict(),
    output: z.object({ printed: z.boolean(), ...printJob }),
    permission: 'register.write',
    mutates: true,
  }),
  /** Browser / LAN mode: every copy's document for the browser's print dialog; logged as printed. */
  browserPrintSlip: op({
    input: slipRefSchema,
    output: z.object({ documents: z.array(z.string()), ...printJob }),
    permission: 'register.write',
    mutates: true,
  }),
  /** A PDF of the first copy: written where the clerk chooses (desktop app) or returned as base64 (browser). */
  saveSlipPdf: op({
    input: slipRefSchema,
    output: z.object({
      file_name: z.string(),
      saved_path: z.string().nullable(),
      pdf_base64: z.string().nullable(),
      cancelled: z.boolean(),
    }),
    permission: 'register.write',
    mutates: true,
  }),
  listPrinters: op({
    input: z.object({}).strict(),
    output: z.object({ available: z.boolean(), printers: z.array(printerSchema) }),
    permission: 'user',
    mutates: false,
  }),
  printLog: op({
    input: z.object({ episode_id: id }).strict(),
    output: z.array(printLogEntrySchema),
    permission: 'user',
    mutates: false,
  }),
  /** For the home screen: Form 1 due or overdue, soonest first, for babies born in the last `since_days`. */
  form1Due: op({
    input: z.object({ since_days: z.number().int().min(1).max(730).optional() }).strict(),
    output: z.array(form1DueSchema),
    permission: 'user',
    mutates: false,
  }),
  getPrintSettings: op({ input: z.object({}).strict(), output: printSettingsSchema, permission: 'user', mutates: false }),
  updatePrintSettings: op({ input: printSettingsPatchSchema, output: printSettingsSchema, permission: 'admin', mutates: true }),
};
