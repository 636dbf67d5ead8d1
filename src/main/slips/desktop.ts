import type { Paper } from '../../shared/slips/settings';

export interface PrinterInfo {
  name: string;
  display_name: string;
  is_default: boolean;
}

/**
 * What only the desktop app can do with a slip: list the PC's printers, print a document on one of them
 * (or silently on the default), and save a file where the clerk chooses. Implemented with Electron in
 * src/main/electron/print.ts; absent (null) in web mode, the CLI and tests.
 */
export interface DesktopPrinting {
  listPrinters(): Promise<PrinterInfo[]>;
  /** Resolves false when the clerk cancelled the print dialog; rejects when the printer failed. */
  print(html: string, options: { printer: string | null; silent: boolean; paper: Paper }): Promise<boolean>;
  /** The chosen path, or null when cancelled. */
  saveFile(defaultName: string, bytes: Buffer): Promise<string | null>;
}
