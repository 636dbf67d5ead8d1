import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  target?: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  note?: string;
}

/**
 * Times `fn` `runs` times after a few warm-up calls; reports median and 95th percentile in ms. `prepare` runs before
 * each call, untimed.
 */
export async function measure(
  name: string,
  runs: number,
  fn: (i: number) => unknown,
  extra: Partial<Measurement> = {},
  prepare?: (i: number) => unknown,
): Promise<Measurement> {
  for (let i = 0; i < Math.min(5, runs); i++) {
    await prepare?.(i);
    await fn(i);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.(i);
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs, ...extra };
}

export const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function printTable(title: string, rows: Measurement[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| measurement | median (ms) | p95 (ms) | runs | target | note |');
  console.log('|---|---:|---:|---:|---|---|');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.median_ms} | ${r.p95_ms} | ${r.runs} | ${r.target ?? ''} | ${r.note ?? ''} |`);
}
