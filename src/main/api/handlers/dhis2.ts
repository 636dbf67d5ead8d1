import type { dhis2Ops } from '../../../shared/contract/dhis2';
import { AppError } from '../../../shared/errors';
import { connectionView, readConnection, saveConnection, testConnection } from '../../dhis2/connection';
import { attemptsForMonth } from '../../dhis2/attempt-log';
import { runSequence } from '../../dhis2/push';
import {
  checkReport,
  exportAdx,
  exportMappingCsv,
  importMappingCsv,
  mappingView,
  matchMapping,
  saveMappingRow,
} from '../../dhis2/service';
import { requireSession, type Handlers } from './types';

const requireConnection = (call: Parameters<Handlers<'dhis2Push'>['dhis2Push']>[1]) => {
  if (!readConnection(call.ctx)) throw new AppError('invalid_input', { message: 'dhis2.error.not_configured' });
};

export const dhis2Handlers: Handlers<keyof typeof dhis2Ops> = {
  dhis2GetConnection: (_input, { ctx }) => connectionView(ctx),
  dhis2SaveConnection: (input, call) => saveConnection(call.ctx, requireSession(call), input),
  dhis2TestConnection: (_input, { ctx }) => testConnection(ctx),

  dhis2GetMapping: ({ format_id }, { ctx }) => mappingView(ctx, format_id),
  dhis2MatchMapping: ({ format_id, items }, call) => matchMapping(call.ctx, requireSession(call), format_id, items),
  dhis2SaveMappingRow: ({ format_id, row }, call) => saveMappingRow(call.ctx, requireSession(call), format_id, row),
  dhis2ImportMappingCsv: ({ format_id, csv }, call) => importMappingCsv(call.ctx, requireSession(call), format_id, csv),
  dhis2ExportMappingCsv: ({ format_id }, { ctx }) => exportMappingCsv(ctx, format_id),

  dhis2Report: async ({ month }, { ctx }) => ({ report: await ctx.reportProvider(ctx, month) }),
  dhis2CheckReport: ({ report }, { ctx }) => checkReport(ctx, report),
  dhis2DryRun: async ({ report, channel }, call) => {
    requireConnection(call);
    const session = requireSession(call);
    return (await runSequence(call.ctx, { report, channel, kind: 'dry_run', jobId: null, startedBy: session.userId })).report;
  },
  dhis2Push: async ({ report, channel }, call) => {
    requireConnection(call);
    const session = requireSession(call);
    const queue = call.ctx.dhis2.queue;
    const job = queue.enqueue(report, channel, session.userId);
    return queue.runJob(job.id, session.userId);
  },
  dhis2RetryNow: async ({ month }, call) => {
    const session = requireSession(call);
    const queue = call.ctx.dhis2.queue;
    const job = queue.retryNow(month);
    if (!job) throw new AppError('not_found');
    if (job.state !== 'queued') return { job, report: null };
    return queue.runJob(job.id, session.userId);
  },
  dhis2Status: ({ month }, { ctx }) => ({ job: ctx.dhis2.queue.latestJob(month), attempts: attemptsForMonth(ctx, month) }),
  dhis2ExportAdx: ({ report }, { ctx }) => exportAdx(ctx, report),
};
