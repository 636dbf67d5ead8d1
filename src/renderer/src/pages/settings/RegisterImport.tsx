import { useRef, useState } from 'react';
import type { ImportResult } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import { useInvalidate, useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18n';
import { fieldText } from '../../register/format';

type Format = 'json' | 'csv' | 'xlsx';

/** `register.csv` → csv; anything else is refused before reading. */
export function importFormat(fileName: string): Format | null {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'json' || ext === 'csv' || ext === 'xlsx' ? ext : null;
}

function readFile(file: File, format: Format): Promise<string> {
  if (format !== 'xlsx') return file.text();
  return file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** Import a JSON, CSV or XLSX exchange file: a dry run first, then the rows it would create. */
export function RegisterImport() {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; format: Format; content: string } | null>(null);
  const [reading, setReading] = useState<unknown>(null);
  const [importIssues, setImportIssues] = useState<FieldIssue[]>([]);
  const invalidate = useInvalidate();
  // Rows imported change every screen's figures (the register, Today, reports): all of them read again.
  const importer = useOpMutation('importRegister', { onSuccess: (_r, input) => void (input.dry_run || invalidate()) });
  const result = importer.data ?? null;
  const importError = reading ?? importer.error;
  const busy = importer.isPending;

  const onFile = async (chosen: File | undefined) => {
    importer.reset();
    setReading(null);
    setImportIssues([]);
    setFile(null);
    if (!chosen) return;
    const format = importFormat(chosen.name);
    if (!format) {
      setImportIssues([
        { field: 'import_file', message: 'v.import_type', params: { field: 'field.import_file' }, severity: 'error' },
      ]);
      return;
    }
    try {
      setFile({ name: chosen.name, format, content: await readFile(chosen, format) });
    } catch (e) {
      setReading(e);
    }
  };

  const runImport = (dryRun: boolean) => {
    if (!file) {
      setImportIssues([
        { field: 'import_file', message: 'v.required', params: { field: 'field.import_file' }, severity: 'error' },
      ]);
      return;
    }
    importer.mutate({ format: file.format, content: file.content, dry_run: dryRun });
  };

  const checked = result?.dry_run === true && result.errors.length === 0;
  return (
    <>
      <h2>{t('exchange.import')}</h2>
      <p className="muted">{t('exchange.import_intro')}</p>
      <ErrorBanner error={importError} />
      <div className="form-grid" data-testid="import-form">
        <Field name="import_file" issues={importIssues} className="field-wide">
          {(props) => (
            // The browser's own file button speaks the browser's language: ours is drawn over a hidden input.
            <span className="file-pick">
              <input
                {...props}
                ref={fileInput}
                type="file"
                className="sr-only"
                accept=".json,.csv,.xlsx,application/json,text/csv"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
              <label htmlFor={props.id} className="file-button">
                {t('exchange.choose_file')}
              </label>
              <span className="file-name" data-testid="import-file-name">
                {file?.name ?? t('exchange.no_file')}
              </span>
            </span>
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className={checked ? undefined : 'primary'} disabled={busy} onClick={() => runImport(true)}>
            {t('exchange.dry_run')}
          </button>
          <button
            type="button"
            className={checked ? 'primary' : undefined}
            disabled={busy || !checked}
            onClick={() => runImport(false)}
          >
            {checked ? t('exchange.import_button', { count: result.created }) : t('exchange.import')}
          </button>
        </div>
      </div>
      {result && <ImportReport result={result} />}
    </>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t, tx } = useI18n();
  const ok = result.errors.length === 0;
  const summary = result.dry_run
    ? ok
      ? t('exchange.dry_ok', { rows: result.rows, created: result.created, duplicates: result.duplicates })
      : t('exchange.dry_bad', { rows: result.rows, count: result.errors.length })
    : ok
      ? t('exchange.done', { created: result.created, duplicates: result.duplicates })
      : t('error.import_invalid');
  return (
    <div className={`banner ${ok ? 'banner-ok' : 'banner-error'} import-report`} role="status" data-testid="import-report">
      <p>{summary}</p>
      {!ok && (
        <table className="grid import-errors">
          <thead>
            <tr>
              <th scope="col">{t('exchange.line')}</th>
              <th scope="col">{t('exchange.field')}</th>
              <th scope="col">{t('exchange.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, i) => (
              <tr key={i} data-testid="import-error">
                <td>{e.line}</td>
                <td>{fieldText(tx, e.field)}</td>
                <td>{tx(e.message, e.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ok && result.incomplete.length > 0 && (
        <div data-testid="import-incomplete">
          <p>{t('exchange.incomplete', { count: result.incomplete.length })}</p>
          <ul className="plain">
            {result.incomplete.map((row) => (
              <li key={row.line}>
                {t('exchange.line')} {row.line}: {row.fields.map((f) => fieldText(tx, f)).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
