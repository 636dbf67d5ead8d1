import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { checkoutResourcePaths } from '../../src/main/paths';
import { chromiumPdfRenderer } from '../../src/main/pdf/chromium';
import { previewSlip } from '../../src/main/slips/service';
import type { SlipRef } from '../../src/shared/contract/slips';
import { fillPrintSettings, longHindi, referral, SLIP_NOW, twinDelivery } from '../helpers/slip-records';

/** Budget from issue 4: rendering a slip (record → printable HTML, what preview and print start from). */
const RENDER_BUDGET_MS = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(times: number, fn: () => unknown): Promise<number> {
  const laps: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    laps.push(performance.now() - start);
  }
  return median(laps);
}

export default async function slipsBench(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'prasav-bench-'));
  const pdf = chromiumPdfRenderer();
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir,
    demo: false,
    appVersion: 'bench',
    runtime: 'node',
    clock: () => new Date(SLIP_NOW),
    pdf,
  });
  let ok = true;
  try {
    fillPrintSettings(ctx);
    const twins = twinDelivery(ctx);
    const cases: [string, SlipRef][] = [
      ['discharge, twins (A4)', { episode_id: twins, slip: 'discharge' }],
      ['Form 1, baby A', { episode_id: twins, slip: 'birth_report', baby_order: 1 }],
      ['referral (A4)', { episode_id: referral(ctx), slip: 'referral', baby_order: null }],
      ['discharge, long Hindi', { episode_id: longHindi(ctx), slip: 'discharge' }],
    ];
    await pdf.htmlToPdf(previewSlip(ctx, cases[0]![1], 'bench').html); // start Chromium once
    console.log('| slip | render: record → HTML (median of 50) | HTML → PDF in warm Chromium (median of 5) |');
    console.log('|---|---|---|');
    for (const [name, ref] of cases) {
      const render = await time(50, () => previewSlip(ctx, ref, 'bench'));
      const html = previewSlip(ctx, ref, 'bench').html;
      const toPdf = await time(5, () => pdf.htmlToPdf(html));
      if (render > RENDER_BUDGET_MS) ok = false;
      console.log(
        `| ${name} | ${render.toFixed(1)} ms${render > RENDER_BUDGET_MS ? ' (over budget)' : ''} | ${toPdf.toFixed(0)} ms |`,
      );
    }
    console.log(`budget: render under ${RENDER_BUDGET_MS} ms: ${ok ? 'met' : 'MISSED'}`);
  } finally {
    closeApp(ctx);
    await pdf.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return ok;
}
