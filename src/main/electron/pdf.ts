import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../pdf/renderer';

/**
 * PDFs in the desktop app: a hidden, sandboxed window with JavaScript off loads the document (a data URL:
 * no file or network access; the session's request filter allows only app and data URLs) and Chromium's
 * own printToPDF writes it, honouring the document's CSS page size.
 */
export function electronPdfRenderer(): PdfRenderer {
  return {
    async htmlToPdf(html) {
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          // No one clicks in a hidden window, but the app's windows all disable it (Electronegativity AUXCLICK).
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      } finally {
        win.destroy();
      }
    },
    close: async () => undefined,
  };
}
