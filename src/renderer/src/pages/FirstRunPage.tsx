import { useState } from 'react';
import type { SessionInfo } from '../../../shared/auth';
import { contract } from '../../../shared/contract';
import type { SetupStatus } from '../../../shared/contract/auth';
import { useOpMutation } from '../api/query';
import { AuthCard } from '../components/AuthCard';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { formIssue, useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

/** The very first start: whoever installs Prasav creates the administrator account (and is logged in as it). */
export function FirstRunPage({ setup, onDone }: { setup: SetupStatus; onDone: (s: SessionInfo) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ username: '', full_name: '', password: '', password_confirm: '' });
  const createAdmin = useOpMutation('createFirstAdmin');
  const form = useForm(contract.createFirstAdmin.input, async (value) => onDone(await createAdmin.mutateAsync(value)));
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  return (
    <AuthCard title={t('first_run.title')} hospital={setup.hospital_name}>
      <p>{t('first_run.intro')}</p>
      <ErrorBanner error={form.error} />
      <form
        className="form-stack"
        noValidate
        onSubmit={(e) => {
          const { password_confirm, ...value } = draft;
          const mismatch = password_confirm !== value.password ? [formIssue('password_confirm', 'v.password_mismatch')] : [];
          void form.onSubmit(e, value, mismatch);
        }}
      >
        <Field name="full_name" issues={form.issues}>
          {(props) => <input {...props} autoFocus autoComplete="name" value={draft.full_name} onChange={set('full_name')} />}
        </Field>
        <Field name="username" issues={form.issues}>
          {(props) => (
            <input {...props} autoComplete="username" autoCapitalize="none" value={draft.username} onChange={set('username')} />
          )}
        </Field>
        <Field name="password" issues={form.issues}>
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" value={draft.password} onChange={set('password')} />
          )}
        </Field>
        <Field name="password_confirm" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={draft.password_confirm}
              onChange={set('password_confirm')}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          {t('first_run.submit')}
        </button>
      </form>
      <p className="muted small">{t('first_run.restore_hint')}</p>
    </AuthCard>
  );
}
