import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { backupNow } from '../../src/main/backup/service';
import type { AppContext } from '../../src/main/context';
import { exportReportSet } from '../../src/main/hmis/export';
import { DB_FILE_NAME, projectRoot } from '../../src/main/paths';
import { importRegister } from '../../src/main/register/exchange/import';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { OpName } from '../../src/shared/contract';
import { benchRegister } from './fixture';
import { round, type Measurement } from './lib';

export const title = 'The window never waits (issue 13 §2): 100,000 episodes';

const S = LOCAL_ADMIN_SESSION;
/** How often the clerk's screen asks for a find while the heavy work runs. */
const EVERY_MS = 25;

async function ok(ctx: AppContext, op: OpName, input: unknown): Promise<unknown> {
  const result = await dispatch(ctx, S, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** 5,000 admissions as a CSV file, each a new mother (names and mobiles unique, so none is a duplicate). */
function importCsv(rows: number): string {
  const lines = ['mother_name,age_years,admission_at,relation_type,relative_name,village_ward,mobile'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const minute = String(i % 60).padStart(2, '0');
    lines.push(
      `Imported Mother ${i},${19 + (i % 20)},${day}-09-2026 ${String(i % 24).padStart(2, '0')}:${minute},wife_of,Husband ${i},Ward ${i % 40},9${String(100_000_000 + i)}`,
    );
  }
  return lines.join('\r\n');
}

/**
 * Find calls planned every EVERY_MS until `work` ends, as a screen typing into the find box would make them: one at a
 * time, the next not before the previous answered. Each call's latency is counted from when it was due (or from the
 * previous answer, if that came later), not from when the thread got round to it: a call due while the thread was
 * busy waited that long for the clerk, but a slow call does not make the following ones count its time again.
 * `runs` in the table counts these calls and the ones they stand for.
 */
async function findsDuring(ctx: AppContext, queries: string[], work: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  const running = work().finally(() => (done = true));
  const start = performance.now();
  let previous = start;
  for (let i = 0; !done; i++) {
    const due = Math.max(start + i * EVERY_MS, previous);
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await ok(ctx, 'findEpisodes', { query: queries[i % queries.length] });
    previous = performance.now();
    // A call that waited longer than the interval stands for the calls the screen would have made meanwhile
    // (each waiting a little less): without them, a thread blocked for a second would count as one slow call.
    for (let waited = previous - due; waited > 0; waited -= EVERY_MS) latencies.push(waited);
  }
  await running;
  return latencies;
}

function summary(name: string, latencies: number[], extra: Partial<Measurement> = {}): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length, ...extra };
}

/**
 * `node out/main/web.js` on a copy of the register until it prints its address (needs `npm run build`). `unclean`
 * leaves an empty WAL beside it, as a crash does: the full check then runs before the server listens.
 */
export async function coldStart(register: string, options: { unclean?: boolean } = {}): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'prasav-cold-'));
  copyFileSync(register, join(dir, DB_FILE_NAME));
  if (options.unclean) writeFileSync(join(dir, `${DB_FILE_NAME}-wal`), '');
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectRoot(), 'out', 'main', 'web.js'), '--data-dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('running at')) resolve(performance.now() - started);
      });
      child.once('exit', (code) => reject(new Error(`web.js exited with ${code}`)));
    });
  } finally {
    // SIGTERM runs the exit backup: wait for it, so the next start does not share the disk with it.
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Measurement[]> {
  const { ctx, close } = benchRegister(100_000);
  const rows: Measurement[] = [];
  try {
    const names = ctx.sqlite
      .prepare('SELECT mother_name FROM episode ORDER BY id LIMIT 200 OFFSET 5000')
      .pluck()
      .all() as string[];
    const queries = names.map((n, i) => [...n.split(' ')[0]!].slice(0, 2 + (i % 3)).join(''));
    const csv = importCsv(5000);
    const month = '2026-10';
    const exportInput = { month, final: false, destination: 'download' as const };
    // Chromium started once, as in a session where a PDF was already made.
    await ok(ctx, 'exportHmisReport', exportInput);

    rows.push(summary('find, nothing else running', await findsDuring(ctx, queries, () => sleep(3000)), { target: 'baseline' }));

    rows.push(
      summary(
        'find during a backup + HMIS export set + 5,000-row import, all on the worker thread (now)',
        await findsDuring(ctx, queries, () =>
          Promise.all([
            ok(ctx, 'createBackup', {}),
            ok(ctx, 'exportHmisReport', exportInput),
            ok(ctx, 'importRegister', { format: 'csv', content: csv.replace(/Imported Mother/g, 'Worker Mother') }),
          ]),
        ),
        { target: 'p95 ≤ 50 ms' },
      ),
    );
    rows.push(
      summary(
        'find during the same three on the calling thread (before)',
        await findsDuring(ctx, queries, async () => {
          await sleep(0);
          backupNow(ctx, 'manual');
          await Promise.all([
            exportReportSet(ctx, S, exportInput),
            importRegister(ctx, S, { format: 'csv', content: csv.replace(/Imported Mother/g, 'Inline Mother') }),
          ]);
        }),
        { note: 'for comparison' },
      ),
    );
    for (const [name, work] of [
      ['a backup (VACUUM INTO + verification)', () => ok(ctx, 'createBackup', {})],
      ['the HMIS export set', () => ok(ctx, 'exportHmisReport', exportInput)],
      [
        'a 5,000-row import',
        () => ok(ctx, 'importRegister', { format: 'csv', content: csv.replace(/Imported Mother/g, 'Alone Mother') }),
      ],
    ] as const) {
      const started = performance.now();
      const latencies = await findsDuring(ctx, queries, work);
      rows.push(
        summary(`find during ${name} alone (worker)`, latencies, {
          note: `job took ${Math.round(performance.now() - started)} ms`,
        }),
      );
    }
  } finally {
    close();
  }

  const built = join(projectRoot(), 'out', 'main', 'web.js');
  if (!existsSync(built)) {
    console.log('cold start not measured: out/main/web.js is missing (run `npm run build` first)');
    return rows;
  }
  const { ctx: coldCtx, close: closeCold } = benchRegister(100_000);
  const register = join(coldCtx.dataDir, DB_FILE_NAME);
  coldCtx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const starts: number[] = [];
  try {
    // A fresh copy each time: the day's backup is due at every start, as on the first start of a day.
    for (let i = 0; i < 5; i++) starts.push(await coldStart(register));
  } finally {
    closeCold();
  }
  rows.push(summary('cold start to a listening server (web.js, daily backup due)', starts, { target: '≤ 1 s' }));
  return rows;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
