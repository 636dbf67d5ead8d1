/**
 * The monthly HMIS report on a register of 100,000 episodes (issue 5 "Speed"): computing a month's report with all
 * its items and checks (< 20 ms), the full export set (< 2 s), and the ratio to one bare SQLite scan of the month's
 * rows. The register is the demo hospital's generator run with several seeds over eight years, so that the table
 * holds 100,000 real-looking records and a month about 1,040 deliveries (eleven times the demo hospital).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { exportFiles } from '../../src/main/hmis/export';
import { getFormat } from '../../src/main/hmis/formats';
import { computeReport } from '../../src/main/hmis/report';
import { snapshotOf } from '../../src/main/hmis/service';
import { indicatorEnv } from '../../src/main/hmis/settings';
import { storedReport, writeReport } from '../../src/main/hmis/store';
import { checkoutResourcePaths } from '../../src/main/paths';
import { chromiumPdfRenderer } from '../../src/main/pdf/chromium';
import { nextMonth, previousMonth } from '../../src/shared/time';
import { buildSpreadRegister } from './fixture';

const EPISODES = 100_000;
const YEARS = 8;
const NOW = new Date('2026-11-25T10:00:00+05:30');
const MONTH = '2026-10';
const FORMAT = 'hmis-2022-sb3';

interface Timing {
  median: number;
  p95: number;
  min: number;
  /** CPU time of this process (SQLite runs in it, synchronously): the work, whatever else the machine is doing. */
  cpu: number;
}

function time(runs: number, f: () => unknown): Timing {
  f();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    f();
    const used = process.cpuUsage(startCpu);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(runs / 2)]!,
    p95: samples[Math.floor(runs * 0.95)]!,
    min: samples[0]!,
    cpu: cpu[Math.floor(runs / 2)]!,
  };
}

async function timeAsync(runs: number, f: () => Promise<unknown>): Promise<Omit<Timing, 'cpu'> & { first: number }> {
  const start = performance.now();
  await f();
  const first = performance.now() - start;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await f();
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  return { first, median: samples[Math.floor(runs / 2)]!, p95: samples[runs - 1]!, min: samples[0]! };
}

const ms = (t: Timing) =>
  `wall median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, min ${t.min.toFixed(2)} ms; CPU median ${t.cpu.toFixed(2)} ms`;

export async function run(): Promise<void> {
  // PRASAV_BENCH_DIR keeps the built register between runs (building it takes minutes); by default it is thrown away.
  const keep = process.env.PRASAV_BENCH_DIR;
  const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'prasav-bench-'));
  const reuse = keep !== undefined && existsSync(join(keep, 'prasav.sqlite'));
  const pdf = chromiumPdfRenderer();
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir,
    demo: false,
    appVersion: 'bench',
    runtime: 'node',
    clock: () => NOW,
    pdf,
  });
  try {
    let start = performance.now();
    if (reuse) ctx.sqlite.exec('DELETE FROM hmis_report');
    const total = reuse
      ? (ctx.sqlite.prepare('SELECT count(*) FROM episode').pluck().get() as number)
      : buildSpreadRegister(ctx, { episodes: EPISODES, years: YEARS, now: NOW });
    ctx.sqlite.exec('ANALYZE');
    console.log(
      `register: ${total} episodes, ${ctx.sqlite.prepare('SELECT count(*) FROM baby').pluck().get()} babies (built in ${((performance.now() - start) / 1000).toFixed(0)} s)`,
    );

    const from = MONTH;
    const to = nextMonth(MONTH);
    const monthRows = ctx.sqlite
      .prepare('SELECT count(*) FROM episode WHERE delivery_at >= ? AND delivery_at < ?')
      .pluck()
      .get(from, to) as number;
    const scan = ctx.sqlite.prepare('SELECT * FROM episode WHERE delivery_at >= ? AND delivery_at < ?');
    const bare = time(30, () => scan.all(from, to));
    console.log(`bare scan of the month's ${monthRows} episode rows (SELECT *, delivery_at index): ${ms(bare)}`);

    const format = getFormat(ctx, FORMAT);
    const env = indicatorEnv(ctx);
    const report = computeReport(ctx, format, MONTH, env).report;
    console.log(
      `report: ${report.items.length} items, ${report.checks.length} checks; 2.2 = ${report.items.find((i) => i.item_no === '2.2')!.value}`,
    );
    const cold = time(30, () => computeReport(ctx, format, MONTH, env));
    console.log(
      `computeReport, no earlier month submitted (counts this month and the 6 before it for the trend checks): ${ms(cold)}`,
    );

    // The steady state: each finished month is submitted, so the earlier months are their frozen snapshots.
    let month = MONTH;
    for (let i = 0; i < 6; i++) {
      month = previousMonth(month);
      const r = computeReport(ctx, format, month, env).report;
      writeReport(ctx, storedReport(ctx, month, FORMAT), {
        month,
        format_id: FORMAT,
        status: 'submitted',
        inputs: r.inputs,
        snapshot: snapshotOf(r, 'bench'),
        submitted_at: r.generated_at,
        submitted_by: 'bench',
        updated_at: r.generated_at,
        updated_by: 'bench',
      });
    }
    const steady = time(50, () => computeReport(ctx, format, MONTH, env));
    console.log(`computeReport, earlier months submitted (counts this month only): ${ms(steady)}`);
    console.log(
      `ratio to the bare scan (CPU medians): ${(steady.cpu / bare.cpu).toFixed(1)}× (steady), ${(cold.cpu / bare.cpu).toFixed(1)}× (no month submitted)`,
    );

    const oneLine = await timeAsync(5, () => pdf.htmlToPdf('<!doctype html><meta charset="utf-8"><p>Prasav</p>'));
    console.log(`baseline: a one-line PDF through the same renderer: median ${oneLine.median.toFixed(0)} ms`);
    start = performance.now();
    const set = await timeAsync(5, async () => exportFiles(ctx, computeReport(ctx, format, MONTH, env).report, 'draft'));
    console.log(
      `full export set (XLSX, PDF, CSV, JSON): first ${set.first.toFixed(0)} ms (starts Chromium), then median ${set.median.toFixed(0)} ms, max ${set.p95.toFixed(0)} ms`,
    );
  } finally {
    await pdf.close();
    closeApp(ctx);
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}
