import { asc, desc, eq, inArray } from 'drizzle-orm';
import { pushReportSchema, type Attempt, type PushOutcome, type PushReport } from '../../shared/dhis2';
import type { DbHandle } from '../db/handle';
import { dhis2Attempt, dhis2Exchange } from '../db/schema';
import type { Exchange } from './http';

const MAX_REQUEST_CHARS = 256_000;
const MAX_RESPONSE_CHARS = 64_000;
const EXCERPT_CHARS = 2_000;

export interface AttemptLog {
  id: number;
  record: (exchange: Exchange) => void;
  finish: (report: PushReport) => void;
}

/**
 * Starts an attempt row; every exchange is written as it happens (a crash mid-push still leaves the record of
 * what was sent). Requests are logged without the Authorization header, which `Exchange` never carries.
 */
export function startAttempt(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  attempt: { month: string; kind: 'dry_run' | 'push'; jobId: number | null; serverUrl: string; startedBy: string },
): AttemptLog {
  const row = ctx.db
    .insert(dhis2Attempt)
    .values({
      month: attempt.month,
      kind: attempt.kind,
      job_id: attempt.jobId,
      server_url: attempt.serverUrl,
      started_at: ctx.clock().toISOString(),
      started_by: attempt.startedBy,
    })
    .returning({ id: dhis2Attempt.id })
    .get();
  return {
    id: row.id,
    record: (exchange) => {
      ctx.db
        .insert(dhis2Exchange)
        .values({
          attempt_id: row.id,
          step: exchange.step,
          method: exchange.method,
          path: exchange.path,
          request_content_type: exchange.requestContentType,
          request_body: exchange.requestBody?.slice(0, MAX_REQUEST_CHARS) ?? null,
          http_status: exchange.status,
          error: exchange.error,
          response_body: exchange.responseText.slice(0, MAX_RESPONSE_CHARS),
          duration_ms: exchange.durationMs,
          at: exchange.at.toISOString(),
        })
        .run();
    },
    finish: (report) => {
      ctx.db
        .update(dhis2Attempt)
        .set({ finished_at: ctx.clock().toISOString(), outcome: report.outcome, report_json: JSON.stringify(report) })
        .where(eq(dhis2Attempt.id, row.id))
        .run();
    },
  };
}

/** Every attempt for a month, newest first, with its exchanges. */
export function attemptsForMonth(ctx: Pick<DbHandle, 'db'>, month: string, limit = 50): Attempt[] {
  const attempts = ctx.db
    .select()
    .from(dhis2Attempt)
    .where(eq(dhis2Attempt.month, month))
    .orderBy(desc(dhis2Attempt.id))
    .limit(limit)
    .all();
  const ids = attempts.map((a) => a.id);
  const exchanges =
    ids.length === 0
      ? []
      : ctx.db.select().from(dhis2Exchange).where(inArray(dhis2Exchange.attempt_id, ids)).orderBy(asc(dhis2Exchange.id)).all();
  return attempts.map((a) => {
    const report = a.report_json ? pushReportSchema.safeParse(JSON.parse(a.report_json)) : null;
    return {
      id: a.id,
      month: a.month,
      kind: a.kind,
      job_id: a.job_id,
      started_at: a.started_at,
      finished_at: a.finished_at,
      outcome: (a.outcome as PushOutcome | null) ?? null,
      report: report?.success ? report.data : null,
      exchanges: exchanges
        .filter((e) => e.attempt_id === a.id)
        .map((e) => ({
          step: e.step,
          method: e.method,
          path: e.path,
          http_status: e.http_status,
          error: e.error,
          response_excerpt: (e.response_body ?? '').slice(0, EXCERPT_CHARS),
        })),
    };
  });
}
