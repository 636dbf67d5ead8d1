import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runJob } from '../../src/main/jobs/run';
import { DB_FILE_NAME, projectRoot } from '../../src/main/paths';
import { benchRegister } from './fixture';
import { round, type Measurement } from './lib';
import { coldStart } from './responsiveness.bench';

export const title = 'Cold start to a listening server (issue 13 §2): 100,000 episodes';

const STARTS = 7;

function summary(name: string, times: number[], extra: Partial<Measurement> = {}): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length, ...extra };
}

/**
 * `node out/main/web.js` on a fresh copy of the register (the day's backup due) until it prints its address, after a
 * clean exit (the full check runs on the worker once the server listens) and after an unclean one (an empty WAL
 * left: the full check runs at open, as every start did before). The two alternate, so the machine's load falls on
 * both alike.
 */
export async function run(): Promise<Measurement[]> {
  if (!existsSync(join(projectRoot(), 'out', 'main', 'web.js'))) {
    console.log('cold start not measured: out/main/web.js is missing (run `npm run build` first)');
    return [];
  }
  const { ctx, close } = benchRegister(100_000);
  const register = join(ctx.dataDir, DB_FILE_NAME);
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const clean: number[] = [];
  const unclean: number[] = [];
  const check: number[] = [];
  try {
    for (let i = 0; i < STARTS; i++) {
      clean.push(await coldStart(register));
      unclean.push(await coldStart(register, { unclean: true }));
    }
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      if ((await runJob(ctx, 'quickCheck', undefined)) !== 'ok') throw new Error('the bench register fails its check');
      check.push(performance.now() - started);
    }
  } finally {
    close();
  }
  return [
    summary('after a clean exit: cheap checks at open, full check on the worker (now)', clean, { target: '≤ 1 s' }),
    summary('after an unclean exit: full quick_check at open (every start before)', unclean, { note: 'for comparison' }),
    summary('the full check on the worker after the start (writes wait for it)', check, {
      note: 'worker from source (tsx)',
    }),
  ];
}
