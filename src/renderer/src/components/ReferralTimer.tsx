import { useEffect, useState } from 'react';
import { pendingMinutes } from '../../../shared/care/referral';
import { useI18n } from '../i18n/I18n';

/* The running timer of a referral decided and not yet departed (docs/domain/care.md §2), on Today and on the record. */

const TICK_MS = 15_000;

/** The screen's clock for the referral timers: ticks on its own, so a timer turns red without a refetch. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "Referral pending · decided 42 min ago (target 30 min)": red past the target. */
export function ReferralTimer(props: {
  referral: { decision_at: string; receiving_facility_name: string | null };
  now: number;
  target: number;
}) {
  const { t } = useI18n();
  const minutes = pendingMinutes(props.referral.decision_at, props.now);
  const late = minutes > props.target;
  return (
    <div className={late ? 'referral-timer late' : 'referral-timer'} data-testid="referral-timer" data-late={late}>
      <strong>{t('care.referral_pending')}</strong>
      {late && <span className="badge badge-urgent">{t('care.past_target')}</span>}
      <div className="sub">
        <span data-testid="referral-minutes">{t('care.pending_since', { minutes, target: props.target })}</span>
        {props.referral.receiving_facility_name &&
          ` · ${t('care.referred_to', { facility: props.referral.receiving_facility_name })}`}
      </div>
    </div>
  );
}
