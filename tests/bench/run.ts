/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (or those named on the command line) and prints
 * markdown tables for docs/benchmarks.md. Targets are written next to the figures, not asserted: timing
 * assertions in tests flake on a busy machine; the figures are what we report.
 */
import { cpus, totalmem } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printTable, type Measurement } from './lib';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`,
  );
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as { title: string; run: () => Promise<Measurement[]> };
    printTable(bench.title, await bench.run());
  }
}

void main();
