import { useState } from 'react';
import type { SessionInfo } from '../../../shared/auth';
import { contract } from '../../../shared/contract';
import { useOpMutation } from '../api/query';
import { AuthCard } from '../components/AuthCard';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { formIssue, useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

/** After an admin set a temporary password: the service allows nothing else until the user chose their own. */
export function ChangePasswordPage({
  session,
  onDone,
  onCancel,
}: {
  session: SessionInfo;
  onDone: (s: SessionInfo) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ current_password: '', new_password: '', password_confirm: '' });
  const change = useOpMutation('changeOwnPassword');
  const form = useForm(contract.changeOwnPassword.input, async (value) => onDone(await change.mutateAsync(value)));
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  return (
    <AuthCard title={t('password.change_title')} hospital={session.user.full_name}>
      <p>{t('password.change_intro')}</p>
      <ErrorBanner error={form.error} />
      <form
        className="form-stack"
        noValidate
        onSubmit={(e) => {
          const { password_confirm, ...value } = draft;
          const mismatch = password_confirm !== value.new_password ? [formIssue('password_confirm', 'v.password_mismatch')] : [];
          void form.onSubmit(e, value, mismatch);
        }}
      >
        <Field name="current_password" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              autoFocus
              type="password"
              autoComplete="current-password"
              value={draft.current_password}
              onChange={set('current_password')}
            />
          )}
        </Field>
        <Field name="new_password" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={draft.new_password}
              onChange={set('new_password')}
            />
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
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('password.change_submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('auth.logout')}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}
