import type { Browser, Page } from 'playwright-core';
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
 * A PDF renderer on a system Chromium driven by playwright-core (web mode, CLI, tests). The browser and one
 * page start on first use and are reused (a new page costs more than the PDF itself on a busy 2-core PC);
 * documents are rendered one at a time. The page runs with JavaScript off and every network request refused,
 * so a document can only use what it carries (fonts are embedded as data URLs).
 */
export function chromiumPdfRenderer(executablePath: string = chromiumPath()): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  const openPage = async (): Promise<Page> => {
    browser ??= launch();
    const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
    const created = await context.newPage();
    await created.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return created;
  };
  const render = async (html: string): Promise<Buffer> => {
    page ??= openPage();
    const current = await page;
    try {
      await current.setContent(html, { waitUntil: 'load' });
      await current.evaluate('document.fonts.ready').catch(() => undefined);
      return await current.pdf({ preferCSSPageSize: true, printBackground: true });
    } catch (error) {
      // A crashed or closed page is replaced on the next call.
      page = null;
      await current
        .context()
        .close()
        .catch(() => undefined);
      throw error;
    }
  };
  return {
    htmlToPdf(html) {
      const result = queue.then(() => render(html));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      if (browser) await (await browser).close();
      browser = null;
      page = null;
    },
  };
}
