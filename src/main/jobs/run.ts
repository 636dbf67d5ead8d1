import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../context';
import { projectRoot } from '../paths';
import type { PdfRenderer } from '../pdf/renderer';
import type { JobInput, JobName, JobReply, JobRequest, JobResult, PdfAnswer, PdfAsk } from './jobs';

/**
 * The worker's script: the built one next to the bundle (out/main/jobs-worker.js, in the app and web mode), or the
 * source run through tsx (tests, the CLI, benchmarks, the crash harness's own bundle).
 */
function workerScript(): { file: string; execArgv: string[] } {
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, 'jobs-worker.js');
    if (existsSync(built)) return { file: built, execArgv: [] };
  }
  return { file: join(projectRoot(__dirname), 'src', 'main', 'jobs', 'worker.ts'), execArgv: ['--import', 'tsx'] };
}

/** One job at a time per register: two backups must not race for a file name or the rotation. */
const queues = new WeakMap<AppContext, Promise<unknown>>();

function spawn(request: JobRequest, pdf: PdfRenderer): Promise<JobReply> {
  const { file, execArgv } = workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: request, execArgv });
    let reply: JobReply | null = null;
    const answer = (message: PdfAnswer) => worker.postMessage(message);
    worker.on('message', (message: JobReply | PdfAsk) => {
      if (!('type' in message)) return void (reply = message);
      pdf.htmlToPdf(message.html).then(
        (bytes) => answer({ type: 'pdf', id: message.id, ok: true, bytes }),
        (error: unknown) => answer({ type: 'pdf', id: message.id, ok: false, text: String(error) }),
      );
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reply ? resolve(reply) : reject(new Error(`job ${request.name} ended without a reply (exit ${code})`)),
    );
  });
}

/**
 * Runs a job on a worker thread and resolves with its result; the thread that answers the screens stays free.
 * The job's view of the backup problem (set or cleared) becomes the app's, as if it had run here.
 */
export function runJob<N extends JobName>(ctx: AppContext, name: N, input: JobInput<N>): Promise<JobResult<N>> {
  const run = async (): Promise<JobResult<N>> => {
    const reply = await spawn(
      {
        name,
        input,
        base: {
          dbPath: ctx.dbPath,
          dataDir: ctx.dataDir,
          resourcesDir: ctx.resourcesDir,
          migrationsDir: ctx.migrationsDir,
          appVersion: ctx.appVersion,
          schemaVersion: ctx.schemaVersion,
          now: ctx.clock().toISOString(),
          backupProblem: ctx.backupProblem,
        },
      },
      ctx.pdf,
    );
    if (reply.ok) {
      ctx.backupProblem = reply.backupProblem;
      return reply.result as JobResult<N>;
    }
    if (reply.error.app) throw AppError.fromShape(reply.error.shape);
    throw new Error(`job ${name} failed in its worker: ${reply.error.text}`);
  };
  const next = (queues.get(ctx) ?? Promise.resolve()).then(run, run);
  queues.set(
    ctx,
    next.catch(() => undefined),
  );
  return next;
}

/** Resolves once every job asked for so far has ended (the exit backup waits for a running daily one). */
export function jobsSettled(ctx: AppContext): Promise<unknown> {
  return queues.get(ctx) ?? Promise.resolve();
}
