import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/backup';
import { useOp, useOpMutation } from '../../api/query';
import { useAuth } from '../../auth';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useWhen } from '../../components/when';
import { useI18n } from '../../i18n/I18n';
import { useCountsText } from './BackupList';

/** Reads the backup file itself (not the live register), then restores it on a second, explicit confirmation. */
export function Preview({ entry, onClose }: { entry: BackupEntry; onClose: () => void }) {
  const { t, tx } = useI18n();
  const when = useWhen();
  const { loggedOutByRestore } = useAuth();
  const countsText = useCountsText();
  const [passphrase, setPassphrase] = useState('');
  /** The passphrase the preview was last asked with (submitted, not as typed). */
  const [tried, setTried] = useState('');
  const [confirming, setConfirming] = useState(false);
  const ref = { place: entry.place, file: entry.file };
  const withPass = (pass: string) => ({ ...ref, ...(pass ? { passphrase: pass } : {}) });
  // A passphrase in a query key must not outlive the screen: nothing of this read is kept once it closes.
  const { data: preview, error: previewError } = useOp('previewBackup', withPass(tried), { gcTime: 0 });
  const restore = useOpMutation('restoreBackup', {
    onSuccess: loggedOutByRestore,
    onError: () => setConfirming(false),
  });
  const busy = restore.isPending;
  const error = previewError ?? restore.error;
  const needsPassphrase = preview?.problem === 'backup.passphrase_needed' || preview?.problem === 'backup.bad_passphrase';
  return (
    <div className="panel preview" data-testid="backup-preview" aria-live="polite">
      <h2>{t('backup.preview_title', { at: when(entry.created_at) })}</h2>
      <ErrorBanner error={error} />
      {!preview && <p>{t('status.loading')}</p>}
      {preview && (
        <>
          <dl className="facts-grid">
            <dt>{t('field.hospital_name')}</dt>
            <dd>{preview.facility_name}</dd>
            <dt>{t('backup.records')}</dt>
            <dd>{countsText(preview.counts)}</dd>
            <dt>{t('backup.app_version')}</dt>
            <dd>
              {preview.app_version}, {preview.schema_version}
            </dd>
            <dt>{t('field.file')}</dt>
            <dd className="path">{preview.file}</dd>
          </dl>
          {preview.verified ? (
            <p className="ok">{t('backup.preview_verified')}</p>
          ) : (
            <div className="banner banner-error" role="alert">
              {tx(preview.problem ?? 'backup.damaged')}
            </div>
          )}
          {needsPassphrase && (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                setTried(passphrase);
              }}
            >
              <Field name="passphrase">
                {(props) => (
                  <input {...props} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
                )}
              </Field>
              <button type="submit">{t('backup.preview')}</button>
            </form>
          )}
          {preview.newer && <div className="banner banner-warn">{t('backup.newer_badge')}</div>}
          <div className="form-actions">
            {!confirming ? (
              <button
                type="button"
                className="danger"
                disabled={!preview.verified || preview.newer}
                onClick={() => setConfirming(true)}
              >
                {t('backup.restore')}
              </button>
            ) : (
              <>
                <span className="warn-text">{t('backup.restore_confirm')}</span>
                <button type="button" className="danger" disabled={busy} onClick={() => restore.mutate(withPass(passphrase))}>
                  {busy ? t('status.saving') : t('backup.restore_yes')}
                </button>
              </>
            )}
            <button type="button" onClick={onClose}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
