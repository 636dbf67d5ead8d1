import { useState } from 'react';
import type { CrsDue } from '../../../shared/contract/crs';
import { useOp } from '../api/query';
import { useI18n } from '../i18n/I18n';
import { formatDate, formatDateTime } from '../register/format';
import { ErrorBanner } from './ErrorText';

const BABY_LETTERS = ['A', 'B', 'C', 'D'];
/** Entries shown before "show all": Today stays a ward board, not a backlog. */
const SHOWN = 5;

/**
 * CRS reports due to the registrar (Forms 1, 2, 3; 21 days), overdue first in red, and maternal deaths with the
 * 24-hour notification and the FBMDR still to do (care.md §4). Each row opens the record (its slips print there).
 */
export function CrsDueList() {
  const { t } = useI18n();
  const due = useOp('crsDue', {});
  // The rest of a long backlog (hundreds of rows) is rendered only once opened: Today and the dashboard stay quick.
  const [showAll, setShowAll] = useState(false);
  if (due.error) return <ErrorBanner error={due.error} onRetry={() => void due.refetch()} />;
  if (!due.data) return null;
  const { reports, maternal_deaths } = due.data;
  if (reports.length === 0 && maternal_deaths.length === 0) return null;
  const overdue = reports.filter((r) => r.overdue).length;
  const entries = [
    ...maternal_deaths.map((m) => <MaternalDeath key={`m${m.episode_id}`} death={m} />),
    ...reports.map((r) => <Report key={`${r.report}:${r.episode_id}:${r.baby_order}`} report={r} />),
  ];
  return (
    <section className="crs-due" aria-labelledby="crs-due-title" data-testid="crs-due">
      <h2 id="crs-due-title">{t('crs_due.title', { count: entries.length, overdue })}</h2>
      <ul className="row-links">{entries.slice(0, SHOWN)}</ul>
      {entries.length > SHOWN && (
        <details onToggle={(e) => setShowAll(e.currentTarget.open)}>
          <summary>{t('crs_due.show_all', { count: entries.length })}</summary>
          {showAll && <ul className="row-links">{entries.slice(SHOWN)}</ul>}
        </details>
      )}
    </section>
  );
}

function Report({ report: r }: { report: CrsDue['reports'][number] }) {
  const { t } = useI18n();
  return (
    <li className={r.overdue ? 'overdue' : undefined}>
      <a href={`#/register/record/${r.episode_id}`}>
        <span className="serial">{r.serial_no}</span>
        <span>
          {r.mother_name}
          {r.baby_order !== null ? ` · ${t('slip.baby_letter', { letter: BABY_LETTERS[r.baby_order - 1] ?? '' })}` : ''}
        </span>
        <span>{t(`slip.type.${r.report}`)}</span>
        <span data-testid="crs-days">
          {r.overdue
            ? t('crs_due.overdue', { count: -r.days_left, date: formatDate(r.due_date) })
            : t('crs_due.days_left', { count: r.days_left, date: formatDate(r.due_date) })}
        </span>
      </a>
    </li>
  );
}

function MaternalDeath({ death }: { death: CrsDue['maternal_deaths'][number] }) {
  const { t } = useI18n();
  return (
    <li className={death.notify_overdue ? 'overdue' : undefined}>
      <a href={`#/register/record/${death.episode_id}`}>
        <span className="serial">{death.serial_no}</span>
        <span>{death.mother_name}</span>
        <span>{t('crs_due.maternal_death', { at: formatDateTime(death.died_at) })}</span>
        <span>
          {death.notified_at
            ? t('crs_due.notified', { at: formatDateTime(death.notified_at) })
            : t('crs_due.notify_by', { at: formatDateTime(death.notify_by) })}
          {death.fbmdr_due ? ` · ${t('crs_due.fbmdr_due')}` : ''}
        </span>
      </a>
    </li>
  );
}
