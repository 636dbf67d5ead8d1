import { useCallback, useEffect, useState } from 'react';
import type { OpOutput } from '../../../shared/contract';
import type { Dhis2ConnectionView, ImportResult, PushReport } from '../../../shared/dhis2';
import type { MonthlyReportValues } from '../../../shared/report-values';
import { api } from '../api/client';
import { useAuth } from '../auth';
import { useI18n } from '../i18n/I18n';
import { showItem } from '../pages/reports/itemLink';
import { navigate } from '../router';
import { downloadText } from './download';
import { ErrorBanner } from './ErrorText';

type Status = OpOutput<'dhis2Status'>;
type Check = OpOutput<'dhis2CheckReport'>;

const GOOD = new Set(['completed', 'dry_run_ok']);
const WAITING = new Set(['network_error', 'server_error']);

/** Outcome banner, server facts, counts and the conflicts table of one push or dry run. */
export function PushResult({ report, wording }: { report: PushReport; wording: Map<string, string> }) {
  const { t } = useI18n();
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
        {report.detail && <li className="muted">{report.detail.startsWith('dhis2.') ? t(report.detail) : report.detail}</li>}
      </ul>
      {report.dry_run && <ImportTable label="dhis2.kind.dry_run" result={report.dry_run} wording={wording} />}
      {report.import && <ImportTable label="dhis2.kind.import" result={report.import} wording={wording} />}
    </div>
  );
}

function ImportTable({ label, result, wording }: { label: string; result: ImportResult; wording: Map<string, string> }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <strong>{t(label)}:</strong> {t('dhis2.panel.counts', { sent: result.sent, ...result.counts })}
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

function loadPanel(report: MonthlyReportValues): Promise<[Dhis2ConnectionView, Check, Status]> {
  return Promise.all([api.dhis2GetConnection({}), api.dhis2CheckReport({ report }), api.dhis2Status({ month: report.month })]);
}

function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The DHIS2 section of the Reports screen: connection state, what will be sent, dry run, push, the queue and the
 * history of attempts for the month. The report screen hands it the month's values.
 */
export function Dhis2Panel({ report }: { report: MonthlyReportValues }) {
  const { t, lang } = useI18n();
  const isAdmin = useAuth().can('admin');
  const [connection, setConnection] = useState<Dhis2ConnectionView | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [result, setResult] = useState<PushReport | null>(null);
  const [channel, setChannel] = useState<'json' | 'adx'>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wording = new Map(report.items.map((i) => [i.item_no, i.wording ?? '']));

  const apply = useCallback(([c, k, s]: [Dhis2ConnectionView, Check, Status]) => {
    setConnection(c);
    setCheck(k);
    setStatus(s);
  }, []);
  const refresh = useCallback(async () => apply(await loadPanel(report)), [apply, report]);

  useEffect(() => {
    let live = true;
    loadPanel(report).then(
      (data) => live && apply(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [apply, report]);

  // While a push waits in the queue, follow it (the main process retries on its own schedule).
  useEffect(() => {
    if (status?.job?.state !== 'queued' && status?.job?.state !== 'running') return;
    const timer = setInterval(() => {
      api.dhis2Status({ month: report.month }).then(setStatus, () => {});
    }, 5000);
    return () => clearInterval(timer);
  }, [status?.job?.state, report.month]);

  const run = async (action: () => Promise<PushReport | null>) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await action());
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const exportAdx = async () => {
    setError(null);
    try {
      const file = await api.dhis2ExportAdx({ report });
      downloadText(file.file_name, file.xml, 'application/adx+xml');
    } catch (e) {
      setError(e);
    }
  };

  const blocked = !connection?.configured || (check?.unmapped.length ?? 0) > 0 || busy;
  const job = status?.job ?? null;

  return (
    <section className="panel dhis2-panel" aria-labelledby="dhis2-panel-title" data-testid="dhis2-panel">
      <h2 id="dhis2-panel-title">{t('dhis2.panel.title')}</h2>
      <p className="muted">{t('dhis2.panel.month', { month: report.month })}</p>
      <ErrorBanner error={error} />
      {connection?.connection && <p>{t('dhis2.panel.connected_to', { url: connection.connection.server_url })}</p>}
      {connection && check && <SetupState connection={connection} check={check} isAdmin={isAdmin} wording={wording} />}
      {/* Until something is mapped, counts of what would be sent say nothing to a clerk. */}
      {check && connection?.configured && check.mapped > 0 && (
        <div className="dhis2-check">
          <p>{t('dhis2.panel.to_send', { count: check.mapped })}</p>
          {check.excluded.length > 0 && (
            <p className="muted">{t('dhis2.panel.excluded', { items: check.excluded.join(', ') })}</p>
          )}
          {check.blank.length > 0 && <p className="muted">{t('dhis2.panel.blank', { items: check.blank.join(', ') })}</p>}
        </div>
      )}

      <div className="actions">
        <label className="inline-field">
          <span>{t('field.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as 'json' | 'adx')}>
            <option value="json">{t('channel.json')}</option>
            <option value="adx">{t('channel.adx')}</option>
          </select>
        </label>
        <button type="button" accessKey="d" disabled={blocked} onClick={() => run(() => api.dhis2DryRun({ report, channel }))}>
          {t('dhis2.panel.dry_run')} <kbd>Alt+D</kbd>
        </button>
        <button
          type="button"
          className="primary"
          accessKey="p"
          disabled={blocked}
          onClick={() => run(async () => (await api.dhis2Push({ report, channel })).report)}
        >
          {t('dhis2.panel.push')} <kbd>Alt+P</kbd>
        </button>
        <button type="button" disabled={!connection?.configured} onClick={exportAdx}>
          {t('dhis2.panel.export_adx')}
        </button>
        {busy && (
          <span className="muted" role="status">
            {t('dhis2.panel.working')}
          </span>
        )}
      </div>

      {result && <PushResult report={result} wording={wording} />}

      {job && (
        <div className="dhis2-queue" data-testid="dhis2-queue">
          <h3>{t('dhis2.panel.queue')}</h3>
          <p>
            <strong>{t(`dhis2.queue.${job.state}`)}</strong> · {t('dhis2.queue.attempts', { count: job.attempts })}
            {job.state === 'queued' && job.next_attempt_at && (
              <> · {t('dhis2.queue.next', { time: formatTime(job.next_attempt_at, lang) })}</>
            )}
            {job.last_outcome && <> · {t(`dhis2.outcome.${job.last_outcome}`)}</>}
          </p>
          {(job.state === 'queued' || job.state === 'failed') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => run(async () => (await api.dhis2RetryNow({ month: report.month })).report)}
            >
              {t('dhis2.panel.retry')}
            </button>
          )}
        </div>
      )}

      <h3>{t('dhis2.panel.history')}</h3>
      {status && status.attempts.length === 0 && <p className="muted">{t('dhis2.panel.no_history')}</p>}
      {status && status.attempts.length > 0 && (
        <table className="grid" data-testid="dhis2-history">
          <thead>
            <tr>
              <th scope="col">{t('dhis2.panel.col_when')}</th>
              <th scope="col">{t('dhis2.panel.col_kind')}</th>
              <th scope="col">{t('dhis2.panel.col_outcome')}</th>
              <th scope="col">{t('dhis2.panel.col_requests')}</th>
            </tr>
          </thead>
          <tbody>
            {status.attempts.map((a) => (
              <tr key={a.id}>
                <td>{formatTime(a.started_at, lang)}</td>
                <td>{t(`dhis2.kind.${a.kind}`)}</td>
                <td>{a.outcome ? t(`dhis2.outcome.${a.outcome}`) : '…'}</td>
                <td>
                  <details>
                    <summary>{a.exchanges.length}</summary>
                    <ol className="exchanges">
                      {a.exchanges.map((e, i) => (
                        <li key={i}>
                          <code>
                            {e.method} {e.path.split('?')[0]} → {e.http_status ?? e.error}
                          </code>
                          {e.response_excerpt && <pre>{e.response_excerpt}</pre>}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Why nothing can be sent yet, in one line a clerk can act on: "DHIS2 not set up — ask the admin" for everyone but
 * the admin, and for the admin too when nothing is mapped; the admin with part of the items mapped sees how many
 * are left, the list folded away, and the way to the settings.
 */
function SetupState({
  connection,
  check,
  isAdmin,
  wording,
}: {
  connection: Dhis2ConnectionView;
  check: Check;
  isAdmin: boolean;
  wording: Map<string, string>;
}) {
  const { t } = useI18n();
  const unmapped = check.unmapped.length;
  if (connection.configured && unmapped === 0) return null;
  const notSetUp = !connection.configured || check.mapped === 0;
  return (
    <div className="banner banner-warn" role="status" data-testid="dhis2-unmapped">
      <div>
        <p>
          {!isAdmin || notSetUp
            ? t(isAdmin ? 'dhis2.panel.not_configured' : 'dhis2.panel.not_set_up')
            : t('dhis2.panel.unmapped_count', { count: unmapped })}
        </p>
        {isAdmin && !notSetUp && (
          <details>
            <summary>{t('dhis2.panel.unmapped_list')}</summary>
            <ul>
              {check.unmapped.map((item) => (
                <li key={item}>
                  <strong>{item}</strong> {wording.get(item)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {isAdmin && (
        <button type="button" onClick={() => navigate('settings/dhis2')}>
          {t('dhis2.settings.title')}
        </button>
      )}
    </div>
  );
}
