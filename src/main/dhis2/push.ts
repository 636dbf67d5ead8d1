import type { Dhis2Connection, ImportResult, LockCheck, PushOutcome, PushReport, ServerInfo } from '../../shared/dhis2';
import { AppError } from '../../shared/errors';
import type { MonthlyReportValues } from '../../shared/report-values';
import { ADX_CONTENT_TYPE, adxDocument } from './adx';
import { startAttempt, type AttemptLog } from './attempt-log';
import { explainConflicts } from './conflicts';
import { fetchServerInfo, openConnection, readConnection, type Dhis2Holder } from './connection';
import { HttpStatusError, TransportError, type Dhis2Http, type HttpAnswer } from './http';
import { computeLock, serverWallNow } from './locking';
import { readMapping } from './mapping';
import { cacheDataSet, fetchDataSet, MetadataError, type DataSetInfo } from './metadata';
import { dataValueSetJson, dhis2Period, idSchemeParams, resolveReport, type GroupHeader, type PayloadRow } from './payload';
import { lockStatusSchema, readImportSummary } from './server-responses';
import { hasLockStatusEndpoint, usesNewExpiryRule } from './version';

export type Channel = 'json' | 'adx';

export interface SequenceInput {
  report: MonthlyReportValues;
  channel: Channel;
  kind: 'dry_run' | 'push';
  jobId: number | null;
  startedBy: string;
}

export interface SequenceResult {
  report: PushReport;
  /** Network errors, timeouts and 5xx only (docs/domain/dhis2.md §7): never 400/401/403/409/415. */
  retryable: boolean;
}

const RETRYABLE: ReadonlySet<PushOutcome> = new Set(['network_error', 'server_error']);

/** Stops the sequence with an outcome (the report so far is kept). */
class Stop extends Error {
  constructor(
    readonly outcome: PushOutcome,
    readonly httpStatus: number | null = null,
    readonly detail = '',
  ) {
    super(outcome);
  }
}

function outcomeForStatus(status: number): PushOutcome {
  if (status === 401) return 'auth_failed';
  if (status === 403) return 'forbidden';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

/** The ImportSummary of an import, whatever the status (200 or 409) and shape (bare or wrapped). */
function importResult(answer: HttpAnswer, rows: readonly PayloadRow[]): ImportResult {
  const read = answer.status === 200 || answer.status === 409 ? readImportSummary(answer.json) : null;
  // An answer without a summary (a proxy's HTML page) is retried only when it is a 5xx.
  if (!read) throw new Stop(outcomeForStatus(answer.status), answer.status, 'dhis2.detail.no_summary');
  const { summary } = read;
  const { imported, updated, ignored, deleted } = summary.importCount;
  return {
    http_status: answer.status,
    status: summary.status,
    counts: { imported, updated, ignored, deleted },
    sent: rows.length,
    conflicts: explainConflicts(summary.conflicts, rows),
    accepted: summary.status === 'SUCCESS' && imported + updated + ignored === rows.length,
  };
}

function header(connection: Dhis2Connection, dataSet: DataSetInfo, month: string): GroupHeader {
  const orgUnit = dataSet.org_units?.find((o) => o.id === connection.org_unit);
  if (dataSet.org_units && !orgUnit) throw new Stop('blocked_mapping_stale', null, 'dhis2.detail.org_unit_not_assigned');
  const codes = { dataSet: dataSet.code, orgUnit: orgUnit?.code ?? '' };
  if (connection.id_scheme === 'CODE' && (!codes.dataSet || !codes.orgUnit)) {
    throw new Stop('blocked_mapping_stale', null, 'dhis2.detail.codes_missing');
  }
  return {
    dataSet: { id: dataSet.id, code: codes.dataSet },
    orgUnit: { id: connection.org_unit, code: codes.orgUnit },
    attributeOptionCombo: connection.attribute_option_combo,
    month,
  };
}

async function lockCheck(
  http: Dhis2Http,
  connection: Dhis2Connection,
  info: ServerInfo & { serverDateRaw?: string },
  dataSet: DataSetInfo,
  month: string,
  pcNow: Date,
): Promise<LockCheck> {
  const wall = serverWallNow(info.serverDateRaw, info.server_time_zone, pcNow);
  const computed = computeLock(dataSet, month, wall, usesNewExpiryRule(info.version));
  if (!hasLockStatusEndpoint(info.version)) return computed;
  const query = `ds=${connection.data_set}&pe=${dhis2Period(month)}&ou=${connection.org_unit}`;
  const answer = await http.request('lock_status', 'GET', `/api/dataEntry/dataValues?${query}`);
  const parsed = answer.status === 200 ? lockStatusSchema.safeParse(answer.json) : null;
  if (!parsed?.success) return computed;
  const state = parsed.data.lockStatus === 'OPEN' ? 'open' : parsed.data.lockStatus === 'APPROVED' ? 'approved' : 'locked';
  return { state, days_left: state === 'open' ? computed.days_left : null, source: 'server' };
}

async function postValues(
  http: Dhis2Http,
  step: 'dry_run' | 'import',
  channel: Channel,
  connection: Dhis2Connection,
  head: GroupHeader,
  rows: readonly PayloadRow[],
  exported: Date,
): Promise<ImportResult> {
  const adx = channel === 'adx';
  const query = [`dryRun=${step === 'dry_run'}`, 'importStrategy=CREATE_AND_UPDATE', idSchemeParams(connection.id_scheme, adx)];
  const body = adx
    ? { contentType: ADX_CONTENT_TYPE, text: adxDocument(head, rows, connection.id_scheme, exported) }
    : { contentType: 'application/json', text: dataValueSetJson(head, rows, connection.id_scheme) };
  const answer = await http.request(step, 'POST', `/api/dataValueSets?${query.join('&')}`, body);
  return importResult(answer, rows);
}

/** docs/domain/dhis2.md §5 step 6; note `organisationUnit` here where dataValueSets says `orgUnit`. */
async function complete(http: Dhis2Http, connection: Dhis2Connection, month: string): Promise<void> {
  const registration = {
    dataSet: connection.data_set,
    period: dhis2Period(month),
    organisationUnit: connection.org_unit,
    ...(connection.attribute_option_combo ? { attributeOptionCombo: connection.attribute_option_combo } : {}),
    completed: true,
  };
  const answer = await http.request('complete', 'POST', '/api/completeDataSetRegistrations', {
    contentType: 'application/json',
    text: JSON.stringify({ completeDataSetRegistrations: [registration] }),
  });
  if (answer.status >= 500) throw new Stop('server_error', answer.status);
  if (answer.status === 401 || answer.status === 403) throw new Stop(outcomeForStatus(answer.status), answer.status);
  if (answer.status === 204 || (answer.status === 200 && answer.text.trim() === '')) return;
  const read = readImportSummary(answer.json);
  if (!read || read.summary.status !== 'SUCCESS') throw new Stop('imported_not_completed', answer.status);
}

/**
 * The push sequence of docs/domain/dhis2.md §5: profile, mapping check, lock pre-check, dry run without completeDate, then
 * (for a push) import and completion. Every request and answer is logged with the attempt.
 */
export async function runSequence(ctx: Dhis2Holder, input: SequenceInput): Promise<SequenceResult> {
  const { report: values, channel, kind } = input;
  const connection = readConnection(ctx);
  if (!connection) throw new AppError('invalid_input', { message: 'dhis2.error.not_configured' });
  // Settings or secret unreadable: the caller gets that error itself (nothing was attempted).
  let log: AttemptLog | null = null;
  const { http } = openConnection(ctx, (exchange) => log?.record(exchange));
  const attempt = startAttempt(ctx, {
    month: values.month,
    kind,
    jobId: input.jobId,
    serverUrl: connection.server_url,
    startedBy: input.startedBy,
  });
  log = attempt;
  const report: PushReport = {
    outcome: 'network_error',
    server: null,
    lock: null,
    unmapped: [],
    stale: [],
    dry_run: null,
    import: null,
    completed: false,
    http_status: null,
    detail: '',
  };
  try {
    const info = await fetchServerInfo(http, ctx.clock());
    const { serverDateRaw: _raw, ...server } = info;
    report.server = server;
    if (info.profile === 'unsupported') throw new Stop('unsupported_version', null, info.version);

    const mapping = readMapping(ctx, values.format_id);
    const local = resolveReport(values, mapping, null, connection.id_scheme);
    report.unmapped = local.unmapped;
    if (local.unmapped.length > 0) throw new Stop('blocked_unmapped');

    let fetched: Awaited<ReturnType<typeof fetchDataSet>>;
    try {
      fetched = await fetchDataSet(http, connection.data_set);
    } catch (error) {
      if (error instanceof MetadataError) throw new Stop('bad_request', 200, 'dhis2.detail.metadata_unreadable');
      throw error;
    }
    if (!fetched.info)
      throw new Stop(
        fetched.status === 404 ? 'bad_request' : outcomeForStatus(fetched.status),
        fetched.status,
        'dhis2.detail.data_set_not_found',
      );
    cacheDataSet(ctx, connection.server_url, info.version, fetched.info);
    const resolved = resolveReport(values, mapping, fetched.info, connection.id_scheme);
    report.stale = resolved.stale;
    if (resolved.stale.length > 0) throw new Stop('blocked_mapping_stale');
    if (resolved.rows.length === 0) throw new Stop('bad_request', null, 'dhis2.detail.nothing_to_send');
    const head = header(connection, fetched.info, values.month);

    report.lock = await lockCheck(http, connection, info, fetched.info, values.month, ctx.clock());
    if (report.lock.state !== 'open') throw new Stop('blocked_locked');

    const exported = ctx.clock();
    report.dry_run = await postValues(http, 'dry_run', channel, connection, head, resolved.rows, exported);
    if (!report.dry_run.accepted || report.dry_run.conflicts.length > 0)
      throw new Stop('dry_run_conflicts', report.dry_run.http_status);
    if (kind === 'dry_run') throw new Stop('dry_run_ok', report.dry_run.http_status);

    report.import = await postValues(http, 'import', channel, connection, head, resolved.rows, exported);
    if (report.import.status === 'ERROR') throw new Stop('rejected', report.import.http_status);
    if (!report.import.accepted) throw new Stop('partly_accepted', report.import.http_status);

    await complete(http, connection, values.month);
    report.completed = true;
    report.outcome = 'completed';
  } catch (error) {
    if (error instanceof Stop) {
      report.outcome = error.outcome;
      report.http_status = error.httpStatus;
      report.detail = error.detail;
    } else if (error instanceof HttpStatusError) {
      report.outcome = outcomeForStatus(error.status);
      report.http_status = error.status;
    } else if (error instanceof TransportError) {
      report.outcome = error.kind === 'redirect' ? 'bad_request' : 'network_error';
      report.detail = error.kind === 'redirect' ? 'dhis2.detail.redirect' : `${error.kind}: ${error.message}`;
    } else if (error instanceof AppError) {
      // Not DHIS2 at that URL: nothing a retry would fix.
      report.outcome = 'bad_request';
      report.detail = error.message;
    } else {
      attempt.finish({ ...report, outcome: 'bad_request', detail: 'internal' });
      throw error;
    }
  }
  attempt.finish(report);
  return { report, retryable: RETRYABLE.has(report.outcome) };
}
