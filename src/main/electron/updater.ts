import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoUpdater } from 'electron-updater';
import { updateRefusal } from '../update-policy';

function readAppUpdateYml(): string | null {
  try {
    return readFileSync(join(process.resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Updates come from the feed configured at packaging time (electron-builder `publish`). Checking is opt-in
 * (`PRASAV_UPDATES=1`) because many reception PCs are offline or metered; no patient data is sent. It stays off
 * unless the installed build names its code-signing publisher (`update-policy.ts`), so electron-updater refuses any
 * installer not signed by it.
 */
export function startUpdateChecks(): void {
  const refusal = updateRefusal({
    optIn: process.env.PRASAV_UPDATES,
    platform: process.platform,
    appUpdateYml: readAppUpdateYml(),
  });
  if (refusal) {
    if (refusal !== 'not_opted_in') console.warn(`updates off: ${refusal}`);
    return;
  }
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater
    .checkForUpdatesAndNotify()
    .catch((error: unknown) => console.warn('update check failed', (error as { code?: string }).code ?? 'error'));
}
