import { z } from 'zod';
import { formatSummarySchema } from '../hmis/format';
import { hmisReportSchema, reportInputsPatchSchema } from '../hmis/report';
import { hmisSettingsPatchSchema, hmisSettingsSchema } from '../hmis/settings';
import { monthSchema } from '../report-values';
import { op } from './define';

const month = monthSchema;
const formatId = z.string().trim().min(1).max(60);
const version = z.number().int().nonnegative();
const monthFormat = { month, format_id: formatId };

export const exportResultSchema = z.object({
  /** Desktop: the folder the files were written to (null when the user cancelled the folder choice). */
  folder: z.string().nullable(),
  cancelled: z.boolean(),
  files: z.array(
    z.object({
      name: z.string(),
      mime: z.string(),
      size: z.number().int(),
      /** Browser: the file's bytes to download; null when written to a folder. */
      base64: z.string().nullable(),
    }),
  ),
  report: hmisReportSchema,
});
export type ExportResult = z.output<typeof exportResultSchema>;

export const hmisOps = {
  hmisFormats: op({ input: z.object({}).strict(), output: z.array(formatSummarySchema), permission: 'user', mutates: false }),
  /** A month's report (default: the last complete month, in the format the settings give for it). */
  getHmisReport: op({
    input: z.object({ month: month.optional(), format_id: formatId.optional() }).strict(),
    output: hmisReportSchema,
    permission: 'user',
    mutates: false,
  }),
  /** Manual items, overrides and warning notes of a draft report. */
  saveHmisInputs: op({
    input: z.object({ ...monthFormat, version, patch: reportInputsPatchSchema }).strict(),
    output: hmisReportSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /** The export set in one go: XLSX, PDF for signature, CSV, JSON. `final` needs a report without open checks. */
  exportHmisReport: op({
    input: z
      .object({ month, format_id: formatId.optional(), final: z.boolean(), destination: z.enum(['download', 'folder']) })
      .strict(),
    output: exportResultSchema,
    permission: 'register.write',
    mutates: true,
  }),
  /** Freezes the month as submitted to the portal (snapshot + hash of the register rows it counted). */
  submitHmisReport: op({
    input: z.object({ ...monthFormat, version }).strict(),
    output: hmisReportSchema,
    permission: 'report.signoff',
    mutates: true,
  }),
  reopenHmisReport: op({
    input: z.object({ ...monthFormat, version, reason: z.string().trim().min(3).max(300) }).strict(),
    output: hmisReportSchema,
    permission: 'report.signoff',
    mutates: true,
  }),
  getHmisSettings: op({ input: z.object({}).strict(), output: hmisSettingsSchema, permission: 'user', mutates: false }),
  updateHmisSettings: op({ input: hmisSettingsPatchSchema, output: hmisSettingsSchema, permission: 'admin', mutates: true }),
};
