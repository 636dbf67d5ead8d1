import { parseArgs } from 'node:util';
import type { PushReport } from '../../shared/dhis2';
import { AppError } from '../../shared/errors';
import { bilingual, translate } from '../../shared/i18n/translate';
import { MONTH_PATTERN } from '../../shared/report-values';
import { dispatch } from '../api/dispatch';
import type { OpInput, OpName, OpOutput } from '../../shared/contract';
import type { AppContext } from '../context';
import { fileReportProvider } from '../report-provider';
import { LOCAL_ADMIN_SESSION } from '../session';
import type { CliCommand } from './command';

/** Exit codes: 0 done, 1 refused/failed (a person must act), 2 bad arguments, 3 no values, 75 queued (retry later). */
export const EXIT = { ok: 0, failed: 1, usage: 2, noValues: 3, queued: 75 } as const;

/** Through the dispatcher, like every other caller (validation, permission, output check). */
async function run<N extends OpName>(ctx: AppContext, name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, name, input);
  if (!result.ok) throw AppError.fromShape(result.error);
  return result.data as OpOutput<N>;
}

function printReport(report: PushReport): void {
  console.log(bilingual(`dhis2.outcome.${report.outcome}`, undefined, '\n'));
  if (report.server)
    console.log(translate('en', 'dhis2.panel.server', { version: report.server.version, tz: report.server.server_time_zone }));
  if (report.unmapped.length > 0) console.log(`${translate('en', 'dhis2.panel.unmapped')} ${report.unmapped.join(', ')}`);
  if (report.stale.length > 0) console.log(`stale mapping: ${report.stale.join(', ')}`);
  if (report.detail) console.log(report.detail.startsWith('dhis2.') ? translate('en', report.detail) : report.detail);
  for (const result of [report.dry_run, report.import]) {
    if (!result) continue;
    console.log(translate('en', 'dhis2.panel.counts', { sent: result.sent, ...result.counts }));
    for (const c of result.conflicts) {
      const items = c.item_nos.length > 0 ? c.item_nos.join(', ') : translate('en', 'dhis2.whole_report');
      console.log(
        `  ${items}  ${c.error_code ?? '-'}  ${translate('en', `dhis2.conflict.${c.kind}`)} ${translate('en', `dhis2.action.${c.kind}`)}  [${c.server_message}]`,
      );
    }
  }
}

/**
 * `push --month YYYY-MM [--dry-run] [--adx] [--values FILE]`: the month's values come from the HMIS report
 * (`ctx.reportProvider`: the same figures as the Reports screen) or, for trials, from a JSON file.
 */
export const pushCommand: CliCommand = {
  name: 'push',
  summary: 'Send a month to DHIS2 (dry run first, then import and completion; queued if offline).',
  usage: 'push --month YYYY-MM [--dry-run] [--adx] [--values FILE] [--data-dir DIR]',
  run: async (args: string[], ctx: AppContext) => {
    const { values } = parseArgs({
      args,
      strict: false,
      options: {
        month: { type: 'string' },
        'dry-run': { type: 'boolean' },
        adx: { type: 'boolean' },
        values: { type: 'string' },
      },
    });
    const month = typeof values.month === 'string' ? values.month : '';
    if (!MONTH_PATTERN.test(month)) {
      console.error('--month YYYY-MM is required (e.g. --month 2026-10).');
      return EXIT.usage;
    }
    const provider = typeof values.values === 'string' ? fileReportProvider(values.values) : ctx.reportProvider;
    const monthValues = await provider(ctx, month);
    if (!monthValues) {
      console.error(bilingual('dhis2.panel.no_report', { month }, '\n'));
      return EXIT.noValues;
    }
    const channel = values.adx === true ? 'adx' : 'json';
    if (values['dry-run'] === true) {
      const report = await run(ctx, 'dhis2DryRun', { report: monthValues, channel });
      printReport(report);
      return report.outcome === 'dry_run_ok' ? EXIT.ok : EXIT.failed;
    }
    const { job, report: pushReport } = await run(ctx, 'dhis2Push', { report: monthValues, channel });
    if (pushReport) printReport(pushReport);
    if (job.state === 'queued') {
      console.log(`Queued (job ${job.id}): the app retries while it is running, or run this command again.`);
      return EXIT.queued;
    }
    return job.state === 'done' ? EXIT.ok : EXIT.failed;
  },
};
