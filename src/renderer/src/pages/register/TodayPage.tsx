import { useEffect, useState } from 'react';
import type { TodayEntry } from '../../../../shared/contract/register';
import { api } from '../../api/client';
import { CrsDueList } from '../../components/CrsDueList';
import { ErrorBanner } from '../../components/ErrorText';
import { OpButton } from '../../components/Permitted';
import { MissingList, RiskChips, StateBadge } from '../../components/register-bits';
import { useI18n } from '../../i18n/I18n';
import { codeLabel, formatDateTime } from '../../register/format';
import { navigate } from '../../router';

const REFRESH_MS = 60_000;

/**
 * The Register tab's home: every woman now in the labour room or the wards, newest admission first, with her
 * state, high-risk reasons, what is still missing on her record and the next action.
 */
export function TodayPage() {
  const { t } = useI18n();
  const [entries, setEntries] = useState<TodayEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      api
        .listToday({})
        .then((rows) => {
          if (!live) return;
          setEntries(rows);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e));
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [attempt]);

  const count = (pred: (e: TodayEntry) => boolean) => entries?.filter(pred).length ?? 0;
  return (
    <section className="page" aria-labelledby="today-title">
      <div className="page-head">
        <h1 id="today-title">{t('today.title')}</h1>
        {entries && (
          <p className="counts" data-testid="today-counts">
            <span>{t('today.count_admitted', { count: count((e) => e.record_state === 'admitted') })}</span>
            <span>{t('today.count_delivered', { count: count((e) => e.record_state === 'delivered') })}</span>
            <span>{t('today.count_due', { count: count((e) => e.awaiting_discharge) })}</span>
            <span>{t('today.count_risk', { count: count((e) => e.risk_reasons.length > 0) })}</span>
          </p>
        )}
      </div>
      <ErrorBanner error={error} onRetry={() => setAttempt((n) => n + 1)} />
      <CrsDueList />
      {!entries && !error && <p>{t('status.loading')}</p>}
      {entries && entries.length === 0 && <p className="empty">{t('today.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="grid today-table" data-testid="today-table">
          <thead>
            <tr>
              <th scope="col">{t('col.serial')}</th>
              <th scope="col">{t('col.mother')}</th>
              <th scope="col">{t('col.admitted')}</th>
              <th scope="col">{t('col.state')}</th>
              <th scope="col">{t('col.missing')}</th>
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <TodayRow key={e.id} entry={e} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TodayRow({ entry: e }: { entry: TodayEntry }) {
  const { t } = useI18n();
  const open = (suffix = '') => navigate(`register/record/${e.id}${suffix}`);
  const name = e.mother_name ?? t('value.no_name');
  return (
    <tr className={e.risk_reasons.length > 0 ? 'row-risk' : undefined} data-testid="today-row">
      <td className="nowrap serial">{e.serial_no}</td>
      <td>
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
            e.relative_name ? `${e.relation_type ? t(`relation_type.${e.relation_type}`) : ''} ${e.relative_name}`.trim() : '',
            [e.village_ward, e.block].filter(Boolean).join(', '),
            e.gravida != null ? `G${e.gravida} P${e.para ?? '?'}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
        <RiskChips reasons={e.risk_reasons} />
      </td>
      <td className="nowrap">
        {formatDateTime(e.admission_at)}
        {e.admission_category && <div className="sub">{codeLabel(t, 'admission_category', e.admission_category)}</div>}
      </td>
      <td>
        <StateBadge entry={e} />
        {e.delivery_at && (
          <div className="sub">
            {t('today.delivered_ago', { hours: e.hours_since_delivery ?? 0 })}
            {e.mode ? ` · ${codeLabel(t, 'mode', e.mode)}` : ''}
          </div>
        )}
      </td>
      <td className="missing-cell">
        <MissingList missing={e.missing} limit={4} />
      </td>
      <td className="actions nowrap">
        <OpButton
          op="recordDelivery"
          className={e.record_state === 'admitted' ? 'primary' : undefined}
          onClick={() => open('/delivery')}
        >
          {t('action.delivery')}
        </OpButton>
        <OpButton
          op="recordOutcome"
          className={e.record_state === 'delivered' && e.awaiting_discharge ? 'primary' : undefined}
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
