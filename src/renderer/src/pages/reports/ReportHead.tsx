import type { FormatSummary } from '../../../../shared/hmis/format';
import type { HmisReport } from '../../../../shared/hmis/report';
import { nextMonth, previousMonth } from '../../../../shared/time';
import { MonthInput } from '../../components/MonthInput';
import { useI18n } from '../../i18n/I18n';

interface Props {
  report: HmisReport;
  /** The month asked for last (may still be loading). */
  month: string;
  loading: boolean;
  formats: FormatSummary[];
  onMonth: (month: string) => void;
  onFormat: (formatId: string) => void;
}

/** Title, hospital, month and due date; the month picker (◀ ▶ and the box) and the format. */
export function ReportHead({ report, month, loading, formats, onMonth, onFormat }: Props) {
  const { t, lang, tx } = useI18n();
  const monthName = (m: string) => `${tx(`hmis.month_name.${m.slice(5, 7)}`)} ${m.slice(0, 4)}`;
  return (
    <header className="report-head">
      <div>
        <h1>{t('hmis.title')}</h1>
        <p className="muted" data-testid="report-shown">
          {loading ? (
            t('hmis.loading_month', { month: monthName(month) })
          ) : (
            <>
              {report.header.hospital_name} · {monthName(report.month)} ·{' '}
              {t('hmis.due', { date: report.due_date.split('-').reverse().join('-') })}
            </>
          )}
        </p>
      </div>
      <div className="report-controls">
        <button
          type="button"
          onClick={() => onMonth(previousMonth(month))}
          aria-label={t('hmis.previous_month')}
          title={t('hmis.previous_month')}
        >
          ◀
        </button>
        <label className="inline-field">
          <span>{t('hmis.month')}</span>
          <MonthInput value={month} onChange={onMonth} data-testid="report-month" />
        </label>
        <button
          type="button"
          onClick={() => onMonth(nextMonth(month))}
          aria-label={t('hmis.next_month')}
          title={t('hmis.next_month')}
        >
          ▶
        </button>
        <label className="inline-field">
          <span>{t('hmis.format')}</span>
          <select value={report.format.id} onChange={(e) => onFormat(e.target.value)}>
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.id} — {f.title[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}

/** Figures changed since the month was submitted: the items whose value moved, or that only the rows changed. */
export function ChangedBanner({ report }: { report: HmisReport }) {
  const { t } = useI18n();
  const changes = report.changes;
  if (!changes || (!changes.records_changed && changes.items.length === 0)) return null;
  return (
    <div className="banner banner-warn changed" role="alert" data-testid="changed-banner">
      <div>
        <strong>{t('hmis.changed.title')}</strong>
        <p>{changes.items.length > 0 ? t('hmis.changed.records') : t('hmis.changed.same_figures')}</p>
        {changes.items.length > 0 && (
          <table className="diff">
            <thead>
              <tr>
                <th>{t('hmis.col.item_no')}</th>
                <th>{t('hmis.changed.submitted')}</th>
                <th>{t('hmis.changed.current')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.items.map((d) => (
                <tr key={d.item_no}>
                  <td>{d.item_no}</td>
                  <td className="num">{d.submitted ?? '—'}</td>
                  <td className="num">{d.current ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
