import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../shared/auth';
import type { SetupStatus } from '../../shared/contract/auth';
import type { Permission } from '../../shared/roles';
import { queryClient } from './api/query';
import { api, onSessionLost } from './api/client';
import { ErrorBanner } from './components/ErrorText';
import { useI18n } from './i18n/I18n';
import { flushDrafts, mayLeave } from './leave';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { LockScreen } from './pages/LockScreen';
import { LoginPage } from './pages/LoginPage';

interface AuthValue {
  session: SessionInfo;
  /** What the session holds by the admin's role table (the same table the service checks): used to hide or disable. */
  can: (permission: Permission) => boolean;
  /** Locks the screen now (the server session ends; the page and its unsaved input stay underneath). */
  lock: () => void;
  logout: () => Promise<void>;
  /** Asks the service again who is logged in (after the admin changed the role table). */
  refresh: () => void;
  /** After a restore: the accounts are those of the backup, so everyone logs in again. */
  loggedOutByRestore: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

type Phase =
  | { name: 'loading' }
  | { name: 'failed'; error: unknown }
  | { name: 'first_run'; setup: SetupStatus }
  | { name: 'login'; setup: SetupStatus; notice?: string }
  | { name: 'in'; session: SessionInfo };

/** Activity this often or more keeps the server session alive while someone types a long form without saving. */
const HEARTBEAT_MS = 30_000;
const IDLE_CHECK_MS = 5_000;

/**
 * Who is at the PC. Shows first run, login or the app; locks the screen after the admin's idle minutes (and when the
 * server says the session is gone) with an overlay, so whatever was typed is still there after unlocking.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { setLang } = useI18n();
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [locked, setLocked] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const toLogin = useCallback(
    async (notice?: string) => {
      setLocked(false);
      // What one user's screens read, and where they were, is not the next user's: the next user starts on Today.
      queryClient.clear();
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      try {
        const setup = await api.setupStatus({});
        setLang(setup.ui_language);
        setPhase(setup.first_run ? { name: 'first_run', setup } : { name: 'login', setup, notice });
      } catch (error) {
        setPhase({ name: 'failed', error });
      }
    },
    [setLang],
  );

  useEffect(() => {
    let live = true;
    api
      .whoami({})
      .then((session) => {
        if (!live) return;
        if (session) setPhase({ name: 'in', session });
        else void toLogin();
      })
      .catch((error: unknown) => live && setPhase({ name: 'failed', error }));
    return () => {
      live = false;
    };
  }, [attempt, toLogin]);

  const inApp = phase.name === 'in';
  useEffect(() => (inApp ? onSessionLost(() => setLocked(true)) : undefined), [inApp]);

  const lock = useCallback(() => {
    setLocked(true);
    // The forms stay underneath; their drafts are sent while the session still lets them.
    void flushDrafts().then(() => api.logout({}).catch(() => undefined));
  }, []);

  // The heartbeat's answer carries the permissions as the admin set them now (a role table change reaches open screens).
  const refreshed = useCallback((session: SessionInfo | null) => {
    if (session)
      setPhase((p) => (p.name === 'in' && JSON.stringify(p.session) !== JSON.stringify(session) ? { name: 'in', session } : p));
  }, []);
  useIdleLock(inApp && !locked, inApp ? phase.session.idle_minutes : 0, lock, refreshed);

  const logout = useCallback(async () => {
    // A form with unsaved entries asks; its draft is kept in the register file for the next login.
    if (!mayLeave()) return;
    await flushDrafts();
    await api.logout({}).catch(() => undefined);
    await toLogin();
  }, [toLogin]);

  const signedIn = (session: SessionInfo) => {
    setLocked(false);
    setPhase({ name: 'in', session });
  };

  if (phase.name === 'loading') return null;
  if (phase.name === 'failed') return <ErrorBanner error={phase.error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (phase.name === 'first_run') return <FirstRunPage setup={phase.setup} onDone={signedIn} />;
  if (phase.name === 'login') return <LoginPage setup={phase.setup} notice={phase.notice} onDone={signedIn} />;
  if (phase.session.must_change_password) {
    return <ChangePasswordPage session={phase.session} onDone={signedIn} onCancel={() => void logout()} />;
  }
  const value: AuthValue = {
    session: phase.session,
    can: (permission) => phase.session.permissions.includes(permission),
    lock,
    logout,
    refresh: () => void api.whoami({}).then(refreshed, () => undefined),
    loggedOutByRestore: () => void toLogin('login.restored'),
  };
  return (
    <AuthContext.Provider value={value}>
      {/* The app stays mounted under the lock screen (inert), so unsaved input survives the lock. */}
      <div className="auth-frame" inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && <LockScreen session={phase.session} onUnlocked={signedIn} onSwitchUser={() => void logout()} />}
    </AuthContext.Provider>
  );
}

/** Locks after `minutes` without keyboard or mouse; while active, keeps the server session alive. */
function useIdleLock(active: boolean, minutes: number, lock: () => void, refreshed: (session: SessionInfo | null) => void): void {
  const lastActivity = useRef(0);
  const lastHeartbeat = useRef(0);
  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    lastHeartbeat.current = Date.now();
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastHeartbeat.current > HEARTBEAT_MS) {
        lastHeartbeat.current = now;
        void api.whoami({}).then(refreshed, () => undefined);
      }
    };
    const events = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) lock();
    }, IDLE_CHECK_MS);
    return () => {
      events.forEach((e) => window.removeEventListener(e, onActivity));
      window.clearInterval(timer);
    };
  }, [active, minutes, lock, refreshed]);
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
