/**
 * Worker-thread entry (built as out/main/jobs-worker.js): runs one job from `workerData` on its own connection to the
 * register, posts the reply and ends. A fresh connection per job also follows a restore that replaced the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { PdfRenderer } from '../pdf/renderer';
import { openJobConnection } from './connection';
import { JOBS, type JobBase, type JobDeps, type JobReply, type JobRequest, type PdfAnswer, type PdfAsk } from './jobs';

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

/** The job's dependencies: its own connection, the caller's clock stopped at the time of asking, the values sent. */
function depsFor(base: JobBase, register: Pick<JobDeps, 'sqlite' | 'db'>): JobDeps {
  const { dbPath: _opened, now, ...values } = base;
  const at = new Date(now);
  return { ...values, ...register, clock: () => new Date(at), pdf: parentPdf() };
}

async function run(request: JobRequest): Promise<JobReply> {
  const register = openJobConnection(request.base.dbPath);
  try {
    const deps = depsFor(request.base, register);
    const job = JOBS[request.name] as (deps: JobDeps, input: unknown) => unknown;
    const result = await job(deps, request.input);
    return { ok: true, result, backupProblem: deps.backupProblem };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof AppError
          ? { app: true, shape: error.toShape() }
          : { app: false, text: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    };
  } finally {
    register.sqlite.close();
  }
}

void run(workerData as JobRequest).then((reply) => {
  parentPort?.postMessage(reply);
  // The PDF listener keeps the port open: close it so the thread ends.
  parentPort?.close();
});
