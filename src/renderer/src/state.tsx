import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { BackupStatus } from '../../shared/backup';
import type { AppInfo } from '../../shared/contract/app';
import type { FacilitySettings } from '../../shared/settings';
import { api } from './api/client';

interface AppState {
  info: AppInfo | null;
  settings: FacilitySettings | null;
  setSettings: (settings: FacilitySettings) => void;
  /** Last backup and the second copy's state, for the header (null until loaded). */
  backup: BackupStatus | null;
  setBackup: (status: BackupStatus) => void;
  loadError: unknown;
  reload: () => void;
}

const AppStateContext = createContext<AppState | null>(null);

/** App-wide facts loaded once after login: app info, the facility settings (header, language), the backup status. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<FacilitySettings | null>(null);
  const [backup, setBackup] = useState<BackupStatus | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([api.appInfo({}), api.getSettings({}), api.backupStatus({})])
      .then(([i, s, b]) => {
        if (!live) return;
        setInfo(i);
        setSettings(s);
        setBackup(b);
        setLoadError(null);
      })
      .catch((error: unknown) => live && setLoadError(error));
    return () => {
      live = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return (
    <AppStateContext.Provider value={{ info, settings, setSettings, backup, setBackup, loadError, reload }}>
      {children}
    </AppStateContext.Provider>
  );
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
