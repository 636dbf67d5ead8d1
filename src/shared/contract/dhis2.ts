import { z } from 'zod';
import {
  attemptSchema,
  dhis2ConnectionViewSchema,
  dhis2SaveConnectionSchema,
  mappingRowSchema,
  pushJobSchema,
  pushReportSchema,
  serverInfoSchema,
  storedMappingRowSchema,
} from '../dhis2';
import { monthlyReportValuesSchema, monthSchema, reportItemValueSchema } from '../report-values';
import { op } from './define';

const none = z.object({}).strict();
const formatId = z.string().trim().min(1).max(60);
/** JSON (dataValueSets, the primary channel) or ADX XML (docs/domain/dhis2.md §3). */
const channel = z.enum(['json', 'adx']).default('json');

export const metadataElementSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  value_type: z.string(),
  category_option_combos: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});

export const mappingViewSchema = z.object({
  format_id: z.string(),
  rows: z.array(storedMappingRowSchema),
  /** The data set as last read from the server (null until "Match with server" ran once). */
  metadata: z
    .object({
      data_set: z.string(),
      data_set_name: z.string(),
      fetched_at: z.string(),
      server_version: z.string(),
      elements: z.array(metadataElementSchema),
    })
    .nullable(),
});
export type MappingView = z.output<typeof mappingViewSchema>;

export const reportCheckSchema = z.object({
  /** Items with a value and no mapping decision: the push is blocked until each is mapped or excluded. */
  unmapped: z.array(z.string()),
  excluded: z.array(z.string()),
  mapped: z.number(),
  /** Items with no value (not computed, not entered): nothing is sent for them. */
  blank: z.array(z.string()),
});

export const dhis2Ops = {
  dhis2GetConnection: op({ input: none, output: dhis2ConnectionViewSchema, permission: 'user', mutates: false }),
  dhis2SaveConnection: op({
    input: dhis2SaveConnectionSchema,
    output: dhis2ConnectionViewSchema,
    permission: 'admin',
    mutates: true,
  }),
  /** Reads `/api/system/info` with the saved settings: version, time zone (and so the credentials work). */
  dhis2TestConnection: op({ input: none, output: serverInfoSchema, permission: 'admin', mutates: false }),

  dhis2GetMapping: op({
    input: z.object({ format_id: formatId }).strict(),
    output: mappingViewSchema,
    permission: 'user',
    mutates: false,
  }),
  /** Reads the data set from the server and maps every item that has no decision yet by code or name. */
  dhis2MatchMapping: op({
    input: z
      .object({
        format_id: formatId,
        items: z
          .array(reportItemValueSchema.omit({ value: true }).strict())
          .min(1)
          .max(2000),
      })
      .strict(),
    output: mappingViewSchema.extend({ matched: z.array(z.string()), unmatched: z.array(z.string()) }),
    permission: 'admin',
    mutates: true,
  }),
  dhis2SaveMappingRow: op({
    input: z.object({ format_id: formatId, row: mappingRowSchema }).strict(),
    output: mappingViewSchema,
    permission: 'admin',
    mutates: true,
  }),
  dhis2ImportMappingCsv: op({
    input: z.object({ format_id: formatId, csv: z.string().max(1_000_000) }).strict(),
    output: mappingViewSchema.extend({ imported: z.number() }),
    permission: 'admin',
    mutates: true,
  }),
  dhis2ExportMappingCsv: op({
    input: z.object({ format_id: formatId }).strict(),
    output: z.object({ file_name: z.string(), csv: z.string() }),
    permission: 'user',
    mutates: false,
  }),

  /** The month's values from the HMIS report (null when the provider has none for the month, e.g. a trial file). */
  dhis2Report: op({
    input: z.object({ month: monthSchema }).strict(),
    output: z.object({ report: monthlyReportValuesSchema.nullable() }),
    permission: 'user',
    mutates: false,
  }),
  /** Local check before anything is sent: which items are unmapped. */
  dhis2CheckReport: op({
    input: z.object({ report: monthlyReportValuesSchema }).strict(),
    output: reportCheckSchema,
    permission: 'user',
    mutates: false,
  }),
  /** Profile, mapping check, lock pre-check and a server dry run (without completeDate). Nothing is queued. */
  dhis2DryRun: op({
    input: z.object({ report: monthlyReportValuesSchema, channel }).strict(),
    output: pushReportSchema,
    permission: 'report.signoff',
    mutates: true,
  }),
  /** Queues the month and runs the first attempt at once; network failures are retried later with backoff. */
  dhis2Push: op({
    input: z.object({ report: monthlyReportValuesSchema, channel }).strict(),
    output: z.object({ job: pushJobSchema, report: pushReportSchema.nullable() }),
    permission: 'report.signoff',
    mutates: true,
  }),
  dhis2RetryNow: op({
    input: z.object({ month: monthSchema }).strict(),
    output: z.object({ job: pushJobSchema, report: pushReportSchema.nullable() }),
    permission: 'report.signoff',
    mutates: true,
  }),
  dhis2Status: op({
    input: z.object({ month: monthSchema }).strict(),
    output: z.object({ job: pushJobSchema.nullable(), attempts: z.array(attemptSchema) }),
    permission: 'user',
    mutates: false,
  }),
  dhis2ExportAdx: op({
    input: z.object({ report: monthlyReportValuesSchema }).strict(),
    output: z.object({ file_name: z.string(), xml: z.string() }),
    permission: 'user',
    mutates: false,
  }),
};
