import type { PdfRenderer } from '../pdf/renderer';
import { loadDocumentWindow } from './document-window';

/** PDFs in the desktop app: Chromium's own printToPDF on a hidden document window, at the document's CSS page size. */
export function electronPdfRenderer(): PdfRenderer {
  return {
    async htmlToPdf(html) {
      const win = await loadDocumentWindow(html);
      try {
        return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      } finally {
        win.destroy();
      }
    },
    close: async () => undefined,
  };
}
