import type { BackupStatus } from '../../../shared/backup';
import { useI18n } from '../i18n/I18n';
import { useAppState } from '../state';
import { useWhen } from './when';

/** The warnings the home screen must show: second copy missing or old, disk nearly full, an automatic backup failed. */
export function backupWarnings(status: BackupStatus): { key: string; params?: Record<string, string | number> }[] {
  const warnings: { key: string; params?: Record<string, string | number> }[] = [];
  const second = status.second;
  if (second.state !== 'ok') {
    warnings.push({
      key: `backup.warn_${second.state}`,
      params: { dir: second.dir, days: second.max_age_days, at: second.last_at ?? '' },
    });
  }
  if (status.disk.low) warnings.push({ key: 'disk.warn_low', params: { free_mb: status.disk.free_mb } });
  if (status.last_error) warnings.push({ key: status.last_error });
  return warnings;
}

/** Header line: when and where the last backup was written. */
export function BackupIndicator() {
  const { t } = useI18n();
  const { backup } = useAppState();
  const when = useWhen();
  if (!backup) return null;
  const warn = backupWarnings(backup).length > 0;
  return (
    <span className={`backup-indicator${warn ? ' warn' : ''}`} data-testid="backup-indicator" title={backup.last?.dir}>
      {backup.last
        ? t('backup.last', {
            at: when(backup.last.at),
            place: `backup_place.${backup.last.place}`,
          })
        : t('backup.none_yet')}
    </span>
  );
}

/** Banner under the header with every backup or disk warning, in the screen's language. */
export function BackupWarnings() {
  const { t } = useI18n();
  const { backup } = useAppState();
  const when = useWhen();
  if (!backup) return null;
  const warnings = backupWarnings(backup);
  if (warnings.length === 0) return null;
  return (
    <div className="banner banner-warn banner-strip" role="alert" data-testid="backup-warning">
      {warnings.map((w) => (
        <span key={w.key}>{t(w.key, w.params?.at ? { ...w.params, at: when(String(w.params.at)) } : w.params)}</span>
      ))}
    </div>
  );
}
