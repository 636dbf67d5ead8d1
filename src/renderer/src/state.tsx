import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import type { FacilitySettings } from '../../shared/settings';
import { api } from './api/client';

interface AppState {
  info: AppInfo | null;
  settings: FacilitySettings | null;
  setSettings: (settings: FacilitySettings) => void;
  loadError: unknown;
  reload: () => void;
}

const AppStateContext = createContext<AppState | null>(null);

/** App-wide facts loaded once at start: app info and the facility settings (header, language). */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<FacilitySettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([api.appInfo({}), api.getSettings({})])
      .then(([i, s]) => {
        if (!live) return;
        setInfo(i);
        setSettings(s);
        setLoadError(null);
      })
      .catch((error: unknown) => live && setLoadError(error));
    return () => {
      live = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return (
    <AppStateContext.Provider value={{ info, settings, setSettings, loadError, reload }}>{children}</AppStateContext.Provider>
  );
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
