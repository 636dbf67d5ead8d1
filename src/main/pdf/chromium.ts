import { existsSync } from 'node:fs';
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

/**
 * Where a Chromium-family browser is looked for, in order. On Windows, Chrome first, then Microsoft Edge (also
 * Chromium, and present on every Windows 10/11 PC); `PRASAV_CHROMIUM` overrides everything.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (env.PRASAV_CHROMIUM) return [env.PRASAV_CHROMIUM];
  if (platform !== 'win32') return ['/usr/bin/chromium'];
  const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
  const programFilesX86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
  return [
    `${programFiles}\\Google\\Chrome\\Application\\chrome.exe`,
    `${programFilesX86}\\Google\\Chrome\\Application\\chrome.exe`,
    `${programFilesX86}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${programFiles}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ];
}

/** The first candidate that exists; the first one when none does (so the launch error names the expected path). */
export function chromiumPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const candidates = chromiumCandidates(platform, env);
  return candidates.find((path) => exists(path)) ?? candidates[0]!;
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
