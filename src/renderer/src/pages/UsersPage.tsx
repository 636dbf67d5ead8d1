import { useState } from 'react';
import type { User } from '../../../shared/auth';
import { contract } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { useOp, useOpMutation } from '../api/query';
import { useAuth } from '../auth';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useForm } from '../components/useForm';
import { useWhen } from '../components/when';
import { useI18n } from '../i18n/I18n';

/** Every change to an account shows in the list. */
const USER_WRITES = { invalidates: ['listUsers'] } as const;

/** Admin: who may log in, with which role. Users are disabled, never deleted (the audit trail names them). */
export function UsersPage() {
  const { t } = useI18n();
  const users = useOp('listUsers', {});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Each write refreshes listUsers itself (USER_WRITES).
  const done = (message: string) => {
    setNotice(message);
    setError(null);
  };
  return (
    <section className="page">
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.intro')}</p>
      <ErrorBanner error={error ?? users.error} onRetry={users.error ? () => void users.refetch() : undefined} />
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {users.data && <UserTable users={users.data} onDone={done} onError={setError} />}
      <AddUser onDone={(u) => done(t('users.added', { username: u.username }))} />
    </section>
  );
}

function UserTable({ users, onDone, onError }: { users: User[]; onDone: (m: string) => void; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const when = useWhen();
  const [resetting, setResetting] = useState<string | null>(null);
  const updateUser = useOpMutation('updateUser', {
    ...USER_WRITES,
    onSuccess: () => onDone(t('users.saved')),
    onError,
  });
  const update = (input: { id: string; role?: Role; disabled?: boolean }) => updateUser.mutate(input);
  return (
    <table className="table" data-testid="users-table">
      <thead>
        <tr>
          <th>{t('field.username')}</th>
          <th>{t('field.full_name')}</th>
          <th>{t('field.role')}</th>
          <th>{t('users.status')}</th>
          <th>{t('users.last_login')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.disabled ? 'row-disabled' : undefined} data-username={user.username}>
            <td>
              {user.username} {user.id === session.user.id && <span className="muted">{t('users.you')}</span>}
            </td>
            <td>{user.full_name}</td>
            <td>
              <select
                aria-label={`${t('field.role')}: ${user.username}`}
                value={user.role}
                onChange={(e) => update({ id: user.id, role: e.target.value as Role })}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              {user.disabled ? t('users.disabled') : t('users.active')}
              {user.must_change_password && <span className="muted small"> · {t('users.temporary')}</span>}
            </td>
            <td>{user.last_login_at ? when(user.last_login_at) : t('users.never')}</td>
            <td className="actions">
              <div>
                {resetting === user.id ? (
                  <ResetPassword
                    user={user}
                    onDone={() => {
                      setResetting(null);
                      onDone(t('users.reset_done', { username: user.username }));
                    }}
                    onCancel={() => setResetting(null)}
                  />
                ) : (
                  <>
                    <button type="button" onClick={() => setResetting(user.id)}>
                      {t('users.reset_password')}
                    </button>
                    {user.id !== session.user.id && (
                      <button type="button" onClick={() => update({ id: user.id, disabled: !user.disabled })}>
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                    )}
                  </>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResetPassword({ user, onDone, onCancel }: { user: User; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const resetPassword = useOpMutation('resetPassword', USER_WRITES);
  const form = useForm(contract.resetPassword.input, async (value) => {
    await resetPassword.mutateAsync(value);
    onDone();
  });
  return (
    <form className="inline-form" noValidate onSubmit={(e) => void form.onSubmit(e, { id: user.id, password })}>
      <ErrorBanner error={form.error} />
      <Field name="password" issues={form.issues}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoFocus
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={form.busy}>
        {t('action.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </form>
  );
}

const EMPTY = { username: '', full_name: '', role: 'clerk' as Role, password: '' };

function AddUser({ onDone }: { onDone: (user: User) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const createUser = useOpMutation('createUser', USER_WRITES);
  const form = useForm(contract.createUser.input, async (value) => {
    const user = await createUser.mutateAsync(value);
    setDraft(EMPTY);
    onDone(user);
  });
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  return (
    <>
      <h2>{t('users.add')}</h2>
      <ErrorBanner error={form.error} />
      <form className="form-grid" noValidate onSubmit={(e) => void form.onSubmit(e, draft)} data-testid="add-user">
        <Field name="full_name" issues={form.issues}>
          {(props) => <input {...props} value={draft.full_name} onChange={set('full_name')} />}
        </Field>
        <Field name="username" issues={form.issues}>
          {(props) => <input {...props} autoCapitalize="none" value={draft.username} onChange={set('username')} />}
        </Field>
        <Field name="role" issues={form.issues}>
          {(props) => (
            <select {...props} value={draft.role} onChange={set('role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="password" issues={form.issues} hint={t('users.password_hint')}>
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" value={draft.password} onChange={set('password')} />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('users.add')}
          </button>
        </div>
      </form>
    </>
  );
}
