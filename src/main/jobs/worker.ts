/**
 * Worker-thread entry (built as out/main/jobs-worker.js): runs one job from `workerData` on its own connection to the
 * register, posts the reply and ends. A fresh connection per job also follows a restore that replaced the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../context';
import * as schema from '../db/schema';
import type { PdfRenderer } from '../pdf/renderer';
import { openJobConnection } from './connection';
import { JOBS, type JobReply, type JobRequest, type PdfAnswer, type PdfAsk } from './jobs';

/** PDFs are rendered by the starting thread's renderer (Electron's printToPDF, or the system Chromium). */
function parentPdf(): PdfRenderer {
  let next = 0;
  const waiting = new Map<number, (answer: PdfAnswer) => void>();
  parentPort?.on('message', (answer: PdfAnswer) => waiting.get(answer.id)?.(answer));
  return {
    htmlToPdf: (html) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, (answer) => {
          waiting.delete(id);
          if (answer.ok) resolve(Buffer.from(answer.bytes));
          else reject(new Error(answer.text));
        });
        parentPort?.postMessage({ type: 'pdf', id, html } satisfies PdfAsk);
      }),
    close: async () => undefined,
  };
}

function contextFor(request: JobRequest, sqlite: Database.Database): AppContext {
  const { base } = request;
  const now = new Date(base.now);
  const fail = (what: string) => () => {
    throw new Error(`${what} is not available to a background job`);
  };
  // Only what the jobs' services read; anything else fails loudly instead of acting on a stand-in.
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    clock: () => new Date(now),
    dataDir: base.dataDir,
    dbPath: base.dbPath,
    resourcesDir: base.resourcesDir,
    migrationsDir: base.migrationsDir,
    schemaVersion: base.schemaVersion,
    appVersion: base.appVersion,
    runtime: base.runtime,
    demo: false,
    backupProblem: base.backupProblem,
    lan: null,
    desktop: null,
    pdf: parentPdf(),
    get secrets() {
      return fail('the secret store')();
    },
    get reportProvider() {
      return fail('the report provider')();
    },
    get dhis2() {
      return fail('DHIS2')();
    },
    get sessions() {
      return fail('the session store')();
    },
    get loginGuard() {
      return fail('the login guard')();
    },
  };
}

async function run(request: JobRequest): Promise<JobReply> {
  const sqlite = openJobConnection(request.base.dbPath);
  try {
    const ctx = contextFor(request, sqlite);
    const job = JOBS[request.name] as (ctx: AppContext, input: unknown) => unknown;
    const result = await job(ctx, request.input);
    return { ok: true, result, backupProblem: ctx.backupProblem };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof AppError
          ? { app: true, shape: error.toShape() }
          : { app: false, text: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    };
  } finally {
    sqlite.close();
  }
}

void run(workerData as JobRequest).then((reply) => {
  parentPort?.postMessage(reply);
  // The PDF listener keeps the port open: close it so the thread ends.
  parentPort?.close();
});
