/**
 * `npm run bench [-- NAME…]`: runs every `tests/bench/*.bench.ts` (or those whose name contains NAME). Each file
 * exports `run(): Promise<void>` and prints its own figures; the machine is printed once, for docs/benchmarks.md.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((n) => f.includes(n)))
    .sort();
  const cpu = cpus();
  console.log(
    `${new Date().toISOString()} · ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · Node ${process.versions.node} · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const file of files) {
    console.log(`\n## ${file}`);
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
