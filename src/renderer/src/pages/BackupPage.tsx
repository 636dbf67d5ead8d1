import { useCallback, useEffect, useState } from 'react';
import { backupSettingsSchema, type BackupEntry, type BackupPreview, type BackupSettings } from '../../../shared/backup';
import { contract } from '../../../shared/contract';
import { isMessageKey } from '../../../shared/i18n/translate';
import { api } from '../api/client';
import { useAuth } from '../auth';
import { backupWarnings } from '../components/BackupStatus';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { formIssue, useForm } from '../components/useForm';
import { useWhen } from '../components/when';
import { useI18n } from '../i18n/I18n';
import { useAppState } from '../state';

/**
 * "register records: 1520, babies: 1544, …": the counts of a backup a clerk can recognise, in this order. The other
 * tables (audit trail, search index, sessions, DHIS2 bookkeeping) say nothing to her and are left out.
 */
const COUNTED_TABLES = ['episode', 'baby', 'referral', 'hmis_report', 'users'];

function useCountsText(): (counts: Record<string, number>) => string {
  const { t } = useI18n();
  return (counts) =>
    COUNTED_TABLES.filter((table) => counts[table] !== undefined && isMessageKey(`table.${table}`))
      .map((table) => `${t(`table.${table}`)}: ${counts[table]}`)
      .join(', ');
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 2 : 0)} MB`;

/** Admin: the state of the backups, "back up now", where they go, encryption, and restore with a preview. */
export function BackupPage() {
  const { t } = useI18n();
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<BackupEntry | null>(null);
  const { setBackup } = useAppState();
  const refresh = useCallback(() => {
    api.listBackups({}).then(setEntries, setError);
    api.backupStatus({}).then(setBackup, setError);
  }, [setBackup]);
  useEffect(refresh, [refresh]);
  return (
    <section className="page">
      <h1>{t('backup.title')}</h1>
      <ErrorBanner error={error} />
      <StatusPanel onBackedUp={refresh} />
      <h2>{t('backup.list_title')}</h2>
      {entries && <BackupList entries={entries} selected={selected} onSelect={setSelected} />}
      {selected && <Preview key={`${selected.place}/${selected.file}`} entry={selected} onClose={() => setSelected(null)} />}
      <BackupSettingsForm onSaved={refresh} />
      <Encryption />
    </section>
  );
}

function StatusPanel({ onBackedUp }: { onBackedUp: () => void }) {
  const { t } = useI18n();
  const { backup } = useAppState();
  const when = useWhen();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const backUp = async () => {
    setBusy(true);
    setError(null);
    try {
      const written = await api.createBackup({});
      setDone(t('backup.done', { file: written.map((e) => e.file).join(', ') }));
      onBackedUp();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
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
              {t(w.key, w.params?.at ? { ...w.params, at: when(String(w.params.at)) } : w.params)}
            </li>
          ))}
          <li>{backup.encrypted ? t('backup.encryption_on') : t('backup.encryption_off')}</li>
        </ul>
      )}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={busy} data-testid="backup-now">
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

function BackupList({
  entries,
  selected,
  onSelect,
}: {
  entries: BackupEntry[];
  selected: BackupEntry | null;
  onSelect: (e: BackupEntry) => void;
}) {
  const { t } = useI18n();
  const when = useWhen();
  const countsText = useCountsText();
  return (
    <table className="table" data-testid="backup-list">
      <thead>
        <tr>
          <th>{t('backup.when')}</th>
          <th>{t('backup.kind')}</th>
          <th>{t('field.place')}</th>
          <th>{t('backup.records')}</th>
          <th>{t('backup.size')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const isSelected = selected?.file === entry.file && selected.place === entry.place;
          return (
            <tr key={`${entry.place}/${entry.file}`} className={isSelected ? 'row-selected' : undefined}>
              <td>{when(entry.created_at)}</td>
              <td>{t(`backup_kind.${entry.kind}`)}</td>
              <td>
                {t(`backup_place.${entry.place}`)}
                {entry.encrypted && <span className="badge">{t('backup.encrypted')}</span>}
                {entry.newer && <span className="badge badge-warn">{t('backup.newer_badge')}</span>}
              </td>
              <td>{countsText(entry.counts)}</td>
              <td>{mb(entry.bytes)}</td>
              <td>
                <button type="button" onClick={() => onSelect(entry)} aria-pressed={isSelected}>
                  {t('backup.preview')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Reads the backup file itself (not the live register), then restores it on a second, explicit confirmation. */
function Preview({ entry, onClose }: { entry: BackupEntry; onClose: () => void }) {
  const { t } = useI18n();
  const when = useWhen();
  const { loggedOutByRestore } = useAuth();
  const countsText = useCountsText();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ref = { place: entry.place, file: entry.file };
  const load = useCallback(
    (pass?: string) => {
      api.previewBackup({ ...ref, ...(pass ? { passphrase: pass } : {}) }).then(setPreview, setError);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the entry is fixed for this component (keyed by it)
    [],
  );
  useEffect(() => load(), [load]);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.restoreBackup({ ...ref, ...(passphrase ? { passphrase } : {}) });
      loggedOutByRestore();
    } catch (e) {
      setError(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
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
              {t(preview.problem ?? 'backup.damaged')}
            </div>
          )}
          {needsPassphrase && (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                load(passphrase);
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
                <button type="button" className="danger" disabled={busy} onClick={() => void restore()}>
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

type NumberField = Exclude<keyof BackupSettings, 'second_dir'>;
const NUMBER_FIELDS: NumberField[] = ['keep_daily', 'keep_monthly', 'second_max_age_days', 'disk_warn_mb'];

function BackupSettingsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.getBackupSettings({}).then(setDraft, () => undefined);
  }, []);
  const form = useForm(backupSettingsSchema, async (value) => {
    setDraft(await api.updateBackupSettings(value));
    setSaved(true);
    onSaved();
  });
  if (!draft) return null;
  return (
    <>
      <h2>{t('backup.settings_title')}</h2>
      <ErrorBanner error={form.error} />
      <form className="form-grid" noValidate onSubmit={(e) => void form.onSubmit(e, draft)} data-testid="backup-settings">
        <Field name="second_dir" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              value={draft.second_dir}
              placeholder="E:\PrasavBackup"
              onChange={(e) => {
                setDraft({ ...draft, second_dir: e.target.value });
                setSaved(false);
              }}
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
                onChange={(e) => {
                  setDraft({ ...draft, [name]: e.target.valueAsNumber });
                  setSaved(false);
                }}
              />
            )}
          </Field>
        ))}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('action.save')}
          </button>
          {saved && (
            <span className="ok" role="status">
              {t('backup.settings_saved')}
            </span>
          )}
        </div>
      </form>
    </>
  );
}

function Encryption() {
  const { t } = useI18n();
  const { backup, setBackup } = useAppState();
  const [draft, setDraft] = useState({ passphrase: '', passphrase_confirm: '' });
  const form = useForm(contract.setBackupPassphrase.input, async (value) => {
    setBackup(await api.setBackupPassphrase(value));
    setDraft({ passphrase: '', passphrase_confirm: '' });
  });
  const clear = async () => {
    try {
      setBackup(await api.clearBackupPassphrase({}));
    } catch (e) {
      form.setError(e);
    }
  };
  return (
    <>
      <h2>{t('backup.encryption_title')}</h2>
      <p className="muted">{t('backup.encryption_intro')}</p>
      <p>{backup?.encrypted ? t('backup.encryption_on') : t('backup.encryption_off')}</p>
      <ErrorBanner error={form.error} />
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
            <button type="button" onClick={() => void clear()}>
              {t('backup.encryption_clear')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
