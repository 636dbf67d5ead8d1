import type { FormatSummary } from '../../../../shared/hmis/format';
import {
  AMBIGUOUS_SEX_POLICIES,
  HRP_DEFINITIONS,
  HRP_REFERRED_IN_READINGS,
  OUTREACH_VALUES,
  hmisSettingsSchema,
  type HmisSettings,
} from '../../../../shared/hmis/settings';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { SaveActions } from '../../components/SaveActions';
import { useSettingsForm } from '../../components/useSettingsForm';
import { MonthInput } from '../../components/MonthInput';
import { useI18n } from '../../i18n/I18n';

type Choice = 'ambiguous_sex_counts_as' | 'hrp_definition' | 'hrp_referred_in' | 'outreach_value';
type Flag =
  | 'absconded_counts_as_lama'
  | 'still_birth_includes_24_27_weeks'
  | 'stay_items_all_exits'
  | 'lama_counts_as_discharge_48h'
  | 'prolonged_labour_as_obstructed'
  | 'has_mlcu';

const CHOICES: { name: Choice; codes: readonly string[] }[] = [
  { name: 'ambiguous_sex_counts_as', codes: AMBIGUOUS_SEX_POLICIES },
  { name: 'hrp_definition', codes: HRP_DEFINITIONS },
  { name: 'hrp_referred_in', codes: HRP_REFERRED_IN_READINGS },
  { name: 'outreach_value', codes: OUTREACH_VALUES },
];
const FLAGS: Flag[] = [
  'absconded_counts_as_lama',
  'still_birth_includes_24_27_weeks',
  'stay_items_all_exits',
  'lama_counts_as_discharge_48h',
  'prolonged_labour_as_obstructed',
  'has_mlcu',
];

/** The `hmis` settings section: the format in force per period and the inferred counting rules (hmis.md §5). */
export function HmisSettingsPanel({ formats }: { formats: FormatSummary[] }) {
  const { t, tx } = useI18n();
  // A saved rule changes the figures: the report and what DHIS2 would receive are read again.
  const form = useSettingsForm('getHmisSettings', 'updateHmisSettings', hmisSettingsSchema, {
    invalidates: ['getHmisReport', 'dhis2Report'],
  });
  const { issues, status, value: draft } = form;
  if (!draft) return <ErrorBanner error={form.error} />;

  const set = <K extends keyof HmisSettings>(key: K, value: HmisSettings[K]) => form.set({ ...draft, [key]: value });
  /** A period's issues under the names its fields carry (`formats.1.format_id` → `format_id`). */
  const periodIssues = (i: number) =>
    issues.filter((x) => x.field.startsWith(`formats.${i}.`)).map((x) => ({ ...x, field: x.field.split('.').pop()! }));
  const setPeriod = (i: number, patch: Partial<HmisSettings['formats'][number]>) =>
    set(
      'formats',
      draft.formats.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    );

  return (
    <form onSubmit={form.onSubmit} noValidate className="hmis-settings">
      <p className="muted">{t('hmis.settings.intro')}</p>
      <ErrorBanner error={form.error} />
      <fieldset className="periods">
        <legend>{t('field.formats')}</legend>
        {draft.formats.map((period, i) => (
          <div className="period" key={i}>
            <Field name="from_month" issues={periodIssues(i)}>
              {(props) => (
                <MonthInput {...props} value={period.from_month} onChange={(month) => setPeriod(i, { from_month: month })} />
              )}
            </Field>
            <Field name="format_id" issues={periodIssues(i)}>
              {(props) => (
                <select {...props} value={period.format_id} onChange={(e) => setPeriod(i, { format_id: e.target.value })}>
                  {formats.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.id}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              disabled={draft.formats.length === 1}
              onClick={() =>
                set(
                  'formats',
                  draft.formats.filter((_, j) => j !== i),
                )
              }
            >
              {t('hmis.settings.remove_period')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            set('formats', [...draft.formats, { from_month: draft.formats.at(-1)!.from_month, format_id: formats[0]?.id ?? '' }])
          }
        >
          {t('hmis.settings.add_period')}
        </button>
      </fieldset>
      <div className="form-grid">
        {CHOICES.map(({ name, codes }) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => (
              <select {...props} value={draft[name]} onChange={(e) => set(name, e.target.value as never)}>
                {codes.map((code) => (
                  <option key={code} value={code}>
                    {tx(`${name}.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field name="due_day" issues={issues}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={28}
              value={draft.due_day}
              onChange={(e) => set('due_day', Number(e.target.value))}
            />
          )}
        </Field>
        {FLAGS.map((name) => (
          <label key={name} className="check-field">
            <input type="checkbox" checked={draft[name]} onChange={(e) => set(name, e.target.checked)} /> {t(`field.${name}`)}
          </label>
        ))}
        <SaveActions status={status} savedText={t('hmis.settings.saved')} />
      </div>
    </form>
  );
}
