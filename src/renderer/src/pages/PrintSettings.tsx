import {
  LANGUAGE_ORDERS,
  LOGO_MAX_CHARS,
  PAPERS_FOR,
  printSettingsSchema,
  SLIP_TYPES,
  type PrintSettings,
  type SlipPageSettings,
  type SlipType,
} from '../../../shared/slips/settings';
import { ErrorBanner, FormErrors } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/I18n';
import { SaveActions } from '../components/SaveActions';
import { useSettingsForm } from '../components/useSettingsForm';

const MARGINS = ['margin_top_mm', 'margin_right_mm', 'margin_bottom_mm', 'margin_left_mm'] as const;
const TEXTS = [
  'doctor_name',
  'doctor_designation',
  'doctor_registration_no',
  'medical_officer_name',
  'medical_officer_designation',
  'medical_officer_mobile',
  'medical_officer_email',
] as const;

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The `print` settings section: paper, margins, copies and printer per slip; signatures; texts; logo. */
export function PrintSettingsForm() {
  const { t } = useI18n();
  const form = useSettingsForm('getPrintSettings', 'updatePrintSettings', printSettingsSchema);
  const { value: draft, issues, setIssues, status } = form;
  if (!draft) return <ErrorBanner error={form.error} />;

  const set = (patch: Partial<PrintSettings>) => form.set({ ...draft, ...patch });
  const setPage = (slip: SlipType, patch: Partial<SlipPageSettings>) => set({ [slip]: { ...draft[slip], ...patch } });
  const issuesAt = (prefix: string) =>
    issues.filter((i) => i.field.startsWith(`${prefix}.`)).map((i) => ({ ...i, field: i.field.slice(prefix.length + 1) }));

  const onLogo = async (file: File | undefined) => {
    if (!file) return;
    const logo = await readDataUrl(file);
    // Checked here for a quick answer; the service checks again (size and real PNG/JPEG bytes).
    if (logo.length > LOGO_MAX_CHARS) {
      setIssues([{ field: 'logo', message: 'v.logo_too_big', params: { field: 'field.logo' }, severity: 'error' }]);
      return;
    }
    set({ logo });
  };

  const numberInput = (slip: SlipType, name: (typeof MARGINS)[number] | 'copies') => (
    <Field key={name} name={name} issues={issuesAt(slip)}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="decimal"
          min={name === 'copies' ? 1 : 0}
          value={String(draft[slip][name])}
          onChange={(e) => setPage(slip, { [name]: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
        />
      )}
    </Field>
  );

  return (
    <section className="page page-narrow" aria-labelledby="print-settings-title">
      <h1 id="print-settings-title">{t('print.title')}</h1>
      <p className="muted">{t('print.intro')}</p>
      <FormErrors error={form.error} invalid={issues.length > 0} />
      <form onSubmit={form.onSubmit} noValidate className="form-grid">
        {SLIP_TYPES.map((slip) => (
          <fieldset key={slip} className="form-grid" data-testid={`print-${slip}`}>
            <legend>{t(`slip.type.${slip}`)}</legend>
            <Field name="paper" issues={issuesAt(slip)}>
              {(props) => (
                <select
                  {...props}
                  value={draft[slip].paper}
                  onChange={(e) => setPage(slip, { paper: e.target.value as SlipPageSettings['paper'] })}
                >
                  {PAPERS_FOR[slip].map((paper) => (
                    <option key={paper} value={paper}>
                      {t(`paper.${paper}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {MARGINS.map((m) => numberInput(slip, m))}
            {numberInput(slip, 'copies')}
            <Field name="print_header" issues={issuesAt(slip)}>
              {(props) => (
                <input
                  {...props}
                  type="checkbox"
                  checked={draft[slip].print_header}
                  onChange={(e) => setPage(slip, { print_header: e.target.checked })}
                />
              )}
            </Field>
            <Field name="printer_name" issues={issuesAt(slip)}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  placeholder={t('print.default_printer')}
                  value={draft[slip].printer_name ?? ''}
                  onChange={(e) => setPage(slip, { printer_name: e.target.value.trim() === '' ? null : e.target.value })}
                />
              )}
            </Field>
          </fieldset>
        ))}
        <Field name="language_order" issues={issues}>
          {(props) => (
            <select
              {...props}
              value={draft.language_order}
              onChange={(e) => set({ language_order: e.target.value as PrintSettings['language_order'] })}
            >
              {LANGUAGE_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`language_order.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <h2 className="wide">{t('print.signatures')}</h2>
        {TEXTS.map((name) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => <input {...props} type="text" value={draft[name]} onChange={(e) => set({ [name]: e.target.value })} />}
          </Field>
        ))}
        <Field name="jsy_accredited" issues={issues}>
          {(props) => (
            <input
              {...props}
              type="checkbox"
              checked={draft.jsy_accredited}
              onChange={(e) => set({ jsy_accredited: e.target.checked })}
            />
          )}
        </Field>
        <h2 className="wide">{t('print.texts')}</h2>
        {(['advice', 'danger_signs'] as const).map((block) => (
          <fieldset key={block} className="form-grid wide">
            <legend>{t(`field.${block}`)}</legend>
            {(['hi', 'en'] as const).map((lang) => (
              <Field key={lang} name={lang} issues={issuesAt(block)}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={3}
                    value={draft[block][lang]}
                    onChange={(e) => set({ [block]: { ...draft[block], [lang]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ))}
        <Field name="logo" issues={issues}>
          {(props) => (
            <input {...props} type="file" accept="image/png,image/jpeg" onChange={(e) => void onLogo(e.target.files?.[0])} />
          )}
        </Field>
        {draft.logo && (
          <div className="logo-preview">
            <img src={draft.logo} alt={t('field.logo')} />
            <button type="button" onClick={() => set({ logo: null })}>
              {t('print.logo_remove')}
            </button>
          </div>
        )}
        <SaveActions status={status} savedText={t('print.saved')} />
      </form>
    </section>
  );
}
