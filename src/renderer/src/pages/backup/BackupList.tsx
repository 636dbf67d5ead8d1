import type { BackupEntry } from '../../../../shared/backup';
import { isMessageKey } from '../../../../shared/i18n/translate';
import { useWhen } from '../../components/when';
import { useI18n } from '../../i18n/I18n';

/**
 * "register records: 1520, babies: 1544, …": the counts of a backup a clerk can recognise, in this order. The other
 * tables (audit trail, search index, sessions, DHIS2 bookkeeping) say nothing to her and are left out.
 */
const COUNTED_TABLES = ['episode', 'baby', 'referral', 'hmis_report', 'users'];

export function useCountsText(): (counts: Record<string, number>) => string {
  const { tx } = useI18n();
  return (counts) =>
    COUNTED_TABLES.filter((table) => counts[table] !== undefined && isMessageKey(`table.${table}`))
      .map((table) => `${tx(`table.${table}`)}: ${counts[table]}`)
      .join(', ');
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 2 : 0)} MB`;

/** The backups in both places, newest first, each with its counts and a preview button. */
export function BackupList({
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
