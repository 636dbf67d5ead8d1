import { useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';
import { babyLetter } from '../../register/fields';
import { formatDateTime } from '../../register/format';
import { navigate } from '../../router';

/** Referrals that left N days ago (setting) with no feedback yet: whom to call (docs/domain/care.md §2). */
export function FollowUpList() {
  const { t } = useI18n();
  const list = useOp('referralFollowUps', {});
  const policy = useOp('getCarePolicy', {});
  return (
    <section className="page" aria-labelledby="follow-up-title">
      <div className="page-head">
        <h1 id="follow-up-title">{t('followup.title')}</h1>
        {policy.data && <p className="muted">{t('followup.intro', { count: policy.data.feedback_follow_up_days })}</p>}
      </div>
      <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      {list.data && list.data.length === 0 && <p className="empty">{t('followup.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <table className="grid" data-testid="follow-up-table">
          <thead>
            <tr>
              <th scope="col">{t('col.serial')}</th>
              <th scope="col">{t('col.mother')}</th>
              <th scope="col">{t('col.facility')}</th>
              <th scope="col">{t('col.left_at')}</th>
              <th scope="col">{t('col.days')}</th>
              <th scope="col">{t('followup.col_contact')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((r) => (
              <tr key={r.referral_id} data-testid="follow-up-row">
                <td className="nowrap serial">{r.slip_no}</td>
                <td>
                  <a
                    href={`#/register/record/${r.episode_id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`register/record/${r.episode_id}`);
                    }}
                  >
                    {r.mother_name ?? t('value.no_name')}
                  </a>
                  {r.baby_order !== null && ` · ${t('baby.label', { letter: babyLetter(r.baby_order) })}`}
                </td>
                <td>{r.receiving_facility_name ?? '—'}</td>
                <td className="nowrap">{formatDateTime(r.departure_at)}</td>
                <td>{t('followup.days', { count: r.days_since_departure })}</td>
                <td>
                  {[r.mobile, r.asha_name && `${r.asha_name} ${r.asha_mobile ?? ''}`.trim()].filter(Boolean).join(' · ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
