import { and, asc, desc, eq, inArray, isNotNull, lt, lte, or } from 'drizzle-orm';
import type { PushJob, PushOutcome, PushReport } from '../../shared/dhis2';
import { monthlyReportValuesSchema, type MonthlyReportValues } from '../../shared/report-values';
import type { DbHandle } from '../db/handle';
import type { Dhis2Holder } from './connection';
import { dhis2PushJob } from '../db/schema';
import type { Channel, SequenceInput, SequenceResult } from './push';

/** The scheduler's timers, injectable so tests run the queue on a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * docs/domain/dhis2.md §7: 2 s, 4 s, 8 s, 16 s, then "will retry later" at a slow pace for as long as the network is down
 * (a reception PC may be offline for a day); ± jitter so many PCs coming back online do not retry in step.
 */
export interface BackoffPolicy {
  firstDelayMs: number;
  quickRetries: number;
  laterDelayMs: number;
  maxDelayMs: number;
  /** 0.2 = ±20 %. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  firstDelayMs: 2_000,
  quickRetries: 4,
  laterDelayMs: 15 * 60_000,
  maxDelayMs: 60 * 60_000,
  jitter: 0.2,
};

/** Delay before retry number `retry` (1 = the first retry). */
export function backoffDelay(policy: BackoffPolicy, retry: number, random: () => number): number {
  const base =
    retry <= policy.quickRetries
      ? policy.firstDelayMs * 2 ** (retry - 1)
      : Math.min(policy.laterDelayMs * 2 ** (retry - policy.quickRetries - 1), policy.maxDelayMs);
  return Math.max(0, Math.round(base * (1 + policy.jitter * (2 * random() - 1))));
}

/** A job holding its lease longer than this is taken to have died with its process (power cut). */
const LEASE_MS = 10 * 60_000;

export interface PushQueueOptions {
  timers: Timers;
  random: () => number;
  backoff: BackoffPolicy;
  run: (ctx: Dhis2Holder, input: SequenceInput) => Promise<SequenceResult>;
}

type JobRow = typeof dhis2PushJob.$inferSelect;

export function toPushJob(row: JobRow): PushJob {
  return {
    id: row.id,
    month: row.month,
    state: row.state,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_at,
    last_outcome: (row.last_outcome as PushOutcome | null) ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/**
 * The persisted push queue. A job stays `queued` (with `next_attempt_at`) until an attempt ends in something
 * other than a network error, timeout or 5xx; it is then `done` (completed) or `failed` (needs a person).
 */
export class PushQueue {
  private timer: unknown = null;
  private started = false;
  private draining: Promise<void> | null = null;

  constructor(
    private readonly ctx: DbHandle & Dhis2Holder,
    private readonly options: PushQueueOptions,
  ) {}

  private now(): string {
    return this.ctx.clock().toISOString();
  }

  private row(id: number): JobRow {
    const row = this.ctx.db.select().from(dhis2PushJob).where(eq(dhis2PushJob.id, id)).get();
    if (!row) throw new Error(`push job ${id} not found`);
    return row;
  }

  latestJob(month: string): PushJob | null {
    const row = this.ctx.db
      .select()
      .from(dhis2PushJob)
      .where(eq(dhis2PushJob.month, month))
      .orderBy(desc(dhis2PushJob.id))
      .limit(1)
      .get();
    return row ? toPushJob(row) : null;
  }

  /**
   * Queues the month's values, due now. A job for the same month still waiting is given the new values instead
   * of a second job being added (re-pushing is idempotent on the server, so the newest values win).
   */
  enqueue(report: MonthlyReportValues, channel: Channel, userId: string): PushJob {
    const now = this.now();
    const waiting = this.ctx.db
      .select()
      .from(dhis2PushJob)
      .where(and(eq(dhis2PushJob.month, report.month), eq(dhis2PushJob.state, 'queued')))
      .get();
    if (waiting) {
      this.ctx.db
        .update(dhis2PushJob)
        .set({ report_json: JSON.stringify(report), channel, next_attempt_at: now, updated_at: now })
        .where(eq(dhis2PushJob.id, waiting.id))
        .run();
      return toPushJob(this.row(waiting.id));
    }
    const row = this.ctx.db
      .insert(dhis2PushJob)
      .values({
        month: report.month,
        channel,
        report_json: JSON.stringify(report),
        state: 'queued',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
        created_by: userId,
        updated_at: now,
      })
      .returning()
      .get();
    return toPushJob(row);
  }

  /** Makes a failed or waiting job due now (the manual "retry" button). */
  retryNow(month: string): PushJob | null {
    const job = this.latestJob(month);
    if (!job || job.state === 'done' || job.state === 'running') return job;
    const now = this.now();
    this.ctx.db
      .update(dhis2PushJob)
      .set({ state: 'queued', next_attempt_at: now, updated_at: now })
      .where(eq(dhis2PushJob.id, job.id))
      .run();
    return toPushJob(this.row(job.id));
  }

  /** Takes the job if nobody else is running it (the app and the CLI may share the register). */
  private claim(id: number): JobRow | null {
    const now = this.ctx.clock();
    const result = this.ctx.db
      .update(dhis2PushJob)
      .set({ state: 'running', lease_until: new Date(now.getTime() + LEASE_MS).toISOString(), updated_at: now.toISOString() })
      .where(
        and(
          eq(dhis2PushJob.id, id),
          or(
            eq(dhis2PushJob.state, 'queued'),
            and(
              eq(dhis2PushJob.state, 'running'),
              isNotNull(dhis2PushJob.lease_until),
              lt(dhis2PushJob.lease_until, now.toISOString()),
            ),
          ),
        ),
      )
      .run();
    return result.changes === 1 ? this.row(id) : null;
  }

  /** Runs one attempt of a job now; null report when another process holds it. */
  async runJob(id: number, startedBy = 'queue'): Promise<{ job: PushJob; report: PushReport | null }> {
    const row = this.claim(id);
    if (!row) return { job: toPushJob(this.row(id)), report: null };
    const attempts = row.attempts + 1;
    let result: SequenceResult;
    try {
      const report = monthlyReportValuesSchema.parse(JSON.parse(row.report_json));
      result = await this.options.run(this.ctx, { report, channel: row.channel, kind: 'push', jobId: id, startedBy });
    } catch (error) {
      // A bug or unreadable settings: the job stops for a person to look at, it is not retried in a loop.
      this.finishJob(id, attempts, 'failed', 'bad_request', null);
      this.schedule();
      throw error;
    }
    const { report, retryable } = result;
    if (retryable) {
      const due = new Date(this.ctx.clock().getTime() + backoffDelay(this.options.backoff, attempts, this.options.random));
      this.finishJob(id, attempts, 'queued', report.outcome, due.toISOString());
    } else {
      this.finishJob(id, attempts, report.outcome === 'completed' ? 'done' : 'failed', report.outcome, null);
    }
    this.schedule();
    return { job: toPushJob(this.row(id)), report };
  }

  private finishJob(id: number, attempts: number, state: JobRow['state'], outcome: PushOutcome, next: string | null): void {
    this.ctx.db
      .update(dhis2PushJob)
      .set({ state, attempts, last_outcome: outcome, next_attempt_at: next, lease_until: null, updated_at: this.now() })
      .where(eq(dhis2PushJob.id, id))
      .run();
  }

  /** Runs every job that is due, one after the other (a second caller waits for the same run). */
  runDue(): Promise<void> {
    if (this.draining) return this.draining;
    // `.finally` runs after this assignment even when nothing is due (a synchronous finish would otherwise leave a
    // settled promise here for good, and the queue would never run again).
    const run = this.drain().finally(() => {
      if (this.draining === run) this.draining = null;
    });
    this.draining = run;
    return run;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const now = this.now();
      const due = this.ctx.db
        .select({ id: dhis2PushJob.id })
        .from(dhis2PushJob)
        .where(
          or(
            and(eq(dhis2PushJob.state, 'queued'), lte(dhis2PushJob.next_attempt_at, now)),
            and(eq(dhis2PushJob.state, 'running'), lt(dhis2PushJob.lease_until, now)),
          ),
        )
        .orderBy(asc(dhis2PushJob.next_attempt_at))
        .limit(1)
        .get();
      if (!due) break;
      try {
        await this.runJob(due.id);
      } catch (error) {
        console.error(`push job ${due.id} failed`, error instanceof Error ? error.message : error);
      }
    }
  }

  /** Starts the timer loop (desktop and web mode; not the CLI). */
  start(): void {
    this.started = true;
    this.schedule();
  }

  stop(): void {
    this.started = false;
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** One timer, set for the earliest due job. */
  schedule(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    if (!this.started || !this.ctx.sqlite.open) return;
    // The earliest of: a waiting job's next attempt, a running job's lease (its process may have died).
    const times = this.ctx.db
      .select({ next: dhis2PushJob.next_attempt_at, lease: dhis2PushJob.lease_until, state: dhis2PushJob.state })
      .from(dhis2PushJob)
      .where(inArray(dhis2PushJob.state, ['queued', 'running']))
      .all()
      .map((job) => (job.state === 'queued' ? job.next : job.lease))
      .filter((at): at is string => !!at)
      .sort();
    const next = times[0];
    if (!next) return;
    const delay = Math.max(0, Date.parse(next) - this.ctx.clock().getTime());
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = null;
      void this.runDue().then(() => this.schedule());
    }, delay);
  }
}
