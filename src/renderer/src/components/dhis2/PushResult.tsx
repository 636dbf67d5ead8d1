import type { ImportResult, PushReport } from '../../../../shared/dhis2';
import { useI18n } from '../../i18n/I18n';
import { showItem } from '../../pages/reports/itemLink';

const GOOD = new Set(['completed', 'dry_run_ok']);
const WAITING = new Set(['network_error', 'server_error']);

/** Outcome banner, server facts, counts and the conflicts table of one push or dry run. */
export function PushResult({ report, wording }: { report: PushReport; wording: Map<string, string> }) {
  const { t, tx } = useI18n();
  const tone = GOOD.has(report.outcome) ? 'banner-ok' : WAITING.has(report.outcome) ? 'banner-warn' : 'banner-error';
  const lock = report.lock;
  return (
    <div className="dhis2-result" data-testid="dhis2-result">
      <div className={`banner ${tone}`} role="status" data-testid="dhis2-outcome">
        {t(`dhis2.outcome.${report.outcome}`)}
      </div>
      <ul className="facts">
        {report.server && (
          <li>{t('dhis2.panel.server', { version: report.server.version, tz: report.server.server_time_zone })}</li>
        )}
        {lock && (
          <li>
            {lock.state === 'open' && lock.days_left !== null
              ? t('dhis2.lock.open_days', { days: lock.days_left })
              : t(`dhis2.lock.${lock.state}`)}
          </li>
        )}
        {report.unmapped.length > 0 && (
          <li>
            {t('dhis2.panel.unmapped')} {report.unmapped.join(', ')}
          </li>
        )}
        {report.stale.length > 0 && <li>{report.stale.join(', ')}</li>}
        {report.detail && <li className="muted">{report.detail.startsWith('dhis2.') ? tx(report.detail) : report.detail}</li>}
      </ul>
      {report.dry_run && <ImportTable label="dhis2.kind.dry_run" result={report.dry_run} wording={wording} />}
      {report.import && <ImportTable label="dhis2.kind.import" result={report.import} wording={wording} />}
    </div>
  );
}

function ImportTable({ label, result, wording }: { label: string; result: ImportResult; wording: Map<string, string> }) {
  const { t, tx } = useI18n();
  return (
    <>
      <p>
        <strong>{tx(label)}:</strong> {t('dhis2.panel.counts', { sent: result.sent, ...result.counts })}
      </p>
      {result.conflicts.length > 0 && (
        <table className="grid" data-testid="dhis2-conflicts">
          <caption>{t('dhis2.panel.conflicts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dhis2.panel.col_item')}</th>
              <th scope="col">{t('dhis2.panel.col_value')}</th>
              <th scope="col">{t('dhis2.panel.col_code')}</th>
              <th scope="col">{t('dhis2.panel.col_meaning')}</th>
              <th scope="col">{t('dhis2.panel.col_action')}</th>
              <th scope="col">{t('dhis2.panel.col_server')}</th>
            </tr>
          </thead>
          <tbody>
            {result.conflicts.map((c, i) => (
              <tr key={i}>
                <td>
                  {c.item_nos.length === 0
                    ? t('dhis2.whole_report')
                    : c.item_nos.map((item) => (
                        <div key={item}>
                          <button type="button" className="link item-no" onClick={() => showItem(item)}>
                            {item}
                          </button>{' '}
                          <span className="muted">{wording.get(item) ?? ''}</span>
                        </div>
                      ))}
                </td>
                <td>{c.values.join(', ')}</td>
                <td>{c.error_code ?? '—'}</td>
                <td>{t(`dhis2.conflict.${c.kind}`)}</td>
                <td>{t(`dhis2.action.${c.kind}`)}</td>
                <td className="server-text">{c.server_message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
