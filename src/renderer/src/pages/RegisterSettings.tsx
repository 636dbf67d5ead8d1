import { useRef, useState, type FormEvent } from 'react';
import type { ImportResult } from '../../../shared/contract/register';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { registerPolicySchema, type RegisterPolicy } from '../../../shared/register/policy';
import { toFieldIssues } from '../../../shared/validation';
import { api } from '../api/client';
import { useAuth } from '../auth';
import { downloadText } from '../components/download';
import { ErrorBanner, FormErrors } from '../components/ErrorText';
import { Field } from '../components/Field';
import { FormField } from '../components/inputs';
import { useI18n } from '../i18n/I18n';
import { parseDateInput } from '../register/dateInput';
import { fieldText } from '../register/format';
import { useRegister } from '../register/RegisterContext';
import { SaveActions, type SaveStatus } from '../components/SaveActions';

/*
 * The admin's part of the register: its policy (serial numbering, the thresholds behind warnings), and the
 * exchange file: export a date range as JSON (downloaded by the browser), import a JSON, CSV or XLSX file after a
 * dry run that lists every bad row with its line and field.
 */

const POLICY_NUMBERS = [
  'future_tolerance_minutes',
  'retrospective_warn_days',
  'age_warn_below',
  'age_warn_above',
  'birth_weight_warn_below_g',
  'birth_weight_warn_above_g',
  'severe_anaemia_hb_below',
  'bp_warn_systolic',
  'bp_warn_diastolic',
  'baby_interval_warn_hours',
  'edd_difference_warn_days',
  'vaccine_late_warn_days',
  'ppiucd_warn_hours',
  'pp_sterilisation_warn_days',
  'discharge_due_hours_vaginal',
  'discharge_due_hours_lscs',
] as const satisfies readonly (keyof RegisterPolicy)[];

export function RegisterPolicyForm() {
  const { t } = useI18n();
  const { policy, setPolicy } = useRegister();
  const [draft, setDraft] = useState<Record<string, string>>(() => toText(policy));
  const [loadedFrom, setLoadedFrom] = useState(policy);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  // The stored policy arrives after the first render: show it unless the admin already typed.
  if (loadedFrom !== policy && status === 'idle') {
    setLoadedFrom(policy);
    setDraft(toText(policy));
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate: Record<string, unknown> = { serial_reset: draft.serial_reset };
    const typed: FieldIssue[] = [];
    for (const name of POLICY_NUMBERS) {
      const text = (draft[name] ?? '').trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) {
        typed.push({ field: name, message: 'v.number', params: { field: `field.${name}` }, severity: 'error' });
      } else candidate[name] = value;
    }
    const parsed = registerPolicySchema.safeParse(candidate);
    const all = [
      ...typed,
      ...(parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !typed.some((x) => x.field === i.field))),
    ];
    if (all.length > 0 || !parsed.success) {
      setIssues(all);
      return;
    }
    const patch = Object.fromEntries(Object.entries(parsed.data).filter(([k, v]) => policy[k as keyof RegisterPolicy] !== v));
    setStatus('saving');
    setError(null);
    try {
      const saved = await api.updateRegisterPolicy(patch);
      setPolicy(saved);
      setLoadedFrom(saved);
      setDraft(toText(saved));
      setIssues([]);
      setStatus('saved');
    } catch (e) {
      setStatus('idle');
      if (e instanceof AppError && e.issues) setIssues(e.issues);
      else setError(e);
    }
  };

  return (
    <section className="page page-narrow settings-section" aria-labelledby="policy-title">
      <h1 id="policy-title">{t('policy.title')}</h1>
      <p className="muted">{t('policy.intro')}</p>
      <FormErrors error={error} invalid={issues.length > 0} />
      <form onSubmit={onSubmit} noValidate className="form-grid" data-testid="policy-form">
        <FormField
          name="serial_reset"
          kind={{ type: 'choice', codes: ['year', 'month'], prefix: 'serial_reset' }}
          value={draft.serial_reset}
          onChange={(v) => {
            setDraft({ ...draft, serial_reset: v as string });
            setStatus('idle');
          }}
          path="serial_reset"
          issues={issues}
          wide
        />
        {POLICY_NUMBERS.map((name) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                className="input-short"
                value={draft[name] ?? ''}
                onChange={(e) => {
                  setDraft({ ...draft, [name]: e.target.value });
                  setStatus('idle');
                }}
              />
            )}
          </Field>
        ))}
        <SaveActions status={status} savedText={t('policy.saved')} />
      </form>
    </section>
  );
}

function toText(policy: RegisterPolicy): Record<string, string> {
  return Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)]));
}

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

export function ExchangePanel() {
  const { t } = useI18n();
  const { clock } = useRegister();
  const { can } = useAuth();
  // Export
  const [from, setFrom] = useState('');
  const [includeAadhaar, setIncludeAadhaar] = useState(false);
  const [to, setTo] = useState('');
  const [exportIssues, setExportIssues] = useState<FieldIssue[]>([]);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  // Import
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; format: Format; content: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [importIssues, setImportIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const onExport = async (event: FormEvent) => {
    event.preventDefault();
    const today = clock().today;
    const issues: FieldIssue[] = [];
    const range: { from?: string; to?: string } = {};
    for (const [name, text] of [
      ['export_from', from],
      ['export_to', to],
    ] as const) {
      const parsed = parseDateInput(text, today);
      if (parsed.kind === 'error')
        issues.push({ field: name, message: 'v.date', params: { field: `field.${name}` }, severity: 'error' });
      if (parsed.kind === 'ok') range[name === 'export_from' ? 'from' : 'to'] = parsed.value;
    }
    if (range.from && range.to && range.from > range.to)
      issues.push({ field: 'export_to', message: 'v.range_order', params: { field: 'field.export_to' }, severity: 'error' });
    setExportIssues(issues);
    if (issues.length > 0) return;
    setExporting(true);
    setExportError(null);
    try {
      const file = await api.exportRegister({ ...range, include_aadhaar: includeAadhaar });
      downloadText(file.file_name, file.content, 'application/json');
      setExported(file.file_name);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };

  const onFile = async (chosen: File | undefined) => {
    setResult(null);
    setImportError(null);
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
    setBusy(true);
    try {
      setFile({ name: chosen.name, format, content: await readFile(chosen, format) });
    } catch (e) {
      setImportError(e);
    } finally {
      setBusy(false);
    }
  };

  const runImport = async (dryRun: boolean) => {
    if (!file) {
      setImportIssues([
        { field: 'import_file', message: 'v.required', params: { field: 'field.import_file' }, severity: 'error' },
      ]);
      return;
    }
    setBusy(true);
    setImportError(null);
    try {
      setResult(await api.importRegister({ format: file.format, content: file.content, dry_run: dryRun }));
    } catch (e) {
      setResult(null);
      setImportError(e);
    } finally {
      setBusy(false);
    }
  };

  const checked = result?.dry_run === true && result.errors.length === 0;
  return (
    <section className="page page-narrow settings-section" aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      {can('register.export') && (
        <>
          <h2>{t('exchange.export')}</h2>
          <p className="muted">{t('exchange.export_intro')}</p>
          <ErrorBanner error={exportError} />
          <form onSubmit={onExport} noValidate className="form-grid" data-testid="export-form">
            <FormField
              name="export_from"
              kind={{ type: 'date' }}
              value={from}
              onChange={(v) => setFrom(v as string)}
              path="export_from"
              issues={exportIssues}
            />
            <FormField
              name="export_to"
              kind={{ type: 'date' }}
              value={to}
              onChange={(v) => setTo(v as string)}
              path="export_to"
              issues={exportIssues}
            />
            <Field name="include_aadhaar" issues={exportIssues}>
              {(props) => (
                <input
                  {...props}
                  type="checkbox"
                  checked={includeAadhaar}
                  onChange={(e) => setIncludeAadhaar(e.target.checked)}
                />
              )}
            </Field>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={exporting}>
                {exporting ? t('status.loading') : t('exchange.export_button')}
              </button>
              {exported && (
                <span className="ok" role="status">
                  {t('exchange.exported', { file: exported })}
                </span>
              )}
            </div>
          </form>
        </>
      )}

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
          <button type="button" className={checked ? undefined : 'primary'} disabled={busy} onClick={() => void runImport(true)}>
            {t('exchange.dry_run')}
          </button>
          <button
            type="button"
            className={checked ? 'primary' : undefined}
            disabled={busy || !checked}
            onClick={() => void runImport(false)}
          >
            {checked ? t('exchange.import_button', { count: result.created }) : t('exchange.import')}
          </button>
        </div>
      </div>
      {result && <ImportReport result={result} />}
    </section>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useI18n();
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
                <td>{fieldText(t, e.field)}</td>
                <td>{t(e.message, e.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
