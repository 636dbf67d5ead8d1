/**
 * Renders every slip of the slip fixtures (tests/helpers/slip-records.ts) to PDF in Chromium and writes one PNG
 * per page to docs/screenshots/slip-*.png (`npm run screenshots:slips`, pdftoppm at 80 dpi). Look at them after
 * every change to a slip: no boxes instead of Hindi, nothing clipped, the right paper size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp } from '../src/main/bootstrap';
import { checkoutResourcePaths } from '../src/main/paths';
import { chromiumPdfRenderer } from '../src/main/pdf/chromium';
import { LOCAL_ADMIN_SESSION } from '../src/main/session';
import { previewSlip, slipPdf, updatePrintSettings, printSettings } from '../src/main/slips/service';
import type { SlipRef } from '../src/shared/contract/slips';
import { fillPrintSettings, incompleteLama, longHindi, referral, SLIP_NOW, twinDelivery } from '../tests/helpers/slip-records';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'prasav-slips-'));
  const pdf = chromiumPdfRenderer();
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir,
    demo: false,
    appVersion: 'screenshots',
    runtime: 'node',
    clock: () => new Date(SLIP_NOW),
    pdf,
  });
  try {
    fillPrintSettings(ctx);
    const twins = twinDelivery(ctx);
    const referred = referral(ctx);
    const long = longHindi(ctx);
    const lama = incompleteLama(ctx);
    const shots: [string, SlipRef, () => unknown][] = [
      ['discharge-twins-a4', { episode_id: twins, slip: 'discharge' }, () => undefined],
      ['form1-twins-baby-a', { episode_id: twins, slip: 'birth_report', baby_order: 1 }, () => undefined],
      ['form1-twins-baby-b', { episode_id: twins, slip: 'birth_report', baby_order: 2 }, () => undefined],
      ['referral-a4', { episode_id: referred, slip: 'referral', baby_order: null }, () => undefined],
      ['discharge-long-hindi-a5', { episode_id: long, slip: 'discharge' }, () => setPaper('discharge', 'A5')],
      ['referral-half-a4', { episode_id: referred, slip: 'referral', baby_order: null }, () => setPaper('referral', 'half_A4')],
      ['discharge-lama-incomplete', { episode_id: lama, slip: 'discharge' }, () => setPaper('discharge', 'A4')],
      // Printed once, then previewed again: the reprint carries the duplicate mark.
      [
        'discharge-duplicate',
        { episode_id: twins, slip: 'discharge' },
        () => slipPdf(ctx, LOCAL_ADMIN_SESSION, { episode_id: twins, slip: 'discharge' }, 'cli'),
      ],
    ];
    function setPaper(slip: 'discharge' | 'referral', paper: 'A4' | 'A5' | 'half_A4'): void {
      updatePrintSettings(ctx, LOCAL_ADMIN_SESSION, { [slip]: { ...printSettings(ctx)[slip], paper } });
    }
    for (const old of readdirSync(OUT).filter((f) => f.startsWith('slip-'))) unlinkSync(join(OUT, old));
    for (const [name, ref, before] of shots) {
      await before();
      const { html } = previewSlip(ctx, ref, 'reception');
      const file = join(dataDir, `${name}.pdf`);
      writeFileSync(file, await pdf.htmlToPdf(html));
      execFileSync('pdftoppm', ['-png', '-r', '80', file, join(OUT, `slip-${name}`)]);
      console.log(
        `${name}: ${execFileSync('pdfinfo', [file])
          .toString()
          .match(/Pages:\s+\d+|Page size:.*/g)
          ?.join(', ')}`,
      );
    }
  } finally {
    closeApp(ctx);
    await pdf.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
