import { useMemo } from 'react';
import type { HmisReport, ReportItem } from '../../../../shared/hmis/report';
import { useI18n } from '../../i18n/I18n';
import { reportItemId } from './itemLink';
import type { useManualEntries } from './useManualEntries';
import { validCount } from './useManualEntries';

interface Props {
  report: HmisReport;
  entries: ReturnType<typeof useManualEntries>;
  /** Nothing can be typed: a submitted month, or another month on its way. */
  readOnly: boolean;
  explainNo: string | null;
  onExplain: (itemNo: string | null) => void;
  onOverride: (item: ReportItem) => void;
}

/** The report's items by section: figures (click: the rows behind them), hand entries, last month, source. */
export function ItemsTable({ report, entries, readOnly, explainNo, onExplain, onOverride }: Props) {
  const { t, lang } = useI18n();
  const hasOutreach = report.format.value_columns.includes('outreach');
  const frozen = report.status === 'submitted';
  const sections = useMemo(() => {
    const groups: { section: string; items: ReportItem[] }[] = [];
    for (const item of report.items) {
      const last = groups.at(-1);
      if (last?.section === item.section) last.items.push(item);
      else groups.push({ section: item.section, items: [item] });
    }
    return groups;
  }, [report]);

  const box = (item: ReportItem, column: 'in_facility' | 'outreach') => {
    const entry = entries.entry(item.item_no);
    return (
      <input
        className={`count${validCount(entry[column]) ? '' : ' invalid'}`}
        inputMode="numeric"
        value={entry[column]}
        disabled={readOnly}
        placeholder={column === 'in_facility' ? t('hmis.enter_by_hand') : undefined}
        aria-label={`${item.item_no} ${t(column === 'in_facility' ? 'hmis.col.value' : 'hmis.col.outreach')}`}
        aria-invalid={!validCount(entry[column])}
        onChange={(e) => entries.change(item.item_no, { ...entry, [column]: e.target.value })}
        onBlur={() => void entries.save().catch(() => undefined)}
      />
    );
  };

  return (
    <table className="report-table">
      <thead>
        <tr>
          <th>{t('hmis.col.item_no')}</th>
          <th>{t('hmis.col.item')}</th>
          <th className="num">{hasOutreach ? t('hmis.col.value') : t('hmis.col.value_single')}</th>
          {hasOutreach && <th className="num">{t('hmis.col.outreach')}</th>}
          <th className="num">{t('hmis.col.previous')}</th>
          <th>{t('hmis.col.source')}</th>
        </tr>
      </thead>
      {sections.map(({ section, items }) => (
        <tbody key={section}>
          <tr className="section-row">
            <th colSpan={hasOutreach ? 6 : 5}>{section}</th>
          </tr>
          {items.map((item) => {
            const typed = item.source === 'manual' && !frozen;
            return (
              <tr
                key={item.item_no}
                // Checks and the DHIS2 panel's refusals link to their item's row.
                id={reportItemId(item.item_no)}
                tabIndex={-1}
                className={`${item.parent ? 'child' : ''} ${explainNo === item.item_no ? 'selected' : ''}`}
                data-item={item.item_no}
              >
                <td className="item-no">{item.item_no}</td>
                <td className="wording">
                  <span>{lang === 'hi' && item.wording_hi ? item.wording_hi : item.wording_en}</span>
                  {lang === 'hi' && item.wording_hi && <span className="muted small">{item.wording_en}</span>}
                </td>
                <td className="num">
                  {typed ? (
                    box(item, 'in_facility')
                  ) : (
                    <button
                      type="button"
                      className="figure"
                      onClick={() => onExplain(explainNo === item.item_no ? null : item.item_no)}
                      aria-label={t('hmis.explain.show', { item: item.item_no })}
                      data-testid={`figure-${item.item_no}`}
                    >
                      {item.value ?? '—'}
                    </button>
                  )}
                </td>
                {hasOutreach && (
                  <td className="num">{typed ? box(item, 'outreach') : <span className="muted">{item.outreach ?? ''}</span>}</td>
                )}
                <td className="num muted">{item.previous_value ?? '—'}</td>
                <td>
                  <span className={`badge badge-${item.source}`}>{t(`hmis.source.${item.source}`)}</span>
                  {item.overridable && !frozen && (
                    <button type="button" className="link" disabled={readOnly} onClick={() => onOverride(item)}>
                      {t('hmis.override')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
