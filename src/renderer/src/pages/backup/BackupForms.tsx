import { useState } from 'react';
import { backupSettingsSchema, type BackupSettings } from '../../../../shared/backup';
import { contract } from '../../../../shared/contract';
import { useOp, useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { SaveActions } from '../../components/SaveActions';
import { formIssue, useForm } from '../../components/useForm';
import { useSettingsForm } from '../../components/useSettingsForm';
import { useI18n } from '../../i18n/I18n';
import { useAppState } from '../../state';

type NumberField = Exclude<keyof BackupSettings, 'second_dir'>;
const NUMBER_FIELDS: NumberField[] = ['keep_daily', 'keep_monthly', 'second_max_age_days', 'disk_warn_mb'];

const NO_PASSPHRASE = { passphrase: '', passphrase_confirm: '' };

/**
 * Where the second copy goes, how many backups are kept, and when the header warns. Choosing a second folder asks
 * for its passphrase in the same step: its copies leave the room, so encryption is on unless the admin unticks it.
 */
export function BackupSettingsForm() {
  const { t } = useI18n();
  const { backup } = useAppState();
  const [encrypt, setEncrypt] = useState(true);
  const [secret, setSecret] = useState(NO_PASSPHRASE);
  // The status line (second copy, disk) and the list follow the settings.
  const form = useSettingsForm('getBackupSettings', 'updateBackupSettings', backupSettingsSchema, {
    invalidates: ['backupStatus', 'listBackups'],
    onSaved: () => {
      setSecret(NO_PASSPHRASE);
      setEncrypt(true);
    },
  });
  const stored = useOp('getBackupSettings', {}).data;
  const draft = form.value;
  if (!draft) return <ErrorBanner error={form.error} />;
  const setDraft = form.set;
  const choosing = draft.second_dir.trim() !== '' && draft.second_dir.trim() !== stored?.second_dir;
  const askPassphrase = choosing && encrypt && !backup?.encrypted;
  const secretField = (name: keyof typeof NO_PASSPHRASE) => (
    <Field name={name} issues={form.issues} hint={name === 'passphrase' ? t('backup.second_passphrase_hint') : undefined}>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete="new-password"
          value={secret[name]}
          onChange={(e) => setSecret({ ...secret, [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <h2>{t('backup.settings_title')}</h2>
      <ErrorBanner error={form.error} />
      <form
        className="form-grid"
        noValidate
        data-testid="backup-settings"
        onSubmit={(e) => {
          if (!choosing) return form.onSubmit(e);
          const mismatch =
            askPassphrase && secret.passphrase !== secret.passphrase_confirm
              ? [formIssue('passphrase_confirm', 'v.passphrase_mismatch')]
              : [];
          form.onSubmit(
            e,
            { encrypt_second: encrypt, ...(askPassphrase && secret.passphrase ? { passphrase: secret.passphrase } : {}) },
            mismatch,
          );
        }}
      >
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
        {choosing && (
          <Field
            name="encrypt_second"
            issues={form.issues}
            hint={encrypt ? (backup?.encrypted ? t('backup.second_keeps_key') : undefined) : t('backup.second_plain_choice')}
          >
            {(props) => <input {...props} type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />}
          </Field>
        )}
        {askPassphrase && (
          <>
            {secretField('passphrase')}
            {secretField('passphrase_confirm')}
          </>
        )}
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

const ENCRYPTION_ID = 'backup-encryption';

/** The Backup screen's notice about a plain second folder: one click to the passphrase that encrypts its copies. */
export function focusEncryption(): void {
  const input = document.querySelector<HTMLInputElement>(`#${ENCRYPTION_ID} input[type=password]`);
  input?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/** The backups' passphrase: set (typed twice) or cleared; the status everywhere follows. */
export function Encryption() {
  const { t } = useI18n();
  const { backup } = useAppState();
  const [draft, setDraft] = useState({ passphrase: '', passphrase_confirm: '' });
  const set = useOpMutation('setBackupPassphrase', { invalidates: ['backupStatus'] });
  const clear = useOpMutation('clearBackupPassphrase', { invalidates: ['backupStatus'] });
  const [confirmClear, setConfirmClear] = useState(false);
  const form = useForm(contract.setBackupPassphrase.input, async (value) => {
    await set.mutateAsync(value);
    setDraft({ passphrase: '', passphrase_confirm: '' });
  });
  return (
    <div id={ENCRYPTION_ID}>
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
          {backup?.encrypted && !confirmClear && (
            <button type="button" onClick={() => setConfirmClear(true)}>
              {t('backup.encryption_clear')}
            </button>
          )}
        </div>
        {backup?.encrypted && confirmClear && (
          // Turning encryption off is a decision about every copy that leaves the room: said, then confirmed.
          <div className="form-actions" role="group" data-testid="confirm-plain">
            <span className="warn-text">{t('backup.second_plain_choice')}</span>
            <button
              type="button"
              disabled={clear.isPending}
              onClick={() => clear.mutate({}, { onSettled: () => setConfirmClear(false) })}
            >
              {t('backup.encryption_clear_confirm')}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('action.cancel')}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
