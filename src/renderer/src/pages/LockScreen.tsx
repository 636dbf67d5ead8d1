import { useState } from 'react';
import type { SessionInfo } from '../../../shared/auth';
import { contract } from '../../../shared/contract';
import { useOpMutation } from '../api/query';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

/**
 * Over the app after the idle minutes (or when the server ended the session). Only the same user unlocks, so the
 * half-filled form underneath is theirs to save; anyone else logs in afresh and the form is dropped.
 */
export function LockScreen({
  session,
  onUnlocked,
  onSwitchUser,
}: {
  session: SessionInfo;
  onUnlocked: (s: SessionInfo) => void;
  onSwitchUser: () => void;
}) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const login = useOpMutation('login');
  const form = useForm(contract.login.input, async (value) => onUnlocked(await login.mutateAsync(value)));
  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <section className="auth-card">
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p>{t('lock.intro', { name: session.user.full_name })}</p>
        <ErrorBanner error={form.error} />
        <form
          className="form-stack"
          noValidate
          onSubmit={(e) => void form.onSubmit(e, { username: session.user.username, password })}
        >
          <Field name="username" issues={[]}>
            {(props) => <input {...props} value={session.user.username} readOnly />}
          </Field>
          <Field name="password" issues={form.issues}>
            {(props) => (
              <input
                {...props}
                autoFocus
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={form.busy}>
            {t('lock.unlock')}
          </button>
        </form>
        <button type="button" className="link" onClick={onSwitchUser}>
          {t('lock.switch_user')}
        </button>
      </section>
    </div>
  );
}
