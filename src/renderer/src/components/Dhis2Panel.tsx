import { useState } from 'react';
import type { OpOutput } from '../../../shared/contract';
import type { Dhis2ConnectionView, PushReport } from '../../../shared/dhis2';
import type { MonthlyReportValues } from '../../../shared/report-values';
import { useOp, useOpMutation } from '../api/query';
import { useAuth } from '../auth';
import { useI18n } from '../i18n/I18n';
import { navigate } from '../router';
import { Dhis2History } from './dhis2/Dhis2History';
import { PushResult } from './dhis2/PushResult';
import { downloadText } from './download';
import { ErrorBanner } from './ErrorText';

type Check = OpOutput<'dhis2CheckReport'>;
/** While a push waits in the queue, follow it (the main process retries on its own schedule). */
const FOLLOW_MS = 5000;

/**
 * The DHIS2 section of the Reports screen: connection state, what will be sent, dry run, push, the queue and the
 * history of attempts for the month. The report screen hands it the month's values.
 */
export function Dhis2Panel({ report }: { report: MonthlyReportValues }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const connection = useOp('dhis2GetConnection', {});
  const check = useOp('dhis2CheckReport', { report });
  const status = useOp(
    'dhis2Status',
    { month: report.month },
    {
      refetchInterval: (q) =>
        q.state.data?.job?.state === 'queued' || q.state.data?.job?.state === 'running' ? FOLLOW_MS : false,
    },
  );
  const [result, setResult] = useState<PushReport | null>(null);
  const [channel, setChannel] = useState<'json' | 'adx'>('json');
  const after = { invalidates: ['dhis2Status', 'dhis2CheckReport'] as const };
  const dryRun = useOpMutation('dhis2DryRun', { ...after, onSuccess: setResult });
  const push = useOpMutation('dhis2Push', { ...after, onSuccess: (r) => setResult(r.report) });
  const retry = useOpMutation('dhis2RetryNow', { ...after, onSuccess: (r) => setResult(r.report) });
  const adx = useOpMutation('dhis2ExportAdx', {
    onSuccess: (file) => downloadText(file.file_name, file.xml, 'application/adx+xml'),
  });
  const wording = new Map(report.items.map((i) => [i.item_no, i.wording ?? '']));

  const busy = dryRun.isPending || push.isPending || retry.isPending;
  const configured = connection.data?.configured ?? false;
  const blocked = !configured || (check.data?.unmapped.length ?? 0) > 0 || busy;
  const mayPush = can('report.signoff');
  const error = connection.error ?? check.error ?? status.error ?? dryRun.error ?? push.error ?? retry.error ?? adx.error;

  return (
    <section className="panel dhis2-panel" aria-labelledby="dhis2-panel-title" data-testid="dhis2-panel">
      <h2 id="dhis2-panel-title">{t('dhis2.panel.title')}</h2>
      <p className="muted">{t('dhis2.panel.month', { month: report.month })}</p>
      <ErrorBanner error={error} />
      {connection.data?.connection && <p>{t('dhis2.panel.connected_to', { url: connection.data.connection.server_url })}</p>}
      {connection.data && check.data && (
        <SetupState connection={connection.data} check={check.data} isAdmin={can('admin')} wording={wording} />
      )}
      {/* Until something is mapped, counts of what would be sent say nothing to a clerk. */}
      {check.data && configured && check.data.mapped > 0 && (
        <div className="dhis2-check">
          <p>{t('dhis2.panel.to_send', { count: check.data.mapped })}</p>
          {check.data.excluded.length > 0 && (
            <p className="muted">{t('dhis2.panel.excluded', { items: check.data.excluded.join(', ') })}</p>
          )}
          {check.data.blank.length > 0 && (
            <p className="muted">{t('dhis2.panel.blank', { items: check.data.blank.join(', ') })}</p>
          )}
        </div>
      )}

      <div className="actions">
        {mayPush && (
          <>
            <label className="inline-field">
              <span>{t('field.channel')}</span>
              <select value={channel} onChange={(e) => setChannel(e.target.value as 'json' | 'adx')}>
                <option value="json">{t('channel.json')}</option>
                <option value="adx">{t('channel.adx')}</option>
              </select>
            </label>
            <button type="button" accessKey="d" disabled={blocked} onClick={() => dryRun.mutate({ report, channel })}>
              {t('dhis2.panel.dry_run')} <kbd>Alt+D</kbd>
            </button>
            {/* Alt+P, not Alt+S: on every screen S is "save" (Ctrl+S). */}
            <button
              type="button"
              className="primary"
              accessKey="p"
              disabled={blocked}
              onClick={() => push.mutate({ report, channel })}
            >
              {t('dhis2.panel.push')} <kbd>Alt+P</kbd>
            </button>
          </>
        )}
        {configured && (
          <button type="button" disabled={adx.isPending} onClick={() => adx.mutate({ report })}>
            {t('dhis2.panel.export_adx')}
          </button>
        )}
        {busy && (
          <span className="muted" role="status">
            {t('dhis2.panel.working')}
          </span>
        )}
      </div>

      {result && <PushResult report={result} wording={wording} />}
      {status.data && (
        <Dhis2History status={status.data} onRetry={mayPush && !busy ? () => retry.mutate({ month: report.month }) : null} />
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
