import { useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../../shared/errors';
import { useOpMutation } from '../../api/query';
import { downloadText } from '../../components/download';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FormField } from '../../components/inputs';
import { useI18n } from '../../i18n/I18n';
import { parseDateInput } from '../../register/dateInput';
import { useRegister } from '../../register/RegisterContext';

/** Export a date range of the register as the JSON exchange file (Aadhaar only when asked for). */
export function RegisterExport() {
  const { t } = useI18n();
  const { clock } = useRegister();
  const [from, setFrom] = useState('');
  const [includeAadhaar, setIncludeAadhaar] = useState(false);
  const [to, setTo] = useState('');
  const [exportIssues, setExportIssues] = useState<FieldIssue[]>([]);
  const exporter = useOpMutation('exportRegister', {
    onSuccess: (file) => downloadText(file.file_name, file.content, 'application/json'),
  });
  const exported = exporter.data?.file_name ?? null;

  const onExport = (event: FormEvent) => {
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
    if (issues.length === 0) exporter.mutate({ ...range, include_aadhaar: includeAadhaar });
  };

  return (
    <>
      <h2>{t('exchange.export')}</h2>
      <p className="muted">{t('exchange.export_intro')}</p>
      <ErrorBanner error={exporter.error} />
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
            <input {...props} type="checkbox" checked={includeAadhaar} onChange={(e) => setIncludeAadhaar(e.target.checked)} />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={exporter.isPending}>
            {exporter.isPending ? t('status.loading') : t('exchange.export_button')}
          </button>
          {exported && (
            <span className="ok" role="status">
              {t('exchange.exported', { file: exported })}
            </span>
          )}
        </div>
      </form>
    </>
  );
}
