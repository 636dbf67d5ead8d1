import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { sha256File } from '../../src/main/backup/files';
import { inspectBackupFile } from '../../src/main/backup/inspect';
import { readManifests } from '../../src/main/backup/manifest';
import { dataBackupDir } from '../../src/main/backup/service';
import { checkoutResourcePaths, projectRoot } from '../../src/main/paths';
import { CRASH_WRITES } from './writes';

export interface CrashOptions {
  kills: number;
  /** Name of the write in CRASH_WRITES. */
  write?: string;
  /** Longest time a child writes before it is killed (ms); the actual time is random in [0, max]. */
  maxDelayMs?: number;
  /** Share of kills aimed at start-up (open, migrations, daily backup) instead of at writing. */
  startupShare?: number;
  onProgress?: (done: number, report: CrashReport) => void;
}

export interface CrashReport {
  kills: number;
  failures: string[];
  acknowledgedWrites: number;
  backupsTaken: number;
  /** Kills that landed before the child had opened the register (during open, migration, start-up). */
  killsDuringStartup: number;
  durationMs: number;
  write: string;
  machine: string;
  date: string;
}

/**
 * Bundles the child once into node_modules/.cache (so `better-sqlite3` resolves from the project): starting plain
 * Node on a bundle takes a fraction of what a TypeScript loader needs, which is what makes 200 kills fit in CI.
 */
function buildChild(): string {
  const root = projectRoot();
  const outfile = join(root, 'node_modules', '.cache', 'prasav-crash', 'child.cjs');
  mkdirSync(join(outfile, '..'), { recursive: true });
  buildSync({
    entryPoints: [join(root, 'tests', 'crash', 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return outfile;
}

interface ChildRun {
  acked: number[];
  backups: number;
  ready: boolean;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Starts a child and kills it with SIGKILL `delayMs` after it started (`from: 'spawn'`, a kill during start-up) or
 * after it opened the register (`from: 'ready'`, a kill while writing, whatever the machine's speed); collects
 * everything it acknowledged before dying.
 */
function runChild(
  script: string,
  dataDir: string,
  write: string,
  first: number,
  delayMs: number,
  from: 'spawn' | 'ready',
): Promise<ChildRun & { startupMs: number }> {
  const { migrationsDir } = checkoutResourcePaths();
  const child = spawn(process.execPath, [script, dataDir, migrationsDir, write, String(first)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = {
    acked: [] as number[],
    backups: 0,
    ready: false,
    stderr: '',
    exitCode: null,
    signal: null,
    startupMs: 0,
  } as ChildRun & {
    startupMs: number;
  };
  const spawned = Date.now();
  const kill = () => child.kill('SIGKILL');
  let timer = setTimeout(kill, from === 'spawn' ? delayMs : 60_000);
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line === 'ready') {
        run.ready = true;
        run.startupMs = Date.now() - spawned;
        if (from === 'ready') {
          clearTimeout(timer);
          timer = setTimeout(kill, delayMs);
        }
      } else if (line === 'backup') run.backups++;
      else if (line.startsWith('ack ')) run.acked.push(Number(line.slice(4)));
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  // 'close' (not 'exit') fires after stdout is drained: every ack written before the kill has been read.
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.exitCode = code;
      run.signal = signal;
      resolve(run);
    }),
  );
}

/** After a kill: the register opens through the app's own path, passes integrity_check, holds every ack. */
function verify(dataDir: string, write: string, acked: readonly number[]): string[] {
  const problems: string[] = [];
  let ctx;
  try {
    ctx = openApp({ ...checkoutResourcePaths(), dataDir, demo: false, appVersion: 'crash-verify', runtime: 'node' });
  } catch (error) {
    return [`register does not open: ${String(error)}`];
  }
  try {
    const check = ctx.sqlite.pragma('integrity_check', { simple: true });
    if (check !== 'ok') problems.push(`integrity_check: ${String(check)}`);
    problems.push(...CRASH_WRITES[write]!.verify(ctx, acked));
    // Every backup that is listed (has a manifest) must be whole: a kill mid-backup leaves none, never half of one.
    const dir = dataBackupDir(dataDir);
    for (const manifest of readManifests(dir)) {
      const path = join(dir, manifest.file);
      if (sha256File(path) !== manifest.sha256) problems.push(`backup ${manifest.file}: checksum differs`);
      else if (!inspectBackupFile(path).ok) problems.push(`backup ${manifest.file}: fails integrity_check`);
    }
  } finally {
    closeApp(ctx);
  }
  return problems;
}

/**
 * Kills a child writing to one register `kills` times at random moments; after each kill checks the register.
 * Writes accumulate across the run, so every check covers every write acknowledged since the start.
 */
export async function runCrashHarness(options: CrashOptions): Promise<CrashReport> {
  const write = options.write ?? 'admission';
  if (!CRASH_WRITES[write]) throw new Error(`unknown write ${write}; known: ${Object.keys(CRASH_WRITES).join(', ')}`);
  const script = buildChild();
  const dataDir = mkdtempSync(join(tmpdir(), 'prasav-crash-'));
  const started = Date.now();
  const report: CrashReport = {
    kills: 0,
    failures: [],
    acknowledgedWrites: 0,
    backupsTaken: 0,
    killsDuringStartup: 0,
    durationMs: 0,
    write,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${process.platform} ${process.arch}, Node ${process.versions.node}`,
    date: new Date().toISOString(),
  };
  const acked: number[] = [];
  let next = 1;
  // Start-up kills are aimed within the start-up time measured so far on this machine.
  let startupMs = 300;
  try {
    for (let k = 0; k < options.kills; k++) {
      const atStartup = Math.random() < (options.startupShare ?? 0.15);
      const delay = Math.random() * (atStartup ? startupMs : (options.maxDelayMs ?? 250));
      const run = await runChild(script, dataDir, write, next, delay, atStartup ? 'spawn' : 'ready');
      if (run.ready) startupMs = Math.max(50, (startupMs * 3 + run.startupMs) / 4);
      if (run.signal !== 'SIGKILL') {
        report.failures.push(`kill ${k + 1}: child ended by itself (code ${run.exitCode}): ${run.stderr.slice(0, 500)}`);
      }
      report.kills++;
      if (!run.ready) report.killsDuringStartup++;
      report.backupsTaken += run.backups;
      acked.push(...run.acked);
      // An unacknowledged write may or may not have landed; numbers are never reused, so it cannot be mistaken.
      next = (run.acked.at(-1) ?? next - 1) + 2;
      for (const problem of verify(dataDir, write, acked)) report.failures.push(`kill ${k + 1}: ${problem}`);
      report.acknowledgedWrites = acked.length;
      report.durationMs = Date.now() - started;
      options.onProgress?.(k + 1, report);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return report;
}
