import { BrowserWindow } from 'electron';

/**
 * A hidden, sandboxed window with JavaScript off holding one printable document (a data URL: no file or
 * network access; the session's request filter allows only app and data URLs). Used to print and to make PDFs.
 */
export async function loadDocumentWindow(html: string): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
  return win;
}
