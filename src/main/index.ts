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
import { newestGoodBackup, recoverRegister } from './backup/recover';
import { openApp, reopenRecovered, shutdownApp, startCheckedRegister } from './bootstrap';
import type { AppContext } from './context';
import { checkRegisterInBackground } from './db/call-gate';
import { bindIpc, isAppFrame } from './electron/ipc';
import { folderChooser } from './electron/dialogs';
import { desktopSecretStore } from './electron/secret-store';
import { FileKeySecretStore } from './secrets/secret-store';
import { buildMenu } from './electron/menu';
import { electronPdfRenderer } from './electron/pdf';
import { electronDesktopPrinting } from './electron/print';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { startUpdateChecks } from './electron/updater';
import { askBeforeUnload } from './electron/leave-prompt';
import { createMainWindow, hardenSession } from './electron/window';
import { facilitySettings } from './register/context';
import { LanServer } from './http/lan';
import { checkoutResourcePaths, DB_FILE_NAME, type ResourcePaths } from './paths';

/** Packaged: migrations and resources are extraResources next to app.asar; unpackaged: the checkout. */
function resourcePaths(): ResourcePaths {
  if (!app.isPackaged) return checkoutResourcePaths(join(__dirname, '..', '..'));
  return {
    resourcesDir: join(process.resourcesPath, 'resources'),
    migrationsDir: join(process.resourcesPath, 'drizzle'),
    rendererDir: join(__dirname, '..', 'renderer'),
  };
}

const both = (key: string, params?: Record<string, string | number>) =>
  `${translate('hi', key, params)}\n\n${translate('en', key, params)}`;

/**
 * The register did not open. Nothing was written to it. For a damaged file, offer the newest good backup (the
 * damaged file is kept); otherwise (newer version, failed migration) explain and offer the data folder.
 * Returns true when a backup was restored and opening should be tried again.
 */
function handleOpenError(error: AppError, dataDir: string, migrationsDir: string): boolean {
  const good = error.code === 'db_corrupt' ? newestGoodBackup(dataDir, migrationsDir) : null;
  const lines = [both(error.message, error.params)];
  if (good) lines.push(both('recovery.newest', { at: good.manifest.created_at }), good.manifest.file);
  else if (error.code === 'db_corrupt') lines.push(both('recovery.none', { dir: dataDir }));
  const buttons = [
    ...(good ? [`${translate('hi', 'recovery.restore')} / ${translate('en', 'recovery.restore')}`] : []),
    'डेटा फ़ोल्डर खोलें / Open data folder',
    'बंद करें / Quit',
  ];
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Prasav',
    message: `${translate('hi', 'recovery.title')} / ${translate('en', 'recovery.title')}`,
    detail: lines.join('\n\n'),
    buttons,
    defaultId: good ? 0 : buttons.length - 1,
    cancelId: buttons.length - 1,
  });
  if (good && choice === 0) {
    const kept = recoverRegister(join(dataDir, DB_FILE_NAME), good, migrationsDir, new Date());
    dialog.showMessageBoxSync({ type: 'info', title: 'Prasav', message: both('recovery.done', { kept }) });
    return true;
  }
  if (buttons[choice]?.includes('Open data folder')) void shell.openPath(dataDir);
  return false;
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let args: ReturnType<typeof parseLaunchArgs>;
  try {
    args = parseLaunchArgs(process.argv.slice(1));
  } catch (error) {
    // Before any window exists: say why in both languages, then quit (nothing was opened or written).
    dialog.showErrorBox('Prasav', error instanceof AppError ? both(error.message, error.params) : String(error));
    app.quit();
    return;
  }
  const dataDir = args.dataDir ?? app.getPath('userData');
  let ctx: AppContext | null = null;
  let mainWindow: BrowserWindow | null = null;
  let stopSchedule: (() => void) | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(async () => {
      const paths = resourcePaths();
      const options = {
        ...paths,
        dataDir,
        demo: args.demo,
        appVersion: app.getVersion(),
        runtime: 'electron' as const,
        pdf: electronPdfRenderer(),
        // safeStorage (DPAPI on Windows) where the OS offers it; the key-file store otherwise.
        secrets: (dir: string) => desktopSecretStore(new FileKeySecretStore(join(dir, 'keys'))),
        desktop: electronDesktopPrinting(() => mainWindow),
        chooseFolder: folderChooser(() => mainWindow),
        deferFullCheck: true,
      };
      for (;;) {
        try {
          ctx = openApp(options);
          break;
        } catch (error) {
          const retry = error instanceof AppError ? handleOpenError(error, dataDir, paths.migrationsDir) : false;
          if (!(error instanceof AppError)) dialog.showErrorBox('Prasav', String(error));
          if (!retry) {
            app.quit();
            return;
          }
        }
      }
      hardenSession();
      serveRenderer(paths.rendererDir);
      bindIpc(ipcMain, { ctx, isTrustedSender: isAppFrame });
      // LAN mode: only when the admin turned it on (Settings), on the address they chose; started once the check passed.
      ctx.lan = new LanServer(ctx, paths.rendererDir);
      Menu.setApplicationMenu(buildMenu({ dev: !app.isPackaged, onAbout: () => app.showAboutPanel() }));
      mainWindow = createMainWindow(join(__dirname, '..', 'preload'));
      mainWindow.on('closed', () => (mainWindow = null));
      const opened = ctx;
      askBeforeUnload(mainWindow, () => facilitySettings(opened).ui_language);
      startUpdateChecks();
      // The full check of the register runs on the worker once the window shows (writes wait for it), then the
      // day's backup; damage found then is offered for recovery as at start-up.
      for (;;) {
        const damage = await checkRegisterInBackground(opened);
        // The app quit meanwhile.
        if (ctx !== opened) return;
        if (!damage) {
          stopSchedule = await startCheckedRegister(ctx);
          return;
        }
        ctx.sqlite.close();
        if (!handleOpenError(damage, dataDir, paths.migrationsDir)) {
          // Nothing to back up on the way out: the register is damaged.
          ctx = null;
          app.quit();
          return;
        }
        // The same context on the restored register (IPC holds it); the screens start again from the login.
        reopenRecovered(ctx);
        mainWindow?.reload();
      }
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Prasav', String(error));
      app.quit();
    });

  app.on('window-all-closed', () => app.quit());
  // The exit backup runs before the app goes: hold the quit until it is written.
  let shutDown = false;
  app.on('will-quit', (event) => {
    if (!ctx || shutDown) return;
    event.preventDefault();
    shutDown = true;
    stopSchedule?.();
    const closing = ctx;
    ctx = null;
    void shutdownApp(closing).finally(() => app.quit());
  });
}

start();
