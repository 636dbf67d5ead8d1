import { useState, type FormEvent } from 'react';
import { GRANTABLE_PERMISSIONS, ROLES, roleGrantKey, type RoleGrantKey, type RoleSettings } from '../../../shared/roles';
import { useOp, useOpMutation } from '../api/query';
import { useAuth } from '../auth';
import { ErrorBanner } from '../components/ErrorText';
import { SaveActions } from '../components/SaveActions';
import { useI18n } from '../i18n/I18n';

/** The one switch no one may turn off: without it nobody could give the permissions back. */
const LOCKED: RoleGrantKey = roleGrantKey('admin', 'admin');

/**
 * Admin: which permissions each role holds in this hospital (settings section `roles`). A permission added to
 * the app appears here as a new row with its default. The service checks this table on every call.
 */
export function RoleSettingsForm() {
  const { t } = useI18n();
  const stored = useOp('getRoleSettings', {});
  if (stored.error) return <ErrorBanner error={stored.error} onRetry={() => void stored.refetch()} />;
  if (!stored.data) return <p>{t('status.loading')}</p>;
  return <RoleTableForm stored={stored.data} />;
}

function RoleTableForm({ stored }: { stored: RoleSettings }) {
  const { t } = useI18n();
  const { refresh } = useAuth();
  const [edits, setEdits] = useState<Partial<RoleSettings>>({});
  const draft: RoleSettings = { ...stored, ...edits };
  const save = useOpMutation('updateRoleSettings', {
    invalidates: ['getRoleSettings'],
    onSuccess: () => {
      setEdits({});
      refresh();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(edits);
  };
  return (
    <section className="page">
      <h1>{t('roles.title')}</h1>
      <p className="muted">{t('roles.intro')}</p>
      <ErrorBanner error={save.error} />
      <form onSubmit={onSubmit} noValidate data-testid="role-settings">
        <table className="table role-table">
          <thead>
            <tr>
              <th scope="col">{t('roles.permission')}</th>
              {ROLES.map((role) => (
                <th key={role} scope="col">
                  {t(`role.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GRANTABLE_PERMISSIONS.map((permission) => (
              <tr key={permission}>
                <th scope="row">{t(`perm.${permission}`)}</th>
                {ROLES.map((role) => {
                  const key = roleGrantKey(role, permission);
                  return (
                    <td key={role} className="role-cell">
                      <input
                        type="checkbox"
                        data-grant={key}
                        aria-label={`${t(`role.${role}`)}: ${t(`perm.${permission}`)}`}
                        title={key === LOCKED ? t('roles.admin_keeps_admin') : undefined}
                        checked={draft[key]}
                        disabled={key === LOCKED}
                        onChange={(e) => {
                          save.reset();
                          setEdits({ ...edits, [key]: e.target.checked });
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">{t('roles.admin_keeps_admin')}</p>
        <SaveActions status={save.isPending ? 'saving' : save.isSuccess ? 'saved' : 'idle'} savedText={t('roles.saved')} />
      </form>
    </section>
  );
}
