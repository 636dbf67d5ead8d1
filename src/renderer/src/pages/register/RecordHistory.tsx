import { useMemo } from 'react';
import type { EpisodeRecord } from '../../../../shared/register/schema';
import { useOp } from '../../api/query';
import { useErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';
import { historyLine } from '../../register/format';
import { useRegister } from '../../register/RegisterContext';

/** Who changed what, when, from what to what, and why: the audit rows of this record, newest first. */
export function History({ record }: { record: EpisodeRecord }) {
  const { t, tx } = useI18n();
  const errorText = useErrorText();
  const { timeZone } = useRegister();
  // Every register save refreshes `episodeHistory` (REGISTER_READS): a new row shows after a change.
  const { data: entries, error } = useOp('episodeHistory', { id: record.id });
  const lines = useMemo(() => (entries ?? []).map((e) => historyLine(tx, e, timeZone)).reverse(), [entries, tx, timeZone]);
  return (
    <section className="record-section" aria-labelledby="sec-history" data-testid="history">
      <div className="record-section-head">
        <h2 id="sec-history">{t('record.section.history')}</h2>
      </div>
      {error ? <p className="field-error">{errorText(error)}</p> : null}
      {entries && (
        <table className="grid history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
              <th scope="col">{t('history.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={i} data-testid="history-row">
                <td className="nowrap">{line.at}</td>
                <td>{line.user}</td>
                <td>{line.action}</td>
                <td>{line.field}</td>
                <td className="before">{line.before}</td>
                <td className="after">{line.after}</td>
                <td>{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
