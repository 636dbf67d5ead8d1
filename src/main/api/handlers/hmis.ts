import type { hmisOps } from '../../../shared/contract/hmis';
import { AppError } from '../../../shared/errors';
import { summarizeFormat } from '../../../shared/hmis/format';
import { writeFiles } from '../../hmis/export';
import { appFormats } from '../../hmis/formats';
import { getReport, reopenReport, saveReportInputs, submitReport } from '../../hmis/service';
import { hmisSettings, updateHmisSettings } from '../../hmis/settings';
import { runJob } from '../../jobs/run';
import { requireSession, type Handlers } from './types';

export const hmisHandlers: Handlers<keyof typeof hmisOps> = {
  hmisFormats: (_input, { ctx }) => [...appFormats(ctx).values()].map(summarizeFormat),
  getHmisReport: (input, { ctx }) => getReport(ctx, input),
  saveHmisInputs: (input, call) => saveReportInputs(call.ctx, requireSession(call), input),
  exportHmisReport: async (input, call) => {
    const { ctx } = call;
    const session = requireSession(call);
    let folder: string | null = null;
    if (input.destination === 'folder') {
      if (!ctx.chooseFolder) throw new AppError('invalid_input', { message: 'hmis.error.no_folder', field: 'destination' });
      // Ask first, so the clerk is not kept waiting for files that would not be saved.
      folder = await ctx.chooseFolder('hmis_export');
      if (!folder) return { folder: null, cancelled: true, files: [], report: getReport(ctx, input) };
    }
    // Counting the month and building the workbook run on a worker thread; the PDF is rendered here (printToPDF).
    const set = await runJob(ctx, 'hmisExport', { session, input });
    const report = set.report;
    // Buffers cross the thread boundary as plain byte arrays.
    const files = set.files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes) }));
    if (folder) writeFiles(folder, files);
    return {
      folder,
      cancelled: false,
      files: files.map((f) => ({
        name: f.name,
        mime: f.mime,
        size: f.bytes.length,
        base64: folder ? null : f.bytes.toString('base64'),
      })),
      report,
    };
  },
  submitHmisReport: (input, call) => submitReport(call.ctx, requireSession(call), input),
  reopenHmisReport: (input, call) => reopenReport(call.ctx, requireSession(call), input),
  getHmisSettings: (_input, { ctx }) => hmisSettings(ctx),
  updateHmisSettings: (patch, call) => updateHmisSettings(call.ctx, requireSession(call), patch),
};
