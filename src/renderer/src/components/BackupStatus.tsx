import { useState } from 'react';
import type { BackupStatus } from '../../../shared/backup';
import { useI18n } from '../i18n/I18n';
import { useAppState } from '../state';
import { useWhen } from './when';

interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

/** The warnings the home screen must show: second copy missing or old, disk nearly full, an automatic backup failed. */
export function backupWarnings(status: BackupStatus): Notice[] {
  const warnings: Notice[] = [];
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

/**
 * Notices a user may hide until the next login: they say nothing new on every screen. A failed backup, an
 * unreachable or old second copy and a full disk stay until they are dealt with.
 */
const DISMISSIBLE = new Set(['status.demo', 'backup.warn_not_set']);

/**
 * One compact strip under the header: the demo notice and every backup or disk warning, in the screen's language.
 * Lives inside the logged-in app, so what was hidden comes back at the next login.
 */
export function Notices({ demo }: { demo: boolean }) {
  const { t, tx } = useI18n();
  const { backup } = useAppState();
  const when = useWhen();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const all: Notice[] = [...(demo ? [{ key: 'status.demo' }] : []), ...(backup ? backupWarnings(backup) : [])];
  const notices = all.filter((n) => !hidden.has(n.key));
  if (notices.length === 0) return null;
  return (
    <div
      className="banner banner-warn banner-strip notices"
      // Backup and disk warnings are announced; the demo notice is not news.
      role={notices.some((n) => n.key !== 'status.demo') ? 'alert' : undefined}
      data-testid="notices"
    >
      {notices.map((n) => (
        <span key={n.key} className="notice" data-notice={n.key}>
          {tx(n.key, n.params?.at ? { ...n.params, at: when(String(n.params.at)) } : n.params)}
          {DISMISSIBLE.has(n.key) && (
            <button
              type="button"
              className="notice-dismiss"
              aria-label={t('notice.dismiss')}
              title={t('notice.dismiss')}
              onClick={() => setHidden(new Set([...hidden, n.key]))}
            >
              ×
            </button>
          )}
        </span>
      ))}
    </div>
  );
}
