import type { WardBoardEntry } from '../../../../shared/contract/care';
import { useOp } from '../../api/query';
import { CrsDueList } from '../../components/CrsDueList';
import { ErrorBanner } from '../../components/ErrorText';
import { OpButton } from '../../components/Permitted';
import { ReferralTimer, useNow } from '../../components/ReferralTimer';
import { RiskChips, StateBadge } from '../../components/register-bits';
import { useI18n } from '../../i18n/I18n';
import { babyLetter } from '../../register/fields';
import { codeLabel, formatDateTime } from '../../register/format';
import { navigate } from '../../router';

const REFRESH_MS = 60_000;

/**
 * The Register tab's home, the ward board (docs/domain/care.md): every woman now in the labour room or the wards, urgent and
 * high-risk first with their reasons named, how long since admission or delivery, and what is still to be done;
 * a pending referral shows a running timer from the decision, red past the target.
 */
export function TodayPage() {
  const { t } = useI18n();
  const board = useOp('getWardBoard', {}, { refetchInterval: REFRESH_MS });
  const now = useNow();
  const entries = board.data?.entries;
  const count = (pred: (e: WardBoardEntry) => boolean) => entries?.filter(pred).length ?? 0;
  return (
    <section className="page" aria-labelledby="today-title">
      <div className="page-head">
        <h1 id="today-title">{t('today.title')}</h1>
        {entries && (
          <p className="counts" data-testid="today-counts">
            <span>{t('today.count_admitted', { count: count((e) => e.record_state === 'admitted') })}</span>
            <span>{t('today.count_delivered', { count: count((e) => e.record_state === 'delivered') })}</span>
            <span>{t('today.count_due', { count: count((e) => e.pending.includes('discharge_due')) })}</span>
            <span>{t('today.count_risk', { count: count((e) => e.risk_reasons.length > 0) })}</span>
          </p>
        )}
      </div>
      <ErrorBanner error={board.error} onRetry={() => void board.refetch()} />
      {!board.data && !board.error && <p>{t('status.loading')}</p>}
      {board.data && board.data.follow_up_count > 0 && (
        <p className="banner banner-warn">
          <a href="#/register/follow-up" data-testid="follow-up-link">
            {t('board.follow_up_link', { count: board.data.follow_up_count })}
          </a>
        </p>
      )}
      {entries && entries.length === 0 && <p className="empty">{t('today.empty')}</p>}
      {board.data && entries && entries.length > 0 && (
        <table className="grid today-table ward-board" data-testid="today-table">
          <thead>
            <tr>
              <th scope="col">{t('col.serial')}</th>
              <th scope="col">{t('board.col_woman')}</th>
              <th scope="col">{t('board.col_time')}</th>
              <th scope="col">{t('board.col_pending')}</th>
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <BoardRow key={e.id} entry={e} now={now} target={board.data.referral_target_minutes} />
            ))}
          </tbody>
        </table>
      )}
      {/* The women in the ward first; the registrar's reports due come after them. */}
      <CrsDueList />
    </section>
  );
}

function BoardRow({ entry: e, now, target }: { entry: WardBoardEntry; now: number; target: number }) {
  const { t, tx } = useI18n();
  const open = (suffix = '') => navigate(`register/record/${e.id}${suffix}`);
  const name = e.mother_name ?? t('value.no_name');
  const rowClass = e.urgent ? 'row-urgent' : e.risk_reasons.length > 0 ? 'row-risk' : undefined;
  return (
    <tr className={rowClass} data-testid="today-row" data-urgent={e.urgent || undefined}>
      <td className="nowrap serial">{e.serial_no}</td>
      <td className="board-woman">
        <a
          href={`#/register/record/${e.id}`}
          className="name-link"
          onClick={(ev) => {
            ev.preventDefault();
            open();
          }}
        >
          {name}
        </a>
        <div className="sub">
          {[
            e.age_years != null ? t('unit.years', { years: e.age_years }) : '',
            e.admission_category ? codeLabel(tx, 'admission_category', e.admission_category) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
        <RiskChips reasons={e.risk_reasons} />
      </td>
      <td className="nowrap">
        <StateBadge entry={{ record_state: e.record_state, voided: false, outcome: null }} />
        <div className="sub">
          {e.hours_since_delivery !== null
            ? t('board.delivered_ago', { hours: e.hours_since_delivery })
            : t('board.admitted_ago', { hours: e.hours_since_admission ?? 0 })}
          {e.mode ? ` · ${codeLabel(tx, 'mode', e.mode)}` : ''}
        </div>
        <div className="sub">{formatDateTime(e.delivery_at ?? e.admission_at)}</div>
      </td>
      <td className="board-pending">
        {e.pending_referral && <ReferralTimer referral={e.pending_referral} now={now} target={target} />}
        <ul className="pending-list">
          {e.pending
            .filter((p) => p !== 'referral_pending')
            .map((p) => (
              <li key={p} className={`pending pending-${p}`}>
                {t(`board.pending.${p}`)}
                {p === 'form1_due' && e.form1_due.length > 1 ? ` (${e.form1_due.map(babyLetter).join(', ')})` : ''}
              </li>
            ))}
        </ul>
        {e.pending.length === 0 && <span className="muted">{t('board.none_pending')}</span>}
      </td>
      <td className="actions nowrap">
        {e.record_state === 'admitted' && (
          <OpButton op="recordDelivery" className="primary" onClick={() => open('/delivery')}>
            {t('action.delivery')}
          </OpButton>
        )}
        <OpButton
          op="recordOutcome"
          className={e.pending.includes('discharge_due') || e.pending_referral ? 'primary' : undefined}
          onClick={() => open('/outcome')}
        >
          {t('action.outcome')}
        </OpButton>
        <button type="button" onClick={() => open()} aria-label={t('action.open_record_of', { name })}>
          {t('action.open')}
        </button>
      </td>
    </tr>
  );
}
