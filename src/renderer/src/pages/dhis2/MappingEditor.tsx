import { useState, type ChangeEvent } from 'react';
import { AppError } from '../../../../shared/errors';
import { MONTH_PATTERN } from '../../../../shared/report-values';
import { useOp, useOpMutation } from '../../api/query';
import { downloadText } from '../../components/download';
import { ErrorBanner } from '../../components/ErrorText';
import { previousMonth, useMonthReport } from '../../components/ReportMonth';
import { MonthInput } from '../../components/MonthInput';
import { formatMonth, useWhen } from '../../components/when';
import { useI18n } from '../../i18n/I18n';
import { MappingRowEditor, type Item } from './MappingRowEditor';

/** Which DHIS2 data element each report item goes to: matched with the server, imported as CSV, or by hand. */
export function MappingEditor() {
  const { t, lang, tx } = useI18n();
  const when = useWhen();
  const [month, setMonth] = useState(previousMonth);
  const { data } = useMonthReport(MONTH_PATTERN.test(month) ? month : previousMonth());
  const [formatId, setFormatId] = useState('');
  const [notice, setNotice] = useState('');
  const report = data?.report ?? null;
  const format = report?.format_id ?? formatId;
  const mapping = useOp('dhis2GetMapping', { format_id: format }, { enabled: format !== '' });
  const view = mapping.data ?? null;
  // Each change answers with the new mapping; the Reports screen's DHIS2 panel reads it again too.
  const after = { invalidates: ['dhis2GetMapping', 'dhis2CheckReport'] as const, onMutate: () => setNotice('') };
  const match = useOpMutation('dhis2MatchMapping', {
    ...after,
    onSuccess: (r) => setNotice(t('dhis2.mapping.matched', { matched: r.matched.length, unmatched: r.unmatched.length })),
  });
  const importCsv = useOpMutation('dhis2ImportMappingCsv', {
    ...after,
    onSuccess: (r) => setNotice(t('dhis2.mapping.imported', { count: r.imported })),
  });
  const saveRow = useOpMutation('dhis2SaveMappingRow', {
    ...after,
    onSuccess: (_r, input) => setNotice(t('dhis2.mapping.row_saved', { item: input.row.item_no })),
  });
  const exportCsv = useOpMutation('dhis2ExportMappingCsv', {
    onSuccess: (file) => downloadText(file.file_name, file.csv, 'text/csv'),
  });
  const writes = [match, importCsv, saveRow, exportCsv];
  const busy = writes.some((w) => w.isPending);
  const failed = writes.map((w) => w.error).find(Boolean) ?? mapping.error;
  // A refused CSV lists its bad lines; any other failure is one banner.
  const csvIssues = failed instanceof AppError && failed.issues?.some((i) => i.field.startsWith('csv')) ? failed.issues : [];
  const error = csvIssues.length > 0 ? null : failed;

  const items: Item[] = report
    ? report.items.map(({ value: _v, ...item }) => item)
    : (view?.rows ?? []).map((row) => ({ item_no: row.item_no }));

  const onCsv = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void file.text().then((csv) => importCsv.mutate({ format_id: format, csv }));
  };

  const stored = new Map((view?.rows ?? []).map((r) => [r.item_no, r]));
  const metadata = view?.metadata ?? null;

  return (
    <div className="mapping" data-testid="dhis2-mapping">
      <h2>{t('dhis2.mapping.title')}</h2>
      <p className="muted">{t('dhis2.mapping.intro')}</p>
      <div className="actions">
        <label className="inline-field">
          <span>{t('field.month')}</span>
          <MonthInput value={month} onChange={setMonth} />
        </label>
        {!report && (
          <label className="inline-field">
            <span>{t('field.format_id')}</span>
            <input
              value={formatId}
              onChange={(e) => setFormatId(e.target.value.trim())}
              placeholder="hmis-2022-sb3"
              spellCheck={false}
            />
          </label>
        )}
        <button
          type="button"
          onClick={() => match.mutate({ format_id: format, items })}
          disabled={busy || !report}
          data-testid="dhis2-match"
        >
          {t('dhis2.mapping.match')}
        </button>
        <label className={`button${!format ? ' disabled' : ''}`}>
          {t('dhis2.mapping.import_csv')}
          <input type="file" accept=".csv,text/csv" onChange={onCsv} disabled={busy || !format} className="visually-hidden" />
        </label>
        <button type="button" onClick={() => exportCsv.mutate({ format_id: format })} disabled={busy || !format}>
          {t('dhis2.mapping.export_csv')}
        </button>
      </div>
      <p className="muted">
        {report ? t('dhis2.mapping.items_from', { month: formatMonth(report.month, lang) }) : t('dhis2.mapping.no_items')}
        {' · '}
        {metadata
          ? t('dhis2.mapping.metadata', {
              name: metadata.data_set_name,
              when: when(metadata.fetched_at),
              version: metadata.server_version,
            })
          : t('dhis2.mapping.no_metadata')}
      </p>
      <ErrorBanner error={error} />
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {csvIssues.length > 0 && (
        <div className="banner banner-error" role="alert" data-testid="dhis2-csv-issues">
          <div>
            <p>{t('dhis2.mapping.csv_problems')}</p>
            <ul>
              {csvIssues.map((issue, i) => (
                <li key={i}>{tx(issue.message, issue.params)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {items.length > 0 && (
        <table className="grid mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('field.item_no')}</th>
              <th scope="col">{t('dhis2.mapping.col_wording')}</th>
              <th scope="col">{t('dhis2.mapping.col_status')}</th>
              <th scope="col">{t('field.data_element')}</th>
              <th scope="col">{t('field.category_option_combo')}</th>
              <th scope="col">{t('field.excluded')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <MappingRowEditor
                key={`${item.item_no}:${stored.get(item.item_no)?.updated_at ?? ''}`}
                item={item}
                stored={stored.get(item.item_no) ?? null}
                elements={metadata?.elements ?? []}
                onSave={(row) => saveRow.mutate({ format_id: format, row })}
                busy={busy}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
