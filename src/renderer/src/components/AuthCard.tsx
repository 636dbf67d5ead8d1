import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

/** The frame of the screens before the app: login, first run, password change, lock. */
export function AuthCard({ title, hospital, children }: { title: string; hospital?: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="auth-screen">
      <section className="auth-card" aria-labelledby="auth-title">
        <header className="auth-head">
          <div>
            <div className="brand-name">{t('app.name')}</div>
            {hospital && <div className="muted">{hospital}</div>}
          </div>
          {/* Only this screen's language: the stored choice is changed after login. */}
          <button
            type="button"
            className="lang-switch-plain"
            onClick={() => setLang(lang === 'hi' ? 'en' : 'hi')}
            data-testid="lang-switch"
          >
            {t('lang.switch')}
          </button>
        </header>
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </div>
  );
}
