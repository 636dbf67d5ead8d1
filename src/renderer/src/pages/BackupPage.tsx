import { useState } from 'react';
import type { BackupEntry } from '../../../shared/backup';
import { useOp, useOpMutation } from '../api/query';
import { backupWarnings } from '../components/BackupStatus';
import { ErrorBanner } from '../components/ErrorText';
import { useWhen } from '../components/when';
import { useI18n } from '../i18n/I18n';
import { useAppState } from '../state';
import { BackupSettingsForm, Encryption, focusEncryption } from './backup/BackupForms';
import { BackupList } from './backup/BackupList';
import { Preview } from './backup/BackupPreview';

/** Admin: the state of the backups, "back up now", where they go, encryption, and restore with a preview. */
export function BackupPage() {
  const { t } = useI18n();
  const { data: entries, error } = useOp('listBackups', {});
  const [selected, setSelected] = useState<BackupEntry | null>(null);
  return (
    <section className="page">
      <h1>{t('backup.title')}</h1>
      <ErrorBanner error={error} />
      <StatusPanel />
      <h2>{t('backup.list_title')}</h2>
      {entries && <BackupList entries={entries} selected={selected} onSelect={setSelected} />}
      {selected && <Preview key={`${selected.place}/${selected.file}`} entry={selected} onClose={() => setSelected(null)} />}
      <BackupSettingsForm />
      <Encryption />
    </section>
  );
}

/** The last backup, the second copy, warnings, encryption, and "back up now". */
function StatusPanel() {
  const { t, tx } = useI18n();
  const { backup } = useAppState();
  const when = useWhen();
  const backUp = useOpMutation('createBackup', { invalidates: ['listBackups', 'backupStatus'] });
  const busy = backUp.isPending;
  const error = backUp.error;
  const done = backUp.data ? t('backup.done', { file: backUp.data.map((e) => e.file).join(', ') }) : null;
  return (
    <div className="panel">
      {backup && (
        <ul className="facts">
          <li>
            {backup.last
              ? t('backup.last', { at: when(backup.last.at), place: `backup_place.${backup.last.place}` })
              : t('backup.none_yet')}
            {backup.last && <div className="muted small path">{backup.last.dir}</div>}
          </li>
          {backup.second.state === 'ok' && backup.second.last_at && (
            <li>{t('backup.status_second_ok', { at: when(backup.second.last_at), dir: backup.second.dir })}</li>
          )}
          {backupWarnings(backup).map((w) => (
            <li key={w.key} className="warn-text">
              {tx(w.key, w.params?.at ? { ...w.params, at: when(String(w.params.at)) } : w.params)}
            </li>
          ))}
          <li>{backup.encrypted ? t('backup.encryption_on') : t('backup.encryption_off')}</li>
          {backup.second.unencrypted && (
            <li className="warn-text" data-testid="second-unencrypted">
              {t('backup.second_unencrypted', { dir: backup.second.dir })}{' '}
              <button type="button" onClick={focusEncryption}>
                {t('backup.second_encrypt_action')}
              </button>
            </li>
          )}
        </ul>
      )}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => backUp.mutate({})} disabled={busy} data-testid="backup-now">
          {busy ? t('status.saving') : t('backup.now')}
        </button>
        {done && (
          <span className="ok" role="status">
            {done}
          </span>
        )}
      </div>
    </div>
  );
}
