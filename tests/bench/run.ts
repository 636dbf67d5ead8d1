/**
 * `npm run bench [-- NAME…]`: runs every `tests/bench/*.bench.ts` (or those whose name contains NAME) and prints the
 * figures for docs/benchmarks.md. A bench exports `run()`; when it returns measurements they are printed as a markdown
 * table under its `title`, otherwise it prints its own (the HMIS bench reports CPU time too). Targets are written next
 * to the figures, not asserted: timing assertions in tests flake on a busy machine; the figures are what we report.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { printTable, type Measurement } from './lib';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((n) => f.includes(n)))
    .sort();
  const cpu = cpus();
  console.log(
    `${new Date().toISOString()} · ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.versions.node} · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as { title?: string; run: () => Promise<Measurement[] | void> };
    console.log(`\n## ${file}`);
    const rows = await bench.run();
    if (rows) printTable(bench.title ?? file, rows);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
