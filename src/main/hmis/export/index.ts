import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { HmisReport } from '../../../shared/hmis/report';
import { templateMapSchema } from '../../../shared/hmis/template';
import { toFieldIssues } from '../../../shared/validation';
import type { AppContext } from '../../context';
import type { DbHandle } from '../../db/handle';
import type { Session } from '../../session';
import type { FormatDirs } from '../formats';
import { computeReport } from '../report';
import { formatFor, markFinalExported } from '../service';
import { reportCsv } from './csv';
import { exportBaseName, type ExportStatus } from './layout';
import { reportPdf } from './pdf';
import { fillTemplate, reportWorkbook } from './xlsx';

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Buffer;
}

export const TEMPLATES_FOLDER = 'hmis-templates';

/** District templates for this format: `<data folder>/hmis-templates/<name>.json` beside `<name>.xlsx`. */
async function templateFiles(ctx: Pick<AppContext, 'dataDir'>, report: HmisReport, base: string): Promise<ExportFile[]> {
  const dir = join(ctx.dataDir, TEMPLATES_FOLDER);
  if (!existsSync(dir)) return [];
  const files: ExportFile[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const parsed = templateMapSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error).map((i) => ({ ...i, field: `${name}: ${i.field}` }));
      throw new AppError('invalid_input', { message: 'hmis.error.template_file', params: { file: name }, issues });
    }
    const map = parsed.data;
    if (map.format_id !== report.format.id) continue;
    const workbook = join(dir, name.replace(/\.json$/, '.xlsx'));
    if (!existsSync(workbook))
      throw new AppError('not_found', { message: 'hmis.error.template_file', params: { file: workbook } });
    const { bytes } = await fillTemplate(readFileSync(workbook), map, report);
    files.push({ name: `${base}_${map.template_id}.xlsx`, mime: XLSX, bytes });
  }
  return files;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files of one report: XLSX, PDF for signature, CSV, JSON (and any district template filled in). */
export async function exportFiles(
  ctx: Pick<AppContext, 'dataDir' | 'resourcesDir' | 'pdf'>,
  report: HmisReport,
  status: ExportStatus,
): Promise<ExportFile[]> {
  const base = exportBaseName(report, status);
  const json = { export_schema: 1, status, report };
  return [
    { name: `${base}.xlsx`, mime: XLSX, bytes: await reportWorkbook(report, status) },
    { name: `${base}.pdf`, mime: 'application/pdf', bytes: await reportPdf(ctx.pdf, report, status, ctx.resourcesDir) },
    { name: `${base}.csv`, mime: 'text/csv', bytes: reportCsv(report, status) },
    { name: `${base}.json`, mime: 'application/json', bytes: Buffer.from(`${JSON.stringify(json, null, 1)}\n`, 'utf8') },
    ...(await templateFiles(ctx, report, base)),
  ];
}

/**
 * The export set of a month: final only when no error remains and every warning is acknowledged (else refused);
 * a draft is always possible and marked as such in every file. A submitted month exports its frozen snapshot.
 */
export async function exportReportSet(
  ctx: DbHandle & FormatDirs & Pick<AppContext, 'pdf'>,
  session: Session,
  input: { month: string; format_id?: string; final: boolean },
): Promise<{ files: ExportFile[]; report: HmisReport }> {
  const format = formatFor(ctx, input.month, input.format_id);
  const { report } = computeReport(ctx, format, input.month);
  const status: ExportStatus = report.status === 'submitted' ? 'submitted' : input.final ? 'final' : 'draft';
  if (status === 'final' && !report.finalisable)
    throw new AppError('conflict', { message: 'hmis.error.not_final', params: report.summary });
  const files = await exportFiles(ctx, report, status);
  if (status === 'final') markFinalExported(ctx, session, input.month, format, report);
  return { files, report: status === 'final' ? computeReport(ctx, format, input.month).report : report };
}

/** Writes the set into a folder the user chose (names are ours: `HMIS_<code>_<month>_<format>…`). */
export function writeFiles(folder: string, files: readonly ExportFile[]): void {
  for (const file of files) writeFileSync(join(folder, file.name), file.bytes);
}
