import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { BackupStatus } from '../../shared/backup';
import type { AppInfo } from '../../shared/contract/app';
import type { FacilitySettings } from '../../shared/settings';
import { opKey, useOp } from './api/query';

interface AppState {
  info: AppInfo | null;
  settings: FacilitySettings | null;
  /** A write answered with the new settings: every screen reading `getSettings` shows them. */
  setSettings: (settings: FacilitySettings) => void;
  /** Last backup and the second copy's state, for the header (null until loaded). */
  backup: BackupStatus | null;
  setBackup: (status: BackupStatus) => void;
  loadError: unknown;
  reload: () => void;
}

const AppStateContext = createContext<AppState | null>(null);

/**
 * App-wide facts read after login through the data layer (`appInfo`, `getSettings`, `backupStatus`): the header,
 * the language and the backup line. A write that answers with one of them puts it in the cache for every screen.
 */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const info = useOp('appInfo', {});
  const settings = useOp('getSettings', {});
  const backup = useOp('backupStatus', {});
  const { refetch: refetchInfo } = info;
  const { refetch: refetchSettings } = settings;
  const { refetch: refetchBackup } = backup;
  const value = useMemo<AppState>(
    () => ({
      info: info.data ?? null,
      settings: settings.data ?? null,
      setSettings: (next) => client.setQueryData(opKey('getSettings', {}), next),
      backup: backup.data ?? null,
      setBackup: (next) => client.setQueryData(opKey('backupStatus', {}), next),
      loadError: info.error ?? settings.error ?? backup.error,
      reload: () => void Promise.all([refetchInfo(), refetchSettings(), refetchBackup()]),
    }),
    [
      client,
      info.data,
      info.error,
      settings.data,
      settings.error,
      backup.data,
      backup.error,
      refetchInfo,
      refetchSettings,
      refetchBackup,
    ],
  );
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
