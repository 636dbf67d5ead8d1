import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp } from '../../src/main/bootstrap';
import type { Clock } from '../../src/main/clock';
import type { AppContext } from '../../src/main/context';
import { demoEpisodes } from '../../src/main/demo/register';
import { DB_FILE_NAME, checkoutResourcePaths, projectRoot } from '../../src/main/paths';
import { indexEpisode } from '../../src/main/register/search';
import { insertEpisode } from '../../src/main/register/store';

/** The benchmarks' "now": fixed, so the generated register (and the figures) are repeatable. */
export const BENCH_NOW = new Date('2026-11-25T10:00:00+05:30');
export const benchClock: Clock = () => new Date(BENCH_NOW);

const CACHE = join(projectRoot(), 'node_modules', '.cache', 'prasav-bench');

/**
 * A register of about `size` episodes (the demo generator at a higher daily rate over two years), built once
 * and cached under node_modules/.cache; each run works on a fresh copy so saves do not accumulate.
 */
export function benchRegister(size: number): { ctx: AppContext; close: () => void; builtIn: number | null } {
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `register-${size}.sqlite`);
  let builtIn: number | null = null;
  if (!existsSync(cached)) {
    const started = Date.now();
    const dir = join(CACHE, `build-${size}`);
    rmSync(dir, { recursive: true, force: true });
    const ctx = openApp({
      ...checkoutResourcePaths(),
      dataDir: dir,
      demo: false,
      appVersion: 'bench',
      runtime: 'node',
      clock: benchClock,
    });
    const episodes = demoEpisodes({ now: BENCH_NOW, timeZone: 'Asia/Kolkata', perDay: size / 730, seed: 7 });
    ctx.db.transaction(() => {
      for (const ep of episodes) {
        const id = insertEpisode(ctx, ep);
        indexEpisode(ctx.sqlite, id, { ...ep.fields, serial_no: ep.serial.serialNo });
      }
    });
    ctx.sqlite.exec('ANALYZE');
    closeApp(ctx);
    copyFileSync(join(dir, DB_FILE_NAME), cached);
    rmSync(dir, { recursive: true, force: true });
    builtIn = Date.now() - started;
  }
  const runDir = join(CACHE, `run-${size}-${process.pid}`);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  copyFileSync(cached, join(runDir, DB_FILE_NAME));
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir: runDir,
    demo: false,
    appVersion: 'bench',
    runtime: 'node',
    clock: benchClock,
  });
  return {
    ctx,
    builtIn,
    close: () => {
      closeApp(ctx);
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/**
 * A register of `episodes` records spread over `years` (the demo hospital's generator run with several seeds), so a
 * month holds about 1,040 deliveries: eleven times the demo hospital, as the HMIS and dashboard benchmarks use.
 */
export function buildSpreadRegister(ctx: AppContext, options: { episodes: number; years: number; now: Date }): number {
  let seq = 0;
  ctx.db.transaction(() => {
    for (let seed = 1; seq < options.episodes; seed++) {
      for (const episode of demoEpisodes({ now: options.now, timeZone: 'Asia/Kolkata', months: options.years * 12, seed })) {
        if (seq >= options.episodes) break;
        seq += 1;
        insertEpisode(ctx, { ...episode, uid: `bench-${seq}`, serial: { period: 'B', seq, serialNo: `B/${seq}` } });
      }
    }
  });
  return seq;
}

/**
 * The 100,000-episode, eight-year register of the HMIS, dashboard and drafts benchmarks, opened at `now`.
 * PRASAV_BENCH_DIR keeps it between runs (building it takes minutes); by default it is thrown away on close.
 */
export function spreadBenchRegister(now: Date): { ctx: AppContext; close: () => void } {
  const keep = process.env.PRASAV_BENCH_DIR;
  const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'prasav-bench-'));
  const reuse = keep !== undefined && existsSync(join(keep, DB_FILE_NAME));
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir,
    demo: false,
    appVersion: 'bench',
    runtime: 'node',
    clock: () => now,
  });
  if (!reuse) buildSpreadRegister(ctx, { episodes: 100_000, years: 8, now });
  return {
    ctx,
    close: () => {
      closeApp(ctx);
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
