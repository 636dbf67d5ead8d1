import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { checkoutResourcePaths } from '../../src/main/paths';
import { chromiumPdfRenderer } from '../../src/main/pdf/chromium';
import { previewSlip } from '../../src/main/slips/service';
import type { SlipRef } from '../../src/shared/contract/slips';
import { fillPrintSettings, longHindi, referral, SLIP_NOW, twinDelivery } from '../helpers/slip-records';
import { measure, type Measurement } from './lib';

export const title = 'Slips (issue 4): record → printable HTML, and HTML → PDF in a warm Chromium';

export async function run(): Promise<Measurement[]> {
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
    const rows: Measurement[] = [];
    for (const [name, ref] of cases) {
      rows.push(await measure(`render ${name}`, 50, () => previewSlip(ctx, ref, 'bench'), { target: '< 300 ms' }));
      const html = previewSlip(ctx, ref, 'bench').html;
      rows.push(await measure(`PDF ${name}`, 5, () => pdf.htmlToPdf(html)));
    }
    return rows;
  } finally {
    closeApp(ctx);
    await pdf.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
