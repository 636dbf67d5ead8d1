import { useState } from 'react';
import type { SessionInfo } from '../../../shared/auth';
import { contract } from '../../../shared/contract';
import type { SetupStatus } from '../../../shared/contract/auth';
import { useOp, useOpMutation } from '../api/query';
import { AuthCard } from '../components/AuthCard';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

export function LoginPage({ setup, notice, onDone }: { setup: SetupStatus; notice?: string; onDone: (s: SessionInfo) => void }) {
  const { t, tx } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useOpMutation('login');
  const form = useForm(contract.login.input, async (value) => onDone(await login.mutateAsync(value)));
  // Served over the LAN (https): the certificate's fingerprint, for staff to compare with the reception PC's.
  const lan = useOp('lanFingerprint', {}, { enabled: location.protocol === 'https:' });
  const fingerprint = location.protocol === 'https:' ? lan.data?.fingerprint : null;
  return (
    <AuthCard title={t('login.title')} hospital={setup.hospital_name}>
      {notice && (
        <div className="banner banner-ok" role="status">
          {tx(notice)}
        </div>
      )}
      <ErrorBanner error={form.error} />
      <form className="form-stack" noValidate onSubmit={(e) => void form.onSubmit(e, { username, password })}>
        <Field name="username" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              autoFocus
              autoComplete="username"
              autoCapitalize="none"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field name="password" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          {t('login.submit')}
        </button>
      </form>
      {setup.demo && <p className="muted small">{t('login.demo_hint')}</p>}
      {fingerprint && (
        <p className="muted small" data-testid="lan-fingerprint">
          {t('lan.fingerprint_login')} <code className="fingerprint">{fingerprint}</code>
        </p>
      )}
    </AuthCard>
  );
}
