import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../shared/auth';
import type { Permission } from '../../shared/roles';
import { replaceEqualDeep, useQueryClient } from '@tanstack/react-query';
import { onSessionLost } from './api/client';
import { opKey, useOp, useOpMutation } from './api/query';
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

/** Activity this often or more keeps the server session alive while someone types a long form without saving. */
const HEARTBEAT_MS = 30_000;
const IDLE_CHECK_MS = 5_000;

const WHOAMI = opKey('whoami', {});

/**
 * A heartbeat or refresh that finds the server session gone (null) keeps the session shown: the next call that
 * needs it is refused and locks the screen over the page, so whatever was typed survives. Logging out resets the
 * query instead, and the next answer (null) is taken. Otherwise an unchanged session keeps its object.
 */
const keepSessionOnNull = (old: unknown, next: unknown) => (next === null && old ? old : replaceEqualDeep(old, next));

/**
 * Who is at the PC. Shows first run, login or the app; locks the screen after the admin's idle minutes (and when the
 * server says the session is gone) with an overlay, so whatever was typed is still there after unlocking. The
 * session is `whoami`'s answer in the data layer's cache; a login, unlock or first run puts its answer there.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const who = useOp('whoami', {}, { staleTime: Infinity, structuralSharing: keepSessionOnNull });
  const [locked, setLocked] = useState(false);
  const [notice, setNotice] = useState<string>();
  const endSession = useOpMutation('logout');

  const toLogin = useCallback(
    async (next?: string) => {
      setLocked(false);
      setNotice(next);
      // What one user's screens read, and where they were, is not the next user's: the next user starts on Today.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== WHOAMI[0] });
      client.getMutationCache().clear();
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      await client.resetQueries({ queryKey: WHOAMI });
    },
    [client],
  );

  const session = who.data;
  const inApp = !!session;
  useEffect(() => (inApp ? onSessionLost(() => setLocked(true)) : undefined), [inApp]);

  const { mutateAsync: sendLogout } = endSession;
  const lock = useCallback(() => {
    setLocked(true);
    // The forms stay underneath; their drafts are sent while the session still lets them.
    void flushDrafts().then(() => sendLogout({}).catch(() => undefined));
  }, [sendLogout]);

  // The heartbeat's answer carries the permissions as the admin set them now (a role table change reaches open screens).
  const { refetch } = who;
  const refresh = useCallback(() => void refetch(), [refetch]);
  useIdleLock(inApp && !locked, session ? session.idle_minutes : 0, lock, refresh);

  const logout = useCallback(async () => {
    // A form with unsaved entries asks; its draft is kept in the register file for the next login.
    if (!mayLeave()) return;
    await flushDrafts();
    await sendLogout({}).catch(() => undefined);
    await toLogin();
  }, [sendLogout, toLogin]);

  const signedIn = (next: SessionInfo) => {
    setLocked(false);
    client.setQueryData(WHOAMI, next);
  };

  if (session === undefined) {
    return who.error ? <ErrorBanner error={who.error} onRetry={() => void who.refetch()} /> : null;
  }
  if (session === null) return <SignIn notice={notice} onDone={signedIn} />;
  if (session.must_change_password) {
    return <ChangePasswordPage session={session} onDone={signedIn} onCancel={() => void logout()} />;
  }
  const value: AuthValue = {
    session,
    can: (permission) => session.permissions.includes(permission),
    lock,
    logout,
    refresh,
    loggedOutByRestore: () => void toLogin('login.restored'),
  };
  return (
    <AuthContext.Provider value={value}>
      {/* The app stays mounted under the lock screen (inert), so unsaved input survives the lock. */}
      <div className="auth-frame" inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && <LockScreen session={session} onUnlocked={signedIn} onSwitchUser={() => void logout()} />}
    </AuthContext.Provider>
  );
}

/** Nobody is logged in: first run (no administrator yet) or the login form, in the language stored for the PC. */
function SignIn({ notice, onDone }: { notice?: string; onDone: (session: SessionInfo) => void }) {
  const { setLang } = useI18n();
  const setup = useOp('setupStatus', {});
  const stored = setup.data?.ui_language;
  useEffect(() => {
    if (stored) setLang(stored);
  }, [stored, setLang]);
  if (!setup.data) return setup.error ? <ErrorBanner error={setup.error} onRetry={() => void setup.refetch()} /> : null;
  if (setup.data.first_run) return <FirstRunPage setup={setup.data} onDone={onDone} />;
  return <LoginPage setup={setup.data} notice={notice} onDone={onDone} />;
}

/** Locks after `minutes` without keyboard or mouse; while active, keeps the server session alive. */
function useIdleLock(active: boolean, minutes: number, lock: () => void, heartbeat: () => void): void {
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
        heartbeat();
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
  }, [active, minutes, lock, heartbeat]);
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
