import { autoUpdater } from 'electron-updater';

/**
 * Updates come from the feed configured at packaging time (electron-builder `publish`). Checking is opt-in
 * (`PRASAV_UPDATES=1`) because many reception PCs are offline or metered; no patient data is sent.
 */
export function startUpdateChecks(): void {
  if (process.env.PRASAV_UPDATES !== '1') return;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => console.warn('update check failed', error));
}
