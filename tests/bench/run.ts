/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each exports `default: () => Promise<boolean>`, false when
 * a budget is missed) and exits non-zero if any missed. Figures go to docs/benchmarks.md with machine and date.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
  console.log(`${new Date().toISOString()} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length} · Node ${process.version}`);
  let ok = true;
  for (const file of files.sort()) {
    console.log(`\n## ${file}`);
    const bench = (await import(join(__dirname, file))) as { default: () => Promise<boolean> };
    ok = (await bench.default()) && ok;
  }
  process.exit(ok ? 0 : 1);
}

void main();
