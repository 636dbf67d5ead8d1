import { z } from 'zod';

/**
 * The server's answers, parsed defensively: every field we do not need is ignored, every field we need has a
 * fallback, and an answer that is not what we expect is reported as such (never assumed successful).
 */

export const systemInfoSchema = z.object({
  version: z.string(),
  /** Server-local wall time (`2026-11-03T10:15:00.000`), sometimes with a zone. */
  serverDate: z.string().optional(),
  serverTimeZoneId: z.string().optional(),
});

const count = z.number().int().catch(0).default(0);

const conflictSchema = z.object({
  object: z.string().optional().catch(undefined),
  objects: z.record(z.string(), z.unknown()).optional().catch(undefined),
  value: z.string().catch(''),
  errorCode: z.string().optional().catch(undefined),
  indexes: z.array(z.number().int()).optional().catch(undefined),
});
export type RawConflict = z.output<typeof conflictSchema>;

const importSummarySchema = z.object({
  status: z.enum(['SUCCESS', 'WARNING', 'ERROR']),
  description: z.string().optional().catch(undefined),
  importCount: z
    .object({ imported: count, updated: count, ignored: count, deleted: count })
    .catch({ imported: 0, updated: 0, ignored: 0, deleted: 0 })
    .default({ imported: 0, updated: 0, ignored: 0, deleted: 0 }),
  conflicts: z.array(conflictSchema).catch([]).default([]),
  rejectedIndexes: z.array(z.number().int()).catch([]).default([]),
  dataSetComplete: z.union([z.string(), z.boolean()]).optional().catch(undefined),
});
export type ImportSummary = z.output<typeof importSummarySchema>;

/**
 * An ImportSummary from any version: 2.37+ wrap it in a WebMessage (`response`), 2.36 and versioned URLs
 * answer it bare. Null when the body is neither (an HTML error page, a proxy's login page).
 */
export function readImportSummary(body: unknown): { summary: ImportSummary; wrapped: boolean } | null {
  if (body && typeof body === 'object' && 'response' in body) {
    const inner = importSummarySchema.safeParse((body as { response: unknown }).response);
    if (inner.success) return { summary: inner.data, wrapped: true };
  }
  const bare = importSummarySchema.safeParse(body);
  return bare.success ? { summary: bare.data, wrapped: false } : null;
}

const cocSchema = z.object({ id: z.string(), code: z.string().optional(), name: z.string().catch('') });
const comboSchema = z.object({ id: z.string(), categoryOptionCombos: z.array(cocSchema).optional() });

export const dataSetResponseSchema = z.object({
  id: z.string(),
  code: z.string().optional(),
  name: z.string().catch(''),
  periodType: z.string(),
  expiryDays: z.number().catch(0).default(0),
  openFuturePeriods: z.number().catch(0).default(0),
  dataInputPeriods: z
    .array(
      z.object({
        period: z.object({ id: z.string() }),
        openingDate: z.string().nullish(),
        closingDate: z.string().nullish(),
      }),
    )
    .catch([])
    .default([]),
  dataSetElements: z.array(
    z.object({
      dataElement: z.object({
        id: z.string(),
        code: z.string().optional(),
        name: z.string().catch(''),
        valueType: z.string().catch('NUMBER'),
        categoryCombo: comboSchema,
      }),
      categoryCombo: comboSchema.optional(),
    }),
  ),
  organisationUnits: z
    .array(z.object({ id: z.string(), code: z.string().optional() }))
    .optional()
    .catch(undefined),
});

export const lockStatusSchema = z.object({ lockStatus: z.enum(['OPEN', 'LOCKED', 'APPROVED']) });
