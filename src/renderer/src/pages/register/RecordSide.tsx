import type { EpisodeDetail } from '../../../../shared/contract/register';
import { issueText } from '../../components/SaveProblems';
import { OpButton } from '../../components/Permitted';
import { MissingList, riskText } from '../../components/register-bits';
import { useI18n } from '../../i18n/I18n';
import { formatDateTime } from '../../register/format';
import { navigate } from '../../router';
import { ReopenPanel, VoidPanel } from './RecordVoidReopen';
import { ReferralDecisionPanel } from './ReferralTracking';

/* The record's side column: what to do next (delivery, outcome, referral decision, reopen, void), high risk, warnings, what is missing. */

export type RecordPanel = 'void' | 'reopen' | 'refer' | null;

export function RecordSide(props: {
  detail: EpisodeDetail;
  panel: RecordPanel;
  onPanel: (panel: RecordPanel) => void;
  /** A panel's save went through: the message to show. */
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const { t, tx } = useI18n();
  const { detail, panel, onPanel } = props;
  const r = detail.record;
  const voided = r.void !== null;
  // "Admission more than 90 days ago" is a question for the moment of entry, not about the record: every old
  // record would carry it for ever.
  const warnings = detail.warnings.filter((w) => w.message !== 'v.admission_old');
  return (
    <aside className="record-side" aria-label={t('record.side')}>
      <div className="side-card">
        <h2>{t('record.next')}</h2>
        {voided && <p className="muted">{t('error.episode_voided')}</p>}
        {!voided && (
          <div className="side-actions">
            {r.record_state !== 'closed' && (
              <OpButton
                op="recordDelivery"
                long
                className={r.record_state === 'admitted' ? 'primary' : undefined}
                onClick={() => navigate(`register/record/${r.id}/delivery`)}
              >
                {r.record_state === 'admitted' ? t('action.record_delivery') : t('action.edit_delivery')}
              </OpButton>
            )}
            {r.record_state !== 'closed' && (
              <OpButton
                op="recordOutcome"
                long
                className={r.record_state === 'delivered' ? 'primary' : undefined}
                onClick={() => navigate(`register/record/${r.id}/outcome`)}
              >
                {t('action.record_outcome')}
              </OpButton>
            )}
            {r.record_state !== 'closed' && (
              <OpButton
                op="recordReferralDecision"
                long
                onClick={() => onPanel(panel === 'refer' ? null : 'refer')}
                aria-expanded={panel === 'refer'}
              >
                {t('board.refer')}
              </OpButton>
            )}
            {r.record_state === 'closed' && (
              <OpButton
                op="reopenEpisode"
                long
                onClick={() => onPanel(panel === 'reopen' ? null : 'reopen')}
                aria-expanded={panel === 'reopen'}
              >
                {t('action.reopen')}
              </OpButton>
            )}
            <OpButton
              op="voidEpisode"
              long
              className="danger-outline"
              onClick={() => onPanel(panel === 'void' ? null : 'void')}
              aria-expanded={panel === 'void'}
            >
              {t('action.void')}
            </OpButton>
          </div>
        )}
        {panel === 'void' && (
          <VoidPanel
            detail={detail}
            onDone={() => props.onDone(t('record.voided'))}
            onCancel={() => onPanel(null)}
            onReload={props.onReload}
          />
        )}
        {panel === 'refer' && (
          <ReferralDecisionPanel
            detail={detail}
            onDone={() => props.onDone(t('referral.decision_saved'))}
            onCancel={() => onPanel(null)}
          />
        )}
        {panel === 'reopen' && (
          <ReopenPanel
            detail={detail}
            onDone={() => props.onDone(t('record.reopened'))}
            onCancel={() => onPanel(null)}
            onReload={props.onReload}
          />
        )}
      </div>
      {detail.risk_reasons.length > 0 && (
        <div className="side-card side-risk" data-testid="record-risk">
          <h2>{t('risk.high')}</h2>
          <ul className="plain">
            {detail.risk_reasons.map((reason) => (
              <li key={reason.code} className={reason.urgent ? 'urgent' : undefined} data-code={reason.code}>
                {riskText(tx, reason)}
                {reason.urgent && <span className="badge badge-urgent">{t('care.urgent')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="side-card side-warn" data-testid="record-warnings">
          <h2>{t('record.warnings')}</h2>
          <ul className="plain">
            {warnings.map((w, i) => (
              <li key={i}>{issueText(tx, w)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="side-card" data-testid="record-missing">
        <h2>{t('record.missing')}</h2>
        <MissingList missing={detail.missing} />
      </div>
      <div className="side-card side-meta">
        <p>{t('record.created', { at: formatDateTime(r.created_at), by: r.created_by })}</p>
        <p>{t('record.updated', { at: formatDateTime(r.updated_at), by: r.updated_by, version: r.version })}</p>
      </div>
    </aside>
  );
}
