import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import { PAPERS } from '../../shared/slips/settings';
import type { DesktopPrinting } from '../slips/desktop';
import { loadDocumentWindow } from './document-window';

/**
 * Printers and the save dialog in the desktop app. Each copy is printed from its own hidden window at the
 * slip's paper size (microns; half-A4 is a custom size), with the document's own @page margins.
 */
export function electronDesktopPrinting(parent: () => BrowserWindow | null): DesktopPrinting {
  return {
    async listPrinters() {
      const win = parent();
      if (!win) return [];
      const printers = await win.webContents.getPrintersAsync();
      // Electron dropped `isDefault`; CUPS and Windows report the default in the platform options (untested here).
      return printers.map((p) => ({
        name: p.name,
        display_name: p.displayName || p.name,
        is_default: (p.options as Record<string, string> | undefined)?.['is-default'] === 'true',
      }));
    },
    async print(html, options) {
      const win = await loadDocumentWindow(html);
      const [width, height] = PAPERS[options.paper];
      try {
        return await new Promise<boolean>((resolve, reject) => {
          win.webContents.print(
            {
              silent: options.silent,
              printBackground: true,
              ...(options.printer ? { deviceName: options.printer } : {}),
              pageSize: { width: width * 1000, height: height * 1000 },
            },
            (success, failureReason) => {
              if (success) resolve(true);
              // The clerk closed the system dialog: nothing printed, nothing logged.
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(new AppError('internal', { message: 'error.print_failed', params: { reason: failureReason } }));
            },
          );
        });
      } finally {
        win.destroy();
      }
    },
    async saveFile(defaultName, bytes) {
      const win = parent();
      const options = {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, bytes);
      return result.filePath;
    },
  };
}
