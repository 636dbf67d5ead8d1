import { useEffect, useState, type ReactNode } from 'react';
import type { Permission } from '../../shared/roles';
import { transportKind } from './api/client';
import { useOpMutation } from './api/query';
import { useAuth } from './auth';
import { BackupIndicator, Notices } from './components/BackupStatus';
import { ErrorBanner } from './components/ErrorText';
import { FIND_INPUT_ID, FindBox } from './components/FindBox';
import { KeyboardHelp } from './components/KeyboardHelp';
import { useI18n } from './i18n/I18n';
import { BackupPage } from './pages/BackupPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { RegisterPage } from './pages/RegisterPage';
import { RegisterProvider } from './register/RegisterContext';
import { ReportsPage } from './pages/ReportsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SlipsPage } from './pages/SlipsPage';
import { UsersPage } from './pages/UsersPage';
import { navigate, useRoute } from './router';
import { screenOf, SHORTCUTS } from './shortcuts';
import { useAppState } from './state';

interface NavItem {
  path: string;
  label: string;
  /** Hidden from roles without it; the service refuses the operations anyway. */
  permission: Permission;
  render: (rest: string[]) => ReactNode;
}

const NAV: NavItem[] = [
  { path: 'register', label: 'nav.register', permission: 'user', render: (rest) => <RegisterPage rest={rest} /> },
  { path: 'reports', label: 'nav.reports', permission: 'user', render: () => <ReportsPage /> },
  { path: 'dashboard', label: 'nav.dashboard', permission: 'user', render: (rest) => <DashboardPage month={rest[0]} /> },
  { path: 'backup', label: 'nav.backup', permission: 'admin', render: () => <BackupPage /> },
  { path: 'users', label: 'nav.users', permission: 'admin', render: () => <UsersPage /> },
  { path: 'settings', label: 'nav.settings', permission: 'admin', render: (rest) => <SettingsPage rest={rest} /> },
];

/** Screens reached from a record, not from the menu. */
const ROUTES: Record<string, (rest: string[]) => ReactNode> = {
  slips: (rest) => <SlipsPage episodeId={Number(rest[0])} />,
};

export function App() {
  const { t, lang, setLang, tx } = useI18n();
  const { session, can, lock, logout } = useAuth();
  const { info, settings, setSettings, loadError, reload } = useAppState();
  const [section = 'register', ...rest] = useRoute();
  const current = NAV.find((item) => item.path === section) ?? NAV[0]!;
  const allowed = NAV.filter((item) => can(item.permission));

  // The stored language wins over the one remembered by this browser.
  useEffect(() => {
    if (settings) setLang(settings.ui_language);
  }, [settings, setLang]);

  const [help, setHelp] = useState(false);
  useGlobalShortcuts(setHelp);

  // The screen switches at once; a failed store is not shown (the choice is stored again on the next switch).
  const storeLanguage = useOpMutation('setLanguage', { onSuccess: setSettings });
  const switchLanguage = () => {
    const next = lang === 'hi' ? 'en' : 'hi';
    setLang(next);
    storeLanguage.mutate({ ui_language: next });
  };

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-hospital">{settings?.hospital_name ?? ''}</span>
        </div>
        <nav className="nav" aria-label={t('app.tagline')}>
          {allowed.map((item) => (
            <a
              key={item.path}
              href={`#/${item.path}`}
              className={item === current ? 'active' : undefined}
              aria-current={item === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(item.path);
              }}
            >
              {tx(item.label)}
            </a>
          ))}
        </nav>
        <FindBox />
        <div className="userbox">
          <span
            className="user-name"
            data-testid="current-user"
            title={`${session.user.full_name} · ${t(`role.${session.user.role}`)}`}
          >
            {session.user.full_name} · {t(`role.${session.user.role}`)}
          </span>
          <BackupIndicator />
        </div>
        <button type="button" className="lang-switch" onClick={lock} data-testid="lock-now">
          {t('lock.now')}
        </button>
        <button type="button" className="lang-switch" onClick={() => void logout()}>
          {t('auth.logout')}
        </button>
        <button
          type="button"
          className="lang-switch"
          onClick={switchLanguage}
          aria-label={t('lang.label')}
          data-testid="lang-switch"
        >
          {t('lang.switch')}
        </button>
      </header>
      <Notices demo={info?.demo === true} />
      <main className="content">
        <ErrorBanner error={loadError} onRetry={reload} />
        {!loadError &&
          (!settings ? (
            <p>{t('status.loading')}</p>
          ) : ROUTES[section] || can(current.permission) ? (
            <RegisterProvider>{ROUTES[section]?.(rest) ?? current.render(rest)}</RegisterProvider>
          ) : (
            <div className="banner banner-error" role="alert" data-testid="forbidden">
              {t('error.forbidden')}
            </div>
          ))}
      </main>
      {help && <KeyboardHelp screen={screenOf([section, ...rest])} onClose={() => setHelp(false)} />}
      <footer className="statusbar">
        <span>{info ? t('about.version', { version: info.version }) : ''}</span>
        <span>
          {t('about.transport')}: {transportKind.toUpperCase()}
        </span>
        <span title={info?.dataDir}>{info?.schemaVersion}</span>
      </footer>
    </div>
  );
}

/** Keys that work on every screen (the table in shortcuts.ts): find a record, admit a woman, Today, the keyboard help. */
function useGlobalShortcuts(showHelp: (show: boolean) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (SHORTCUTS.help.matches(e)) {
        e.preventDefault();
        showHelp(true);
      } else if (SHORTCUTS.find.matches(e)) {
        e.preventDefault();
        const box = document.getElementById(FIND_INPUT_ID) as HTMLInputElement | null;
        box?.focus();
        box?.select();
      } else if (SHORTCUTS.admit.matches(e)) {
        e.preventDefault();
        navigate('register/admit');
      } else if (SHORTCUTS.today.matches(e)) {
        // Back to the ward board from a record or a form (a form's unsaved entries ask first, as on any link).
        e.preventDefault();
        navigate('register');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showHelp]);
}
