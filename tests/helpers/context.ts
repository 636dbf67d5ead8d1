import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { closeApp, openApp } from '../../src/main/bootstrap';
import type { Clock } from '../../src/main/clock';
import type { AppContext } from '../../src/main/context';
import type { Dhis2RuntimeOptions } from '../../src/main/dhis2/runtime';
import type { MonthlyReportProvider } from '../../src/main/report-provider';
import { checkoutResourcePaths } from '../../src/main/paths';
import { chromiumPdfRenderer } from '../../src/main/pdf/chromium';
import type { PdfRenderer } from '../../src/main/pdf/renderer';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

let pdf: PdfRenderer | null = null;
afterAll(async () => {
  await pdf?.close();
  pdf = null;
});

/** One Chromium per test file, started only if a test renders a PDF. */
export function sharedPdf(): PdfRenderer {
  pdf ??= chromiumPdfRenderer();
  const renderer = pdf;
  // Contexts close their renderer on closeApp; the shared browser outlives them until afterAll.
  return { htmlToPdf: (html) => renderer.htmlToPdf(html), close: async () => undefined };
}

/** A temp folder removed after the test. */
export function tempDir(prefix = 'prasav-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The real services on a real SQLite file in a temp folder, closed after the test. */
export function testContext(
  options: { clock?: Clock; dataDir?: string; dhis2?: Dhis2RuntimeOptions; reportProvider?: MonthlyReportProvider } = {},
): AppContext {
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir: options.dataDir ?? tempDir(),
    demo: false,
    appVersion: '0.0.0-test',
    runtime: 'node',
    clock: options.clock,
    pdf: sharedPdf(),
    dhis2: options.dhis2,
    reportProvider: options.reportProvider,
  });
  cleanups.push(() => closeApp(ctx));
  return ctx;
}

/** A clock fixed at `iso`, movable by the test. */
export function fixedClock(iso: string): Clock & { set: (iso: string) => void } {
  let now = new Date(iso);
  const clock = (() => new Date(now)) as Clock & { set: (iso: string) => void };
  clock.set = (next: string) => {
    now = new Date(next);
  };
  return clock;
}
