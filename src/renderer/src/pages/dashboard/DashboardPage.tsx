import { keepPreviousData } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useState } from 'react';
import {
  DASHBOARD_FIGURE_IDS,
  DASHBOARD_FIGURES,
  DASHBOARD_SECTIONS,
  TREND_FIGURES,
  type Dashboard,
  type DashboardFigureId,
} from '../../../../shared/care/dashboard';
import { MONTH, nextMonth, previousMonth } from '../../../../shared/time';
import { useOp } from '../../api/query';
import { CrsDueList } from '../../components/CrsDueList';
import { ErrorBanner } from '../../components/ErrorText';
import { formatMonth, useWhen } from '../../components/when';
import { useI18n } from '../../i18n/I18n';
import { navigate } from '../../router';
import { useAppState } from '../../state';
import { RowLinks } from '../reports/RowLinks';
import { FigureText } from './FigureText';
import { TrendChart } from './TrendChart';

/*
 * The month at a glance (docs/domain/care.md §3): the month's figures by section, each a button that lists its
 * records, and the 12-month trends of the headline figures. Prints on one A4 page (the print stylesheet hides the
 * app around it).
 */
export function DashboardPage({ month: asked }: { month?: string }) {
  const { t, lang } = useI18n();
  const { settings } = useAppState();
  const when = useWhen();
  // The month is in the address (`#/dashboard/2026-10`), so a reload or a bookmark shows the same month.
  const month = asked && MONTH.test(asked) ? asked : undefined;
  const [open, setOpen] = useState<DashboardFigureId | null>(null);
  // Keyed by month: a quick run of month changes shows the month asked last, never a late answer. While another
  // month loads, the one shown stays (dimmed, inert): the charts stay mounted and take the new month in place.
  const query = useOp('getDashboard', month ? { month } : {}, { placeholderData: keepPreviousData });
  const dashboard = query.data;
  const shown = month ?? dashboard?.month;
  const loading = query.isPlaceholderData;
  // Stable, so the memoised figures and charts are not drawn again when only the open figure changes.
  const go = useCallback((m: string) => {
    setOpen(null);
    navigate(`dashboard/${m}`);
  }, []);
  const toggle = useCallback((id: DashboardFigureId) => setOpen((was) => (was === id ? null : id)), []);
  return (
    <section className="page dashboard" data-testid="dashboard">
      <div className="dashboard-head">
        <h1>
          {t('dash.title')}
          {shown && <span className="dashboard-month"> — {formatMonth(shown, lang)}</span>}
        </h1>
        {shown && (
          <div className="month-nav no-print">
            <button type="button" onClick={() => go(previousMonth(shown))} aria-label={t('hmis.previous_month')}>
              ‹
            </button>
            <button type="button" onClick={() => go(nextMonth(shown))} aria-label={t('hmis.next_month')}>
              ›
            </button>
            <button type="button" className="primary" onClick={() => window.print()} data-testid="dashboard-print">
              {t('dash.print')}
            </button>
          </div>
        )}
      </div>
      <p className="muted no-print">{t('dash.intro')}</p>
      <p className="print-only muted">
        {settings?.hospital_name} · {t('dash.printed_at', { when: when(new Date().toISOString()) })}
      </p>
      <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
      {/* Before the first answer the twelve charts are built, empty and unseen, while the request is in flight: the
          answer then only gives them data (docs/benchmarks.md "Charts within one frame"). */}
      {!query.error && (!dashboard || dashboard.month === shown || loading) && (
        <div
          className={`dashboard-body${dashboard ? (loading ? ' loading' : '') : ' waiting'}`}
          aria-hidden={!dashboard || undefined}
          aria-busy={loading}
          inert={loading}
        >
          {dashboard && <Figures dashboard={dashboard} open={open} onOpen={toggle} />}
          {dashboard && open && <FigureRows dashboard={dashboard} figure={open} onClose={() => setOpen(null)} />}
          <Trends dashboard={dashboard} onGo={go} />
        </div>
      )}
      {/* What is due now, whatever month is shown (docs/domain/care.md §4): the registrar's reports, maternal death reviews. */}
      <div className="no-print">
        <CrsDueList />
      </div>
    </section>
  );
}

const Figures = memo(function Figures({
  dashboard,
  open,
  onOpen,
}: {
  dashboard: Dashboard;
  open: DashboardFigureId | null;
  onOpen: (id: DashboardFigureId) => void;
}) {
  const { t } = useI18n();
  const last = dashboard.months.length - 1;
  return (
    <div className="dashboard-sections">
      {DASHBOARD_SECTIONS.map((section) => (
        <section key={section} className="dashboard-section" aria-labelledby={`dash-${section}`}>
          <h2 id={`dash-${section}`}>{t(`dash.section.${section}`)}</h2>
          <ul>
            {DASHBOARD_FIGURE_IDS.filter((id) => DASHBOARD_FIGURES[id].section === section).map((id) => {
              const rows = dashboard.rows[id];
              const hasRows = rows.episode_ids.length + rows.baby_ids.length > 0;
              return (
                <li key={id} className={'part_of' in DASHBOARD_FIGURES[id] ? 'part' : undefined}>
                  <button
                    type="button"
                    className="figure"
                    aria-expanded={open === id}
                    disabled={!hasRows}
                    onClick={() => onOpen(id)}
                    data-figure={id}
                  >
                    <span className="figure-label">{t(`dash.fig.${id}`)}</span>
                    <FigureText id={id} value={dashboard.series[id][last]!} />
                  </button>
                </li>
              );
            })}
          </ul>
          {section === 'referrals' && (
            <p className="muted small">{t('dash.target', { minutes: dashboard.referral_target_minutes })}</p>
          )}
        </section>
      ))}
    </div>
  );
});

function FigureRows({ dashboard, figure, onClose }: { dashboard: Dashboard; figure: DashboardFigureId; onClose: () => void }) {
  const { t } = useI18n();
  const rows = dashboard.rows[figure];
  return (
    <section className="dashboard-rows no-print" data-testid="dashboard-rows" aria-live="polite">
      <h2>{t('dash.rows_title', { figure: t(`dash.fig.${figure}`) })}</h2>
      <RowLinks report={{ rows: dashboard.lookup }} episodeIds={rows.episode_ids} babyIds={rows.baby_ids} />
      <button type="button" onClick={onClose} autoFocus>
        {t('dash.close_rows')}
      </button>
    </section>
  );
}

const NO_MONTHS: string[] = [];
const NO_VALUES: Dashboard['series'][DashboardFigureId] = [];

/** The 12-month trends; without a dashboard (the first answer on its way), the same charts, empty. */
const Trends = memo(function Trends({ dashboard, onGo }: { dashboard?: Dashboard; onGo: (month: string) => void }) {
  const { t, lang } = useI18n();
  const months = dashboard?.months ?? NO_MONTHS;
  // One array per month list and language: the charts take new labels only when the months change.
  const labels = useMemo(() => months.map((m) => formatMonth(m, lang, 'short')), [months, lang]);
  const last = months.length - 1;
  const onPick = useCallback((i: number) => onGo(months[i]!), [onGo, months]);
  return (
    <section className="dashboard-trends" aria-labelledby="dash-trends">
      <h2 id="dash-trends">{t('dash.trends')}</h2>
      <div className="trend-grid">
        {TREND_FIGURES.map((id) => {
          const label = t(`dash.fig.${id}`);
          return (
            <figure key={id} className="trend" data-trend={id}>
              <figcaption>
                {label}
                {dashboard && (
                  <>
                    : <FigureText id={id} value={dashboard.series[id][last]!} />
                  </>
                )}
              </figcaption>
              <TrendChart
                label={dashboard ? t('dash.chart_label', { figure: label, from: labels[0]!, to: labels[last]! }) : label}
                months={labels}
                values={dashboard?.series[id] ?? NO_VALUES}
                selected={last}
                onPick={onPick}
                target={id === 'referral_delay.median' ? dashboard?.referral_target_minutes : undefined}
              />
            </figure>
          );
        })}
      </div>
    </section>
  );
});
