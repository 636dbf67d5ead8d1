import type { OpOutput } from '../../../../shared/contract';
import { useI18n } from '../../i18n/I18n';

type Status = OpOutput<'dhis2Status'>;

function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The month's push waiting in the queue (with "try again now"), and every attempt with its requests. */
export function Dhis2History({ status, onRetry }: { status: Status; onRetry: (() => void) | null }) {
  const { t, lang } = useI18n();
  const job = status.job;
  return (
    <>
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
          {(job.state === 'queued' || job.state === 'failed') && onRetry && (
            <button type="button" onClick={onRetry}>
              {t('dhis2.panel.retry')}
            </button>
          )}
        </div>
      )}

      <h3>{t('dhis2.panel.history')}</h3>
      {status.attempts.length === 0 && <p className="muted">{t('dhis2.panel.no_history')}</p>}
      {status.attempts.length > 0 && (
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
    </>
  );
}
