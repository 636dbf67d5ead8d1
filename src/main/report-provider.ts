import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { monthlyReportValuesSchema, type MonthlyReportValues } from '../shared/report-values';
import { toFieldIssues } from '../shared/validation';

/**
 * Where a month's HMIS values come from for the channels that send them (DHIS2 push, ADX export, the CLI).
 * The HMIS report module provides the real one (`hmisMonthValues`, wired in `openApp`); a provider may answer null
 * for a month it has no figures for, and callers say so instead of inventing numbers. `Ctx` is what the provider is
 * called with (the app context: `AppContext['reportProvider']`); a provider that reads nothing of it takes `unknown`.
 */
export type MonthlyReportProvider<Ctx = unknown> = (
  ctx: Ctx,
  month: string,
) => MonthlyReportValues | null | Promise<MonthlyReportValues | null>;

const fileSchema = z.union([monthlyReportValuesSchema, z.array(monthlyReportValuesSchema).min(1)]);

/**
 * Values typed or exported elsewhere, from a JSON file (one report or a list), in place of the register's: for trials
 * of the push channel against a test server with fixed numbers (`--report-values FILE`). Validated like any input.
 */
export function fileReportProvider(path: string): MonthlyReportProvider {
  let parsed: z.output<typeof fileSchema>;
  try {
    const result = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.success) throw new AppError('invalid_input', { issues: toFieldIssues(result.error) });
    parsed = result.data;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', { message: 'dhis2.error.values_file', params: { path } });
  }
  const reports = Array.isArray(parsed) ? parsed : [parsed];
  return (_ctx, month) => reports.find((r) => r.month === month) ?? null;
}
