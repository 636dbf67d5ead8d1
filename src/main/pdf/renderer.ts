/**
 * HTML → PDF. Slips and the printable report are HTML documents that set their own page size and margins
 * with CSS `@page`; a renderer turns one into PDF bytes with Chromium: Electron's `printToPDF` in the desktop
 * app (src/main/electron/), Debian's Chromium through playwright-core in web mode, the CLI and tests.
 */
export interface PdfRenderer {
  htmlToPdf(html: string): Promise<Buffer>;
  close(): Promise<void>;
}
