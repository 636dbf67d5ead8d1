import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { checkoutResourcePaths, projectRoot } from '../../src/main/paths';

/**
 * Bundles a test child once into node_modules/.cache (so `better-sqlite3` resolves from the project) and returns the
 * bundle: plain Node starts on it in a fraction of what a TypeScript loader needs.
 */
export function bundleChild(entry: string, name: string): string {
  const root = projectRoot();
  const outfile = join(root, 'node_modules', '.cache', 'prasav-children', `${name}.cjs`);
  mkdirSync(join(outfile, '..'), { recursive: true });
  buildSync({
    entryPoints: [join(root, entry)],
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

export interface WebChild {
  process: ChildProcess;
  base: string;
  /** Resident memory of the server process now (Linux /proc), in MB. */
  rssMb(): number;
  kill(): Promise<void>;
}

let bundled: string | null = null;

/** Starts tests/servers/web-child.ts on `dataDir`; resolves once it listens. */
export function startWebChild(dataDir: string): Promise<WebChild> {
  bundled ??= bundleChild('tests/servers/web-child.ts', 'web-child');
  const child = spawn(process.execPath, [bundled, dataDir, checkoutResourcePaths().migrationsDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const port = /ready (\d+)/.exec(out)?.[1];
      if (port)
        resolve({
          process: child,
          base: `http://127.0.0.1:${port}`,
          rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
          kill: () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            return exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`web child exited (${code}) before listening: ${stderr}`)));
  });
}
