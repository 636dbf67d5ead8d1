import { useState } from 'react';
import { backupSettingsSchema, type BackupSettings } from '../../../../shared/backup';
import { contract } from '../../../../shared/contract';
import { useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { SaveActions } from '../../components/SaveActions';
import { formIssue, useForm } from '../../components/useForm';
import { useSettingsForm } from '../../components/useSettingsForm';
import { useI18n } from '../../i18n/I18n';
import { useAppState } from '../../state';

type NumberField = Exclude<keyof BackupSettings, 'second_dir'>;
const NUMBER_FIELDS: NumberField[] = ['keep_daily', 'keep_monthly', 'second_max_age_days', 'disk_warn_mb'];

/** Where the second copy goes, how many backups are kept, and when the header warns. */
export function BackupSettingsForm() {
  const { t } = useI18n();
  // The status line (second copy, disk) and the list follow the settings.
  const form = useSettingsForm('getBackupSettings', 'updateBackupSettings', backupSettingsSchema, {
    invalidates: ['backupStatus', 'listBackups'],
  });
  const draft = form.value;
  if (!draft) return <ErrorBanner error={form.error} />;
  const setDraft = form.set;
  return (
    <>
      <h2>{t('backup.settings_title')}</h2>
      <ErrorBanner error={form.error} />
      <form className="form-grid" noValidate onSubmit={form.onSubmit} data-testid="backup-settings">
        <Field name="second_dir" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              value={draft.second_dir}
              placeholder="E:\PrasavBackup"
              onChange={(e) => setDraft({ ...draft, second_dir: e.target.value })}
            />
          )}
        </Field>
        {NUMBER_FIELDS.map((name) => (
          <Field key={name} name={name} issues={form.issues}>
            {(props) => (
              <input
                {...props}
                type="number"
                value={Number.isNaN(draft[name]) ? '' : draft[name]}
                onChange={(e) => setDraft({ ...draft, [name]: e.target.valueAsNumber })}
              />
            )}
          </Field>
        ))}
        <SaveActions status={form.status} savedText={t('backup.settings_saved')} />
      </form>
    </>
  );
}

/** The backups' passphrase: set (typed twice) or cleared; the status everywhere follows. */
export function Encryption() {
  const { t } = useI18n();
  const { backup } = useAppState();
  const [draft, setDraft] = useState({ passphrase: '', passphrase_confirm: '' });
  const set = useOpMutation('setBackupPassphrase', { invalidates: ['backupStatus'] });
  const clear = useOpMutation('clearBackupPassphrase', { invalidates: ['backupStatus'] });
  const form = useForm(contract.setBackupPassphrase.input, async (value) => {
    await set.mutateAsync(value);
    setDraft({ passphrase: '', passphrase_confirm: '' });
  });
  return (
    <>
      <h2>{t('backup.encryption_title')}</h2>
      <p className="muted">{t('backup.encryption_intro')}</p>
      <p>{backup?.encrypted ? t('backup.encryption_on') : t('backup.encryption_off')}</p>
      <ErrorBanner error={form.error ?? clear.error} />
      <form
        className="form-grid"
        noValidate
        onSubmit={(e) => {
          const mismatch =
            draft.passphrase !== draft.passphrase_confirm ? [formIssue('passphrase_confirm', 'v.passphrase_mismatch')] : [];
          void form.onSubmit(e, { passphrase: draft.passphrase }, mismatch);
        }}
      >
        <Field name="passphrase" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={draft.passphrase}
              onChange={(e) => setDraft({ ...draft, passphrase: e.target.value })}
            />
          )}
        </Field>
        <Field name="passphrase_confirm" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={draft.passphrase_confirm}
              onChange={(e) => setDraft({ ...draft, passphrase_confirm: e.target.value })}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('backup.encryption_set')}
          </button>
          {backup?.encrypted && (
            <button type="button" disabled={clear.isPending} onClick={() => clear.mutate({})}>
              {t('backup.encryption_clear')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
