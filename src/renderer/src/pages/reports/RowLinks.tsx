import type { HmisReport } from '../../../../shared/hmis/report';
import { formatDMY } from '../../../../shared/time';
import { useI18n } from '../../i18n/I18n';

/** Register rows behind a figure or a check, each linking to its record (`#/register/record/<id>`). */
export function RowLinks({
  report,
  episodeIds,
  babyIds,
}: {
  /** The HMIS report, or anything else that carries the same row lookup (the dashboard). */
  report: Pick<HmisReport, 'rows'>;
  episodeIds: number[];
  babyIds: number[];
}) {
  const { t } = useI18n();
  const rows = [
    ...episodeIds.map((id) => ({ key: `e${id}`, episode: id, baby: null as number | null })),
    ...babyIds.map((id) => ({
      key: `b${id}`,
      episode: report.rows.babies[id]?.episode_id ?? -1,
      baby: report.rows.babies[id]?.baby_order ?? null,
    })),
  ];
  if (rows.length === 0) return <p className="muted">{t('hmis.explain.none')}</p>;
  return (
    <ul className="row-links">
      {rows.map((row) => {
        const ref = report.rows.episodes[row.episode];
        return (
          <li key={row.key}>
            <a href={`#/register/record/${row.episode}`} title={t('hmis.explain.open')}>
              <span className="serial">{ref?.serial_no ?? `#${row.episode}`}</span>
              <span>{ref?.mother_name ?? ''}</span>
              {row.baby !== null && <span className="muted">{t('hmis.explain.baby', { order: row.baby })}</span>}
              {ref?.delivery_at && <span className="muted">{formatDMY(ref.delivery_at)}</span>}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
