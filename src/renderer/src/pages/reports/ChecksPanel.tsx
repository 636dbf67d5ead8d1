import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { HmisReport, ReportCheck } from '../../../../shared/hmis/report';
import { useI18n } from '../../i18n/I18n';
import { showItem } from './itemLink';
import { RowLinks } from './RowLinks';

interface Props {
  report: HmisReport;
  /** null = withdraw the acknowledgement. */
  onAcknowledge: (key: string, note: string | null) => Promise<void>;
  frozen: boolean;
}

/** Checks that did not pass: errors (block the final export) first, then warnings to acknowledge with a note. */
export function ChecksPanel({ report, onAcknowledge, frozen }: Props) {
  const { t } = useI18n();
  const failed = report.checks
    .filter((c) => c.passed === false)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const s = report.summary;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('hmis.checks')}</h2>
      <p className={s.errors > 0 ? 'field-error' : s.warnings_open > 0 ? 'field-warning' : 'ok'} data-testid="checks-summary">
        {failed.length === 0
          ? t('hmis.checks.ok')
          : t('hmis.checks.summary', { errors: s.errors, open: s.warnings_open, acknowledged: s.warnings_acknowledged })}
      </p>
      <ul className="check-list">
        {failed.map((check) => (
          <CheckEntry key={check.ack_key} report={report} check={check} onAcknowledge={onAcknowledge} frozen={frozen} />
        ))}
      </ul>
      {report.not_counted.length > 0 && <NotCountedList report={report} />}
    </section>
  );
}

/** Records the report leaves out on purpose (foetal losses, women beyond the format's IPD age bands), with why. */
function NotCountedList({ report }: { report: HmisReport }) {
  const { t } = useI18n();
  return (
    <details className="not-counted" data-testid="not-counted">
      <summary>
        {t('hmis.not_counted')} ({report.not_counted.length})
      </summary>
      <ul className="row-links">
        {report.not_counted.map((entry) => (
          <li key={`${entry.reason}:${entry.episode_id}`}>
            <a href={`#/register/record/${entry.episode_id}`}>
              <span className="serial">{report.rows.episodes[entry.episode_id]?.serial_no}</span>
              <span>{report.rows.episodes[entry.episode_id]?.mother_name}</span>
              <span className="muted">{t(`hmis.not_counted.${entry.reason}`, { weeks: entry.weeks ?? '' })}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function CheckEntry({
  report,
  check,
  onAcknowledge,
  frozen,
}: { report: HmisReport; check: ReportCheck } & Omit<Props, 'report'>) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  // The note is stored in turn with the typed entries (the screen's one queue of saves), not as its own write.
  const ack = useMutation({
    mutationFn: (value: string | null) => onAcknowledge(check.ack_key, value),
    onSuccess: () => setNote(''),
  });
  const busy = ack.isPending;
  const act = (value: string | null) => ack.mutate(value);
  const rows = check.episode_ids.length + check.baby_ids.length;
  return (
    <li className={`check check-${check.severity}`} data-testid={`check-${check.ack_key}`}>
      <div className="check-head">
        <span className={`badge badge-${check.severity}`}>{t(`hmis.check.${check.severity}`)}</span>
        <strong>
          {check.rule_id}
          {check.target && (
            <>
              {' · '}
              <ItemLink item={check.target} />
            </>
          )}
        </strong>
        <span>{check.message[lang]}</span>
      </div>
      {check.expression && <Expression report={report} text={check.expression} />}
      {check.rule_id === 'M01' && (
        <p className="item-links">
          {check.details.map((d, i) => (
            <span key={d.text}>
              {i > 0 && ', '}
              <ItemLink item={d.text} />
            </span>
          ))}
        </p>
      )}
      {check.rule_id === 'C01' && <Completeness report={report} />}
      {rows > 0 && check.rule_id !== 'C01' && (
        <details>
          <summary>
            {t('hmis.check.rows')} ({rows})
          </summary>
          <RowLinks report={report} episodeIds={check.episode_ids} babyIds={check.baby_ids} />
        </details>
      )}
      {check.severity === 'warning' &&
        (check.acknowledgement ? (
          <p className="ack">
            ✓ {t('hmis.check.acknowledged', { note: check.acknowledgement })}{' '}
            {!frozen && (
              <button type="button" className="link" disabled={busy} onClick={() => act(null)}>
                {t('hmis.check.unacknowledge')}
              </button>
            )}
          </p>
        ) : (
          !frozen && (
            <form
              className="ack-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (note.trim().length >= 3) act(note.trim());
              }}
            >
              <input
                type="text"
                value={note}
                maxLength={500}
                placeholder={t('hmis.check.ack_placeholder')}
                aria-label={`${t('hmis.check.ack_placeholder')} (${check.rule_id})`}
                onChange={(e) => setNote(e.target.value)}
              />
              <button type="submit" disabled={busy || note.trim().length < 3}>
                {t('hmis.check.ack')}
              </button>
            </form>
          )
        ))}
    </li>
  );
}

/** An item number that leads to its row in the report (scrolled to and focused). */
function ItemLink({ item }: { item: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="link item-no" title={t('hmis.check.show_item', { item })} onClick={() => showItem(item)}>
      {item}
    </button>
  );
}

/** A rule's expression with each of the report's item numbers as a link to its row. */
function Expression({ report, text }: { report: HmisReport; text: string }) {
  const items = new Set(report.items.map((i) => i.item_no));
  return (
    <code className="check-expr">
      {text.split(/([0-9]+(?:\.[0-9A-Za-z]+)+)/).map((part, i) => (items.has(part) ? <ItemLink key={i} item={part} /> : part))}
    </code>
  );
}

/** Records of the month with gaps that leave them out of some items, with the fields to fill. */
function Completeness({ report }: { report: HmisReport }) {
  const { t, tx } = useI18n();
  const label = (path: string) => {
    const parts = path.split('.');
    const field = tx(`field.${parts[parts.length - 1]}`);
    return parts[0] === 'babies' ? `${t('hmis.explain.baby', { order: Number(parts[1]) + 1 })}: ${field}` : field;
  };
  return (
    <details>
      <summary>
        {t('hmis.completeness')} ({report.completeness.length})
      </summary>
      <ul className="row-links">
        {report.completeness.map((entry) => (
          <li key={entry.episode_id}>
            <a href={`#/register/record/${entry.episode_id}`}>
              <span className="serial">{report.rows.episodes[entry.episode_id]?.serial_no}</span>
              <span>{report.rows.episodes[entry.episode_id]?.mother_name}</span>
              <span className="muted missing">{entry.missing.map(label).join(', ')}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
