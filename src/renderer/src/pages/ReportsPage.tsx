import { useState } from 'react';
import { MONTH_PATTERN } from '../../../shared/report-values';
import { Dhis2Panel, reportItemId } from '../components/Dhis2Panel';
import { ErrorBanner } from '../components/ErrorText';
import { previousMonth, useMonthReport } from '../components/ReportMonth';
import { useI18n } from '../i18n/I18n';

/**
 * Reports. Until the HMIS report module lands, this shows the month's values as the report provider hands them
 * over (a plain table) and the DHIS2 panel under them; the HMIS screen will replace the table.
 */
export function ReportsPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(previousMonth);
  const { data, error } = useMonthReport(MONTH_PATTERN.test(month) ? month : previousMonth());
  return (
    <section className="page">
      <h1>{t('nav.reports')}</h1>
      <label className="inline-field">
        <span>{t('field.month')}</span>
        <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} data-testid="report-month" />
      </label>
      <ErrorBanner error={error} />
      {data && !data.available && <div className="banner banner-warn">{t('dhis2.panel.no_provider')}</div>}
      {data?.available && !data.report && <div className="banner banner-warn">{t('dhis2.panel.no_report', { month })}</div>}
      {data?.report && (
        <>
          <table className="grid report-values">
            <caption>{t('dhis2.panel.month', { month: data.report.month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.item_no')}</th>
                <th scope="col">{t('dhis2.mapping.col_wording')}</th>
                <th scope="col">{t('field.value')}</th>
              </tr>
            </thead>
            <tbody>
              {data.report.items.map((item) => (
                <tr key={item.item_no} id={reportItemId(item.item_no)} tabIndex={-1}>
                  <td>{item.item_no}</td>
                  <td>{item.wording}</td>
                  <td className="num">{item.value ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dhis2Panel report={data.report} />
        </>
      )}
    </section>
  );
}
