/**
 * Electron entry: the thin shell around the plain-Node services. Everything it starts (database, contract,
 * handlers) also runs without Electron in web mode and in tests.
 */
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, shell } from 'electron';
import { AppError } from '../shared/errors';
import { translate } from '../shared/i18n/translate';
import { parseLaunchArgs } from './args';
import { closeApp, openApp } from './bootstrap';
import type { AppContext } from './context';
import { bindIpc, isAppFrame } from './electron/ipc';
import { folderChooser } from './electron/dialogs';
import { buildMenu } from './electron/menu';
import { electronPdfRenderer } from './electron/pdf';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { startUpdateChecks } from './electron/updater';
import { createMainWindow, hardenSession } from './electron/window';
import { checkoutResourcePaths, type ResourcePaths } from './paths';
import { LOCAL_ADMIN_SESSION } from './session';

/** Packaged: migrations and resources are extraResources next to app.asar; unpackaged: the checkout. */
function resourcePaths(): ResourcePaths {
  if (!app.isPackaged) return checkoutResourcePaths(join(__dirname, '..', '..'));
  return {
    resourcesDir: join(process.resourcesPath, 'resources'),
    migrationsDir: join(process.resourcesPath, 'drizzle'),
    rendererDir: join(__dirname, '..', 'renderer'),
  };
}

function showOpenError(error: AppError, dataDir: string): void {
  const lang = 'hi';
  const detail = `${translate(lang, error.message, error.params)}\n\n${translate('en', error.message, error.params)}`;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Prasav',
    message: translate('en', `error.${error.code}`, error.params),
    detail,
    buttons: ['Open data folder (backups)', 'Quit'],
    defaultId: 1,
  });
  if (choice === 0) void shell.openPath(dataDir);
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  const args = parseLaunchArgs(process.argv.slice(1));
  const dataDir = args.dataDir ?? app.getPath('userData');
  let ctx: AppContext | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(() => {
      const paths = resourcePaths();
      try {
        ctx = openApp({
          ...paths,
          dataDir,
          demo: args.demo,
          appVersion: app.getVersion(),
          runtime: 'electron',
          pdf: electronPdfRenderer(),
          chooseFolder: folderChooser(() => mainWindow),
        });
      } catch (error) {
        if (error instanceof AppError) showOpenError(error, dataDir);
        else dialog.showErrorBox('Prasav', String(error));
        app.quit();
        return;
      }
      hardenSession();
      serveRenderer(paths.rendererDir);
      bindIpc(ipcMain, {
        ctx,
        isTrustedSender: isAppFrame,
        resolveSession: () => LOCAL_ADMIN_SESSION,
      });
      Menu.setApplicationMenu(buildMenu({ dev: !app.isPackaged, onAbout: () => app.showAboutPanel() }));
      mainWindow = createMainWindow(join(__dirname, '..', 'preload'));
      mainWindow.on('closed', () => (mainWindow = null));
      startUpdateChecks();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Prasav', String(error));
      app.quit();
    });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (ctx) closeApp(ctx);
  });
}

start();
