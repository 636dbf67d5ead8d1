import type { Browser } from 'playwright-core';
import type { PdfRenderer } from './renderer';

/** Chromium flags for a machine with no network and no GPU (see docs/ARCHITECTURE.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string {
  return (
    process.env.PRASAV_CHROMIUM ??
    (process.platform === 'win32' ? 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' : '/usr/bin/chromium')
  );
}

/**
 * A PDF renderer on a system Chromium driven by playwright-core (web mode, CLI, tests). The browser starts on
 * first use and is reused; pages run with JavaScript off and every network request refused, so a document
 * can only use what it carries (fonts are embedded as data URLs).
 */
export function chromiumPdfRenderer(executablePath: string = chromiumPath()): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  return {
    async htmlToPdf(html) {
      browser ??= launch();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready').catch(() => undefined);
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
