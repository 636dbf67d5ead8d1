import { LANGUAGES } from '../../../shared/i18n/define';
import { FACILITY_TYPES, OWNERSHIPS, facilitySettingsSchema, type FacilitySettings } from '../../../shared/settings';
import { ErrorBanner, FormErrors } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/I18n';
import { CarePolicyForm } from './CareSettings';
import { Dhis2SettingsPage } from './Dhis2SettingsPage';
import { PrintSettingsForm } from './PrintSettings';
import { RegisterPolicyForm } from './RegisterSettings';
import { ExchangePanel } from './settings/ExchangePanel';
import { LanSettingsForm } from './LanSettings';
import { SecuritySettingsForm } from './SecuritySettings';
import { SaveActions } from '../components/SaveActions';
import { useSettingsForm } from '../components/useSettingsForm';

type TextField = Exclude<keyof FacilitySettings, 'facility_type' | 'ownership' | 'ui_language'>;
const TEXT_FIELDS: TextField[] = [
  'hospital_name',
  'address',
  'phone',
  'registration_no',
  'district',
  'block',
  'state',
  'pin',
  'hmis_facility_code',
  'time_zone',
];

const TABS = [
  { path: '', label: 'settings.tab.facility' },
  { path: 'register', label: 'settings.tab.register' },
  { path: 'care', label: 'settings.tab_care' },
  { path: 'exchange', label: 'settings.tab.exchange' },
  { path: 'print', label: 'print.title' },
  { path: 'dhis2', label: 'dhis2.settings.tab_dhis2' },
  { path: 'access', label: 'settings.tab_access' },
] as const;

/**
 * Settings, one tab each (`#/settings/<tab>`): the facility's identity (printed on every slip and report), the
 * register's rules, the register's export and import, printing, the DHIS2 connection, and access (screen lock,
 * lockout, LAN mode).
 */
export function SettingsPage({ rest = [] }: { rest?: string[] }) {
  const { t } = useI18n();
  const tab = TABS.find((x) => x.path === (rest[0] ?? '')) ?? TABS[0];
  return (
    <>
      <nav className="subnav" aria-label={t('nav.settings')}>
        {TABS.map((x) => (
          <a
            key={x.path}
            href={`#/settings${x.path ? `/${x.path}` : ''}`}
            className={x === tab ? 'active' : undefined}
            aria-current={x === tab ? 'page' : undefined}
          >
            {t(x.label)}
          </a>
        ))}
      </nav>
      {tab.path === '' && <SettingsForm />}
      {tab.path === 'register' && <RegisterPolicyForm />}
      {tab.path === 'care' && <CarePolicyForm />}
      {tab.path === 'exchange' && <ExchangePanel />}
      {tab.path === 'print' && <PrintSettingsForm />}
      {tab.path === 'dhis2' && <Dhis2SettingsPage />}
      {tab.path === 'access' && (
        <>
          <SecuritySettingsForm />
          <LanSettingsForm />
        </>
      )}
    </>
  );
}

function SettingsForm() {
  const { t, setLang } = useI18n();
  const form = useSettingsForm('getSettings', 'updateSettings', facilitySettingsSchema, {
    onSaved: (saved) => setLang(saved.ui_language),
  });
  const { value: draft, issues } = form;
  if (!draft) return <ErrorBanner error={form.error} />;
  const set = <K extends keyof FacilitySettings>(key: K, value: FacilitySettings[K]) => form.set({ ...draft, [key]: value });

  return (
    <section className="page page-narrow">
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <FormErrors error={form.error} invalid={issues.length > 0} />
      <form onSubmit={form.onSubmit} noValidate className="form-grid">
        {TEXT_FIELDS.map((name) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => <input {...props} type="text" value={draft[name]} onChange={(e) => set(name, e.target.value)} />}
          </Field>
        ))}
        <Field name="facility_type" issues={issues}>
          {(props) => (
            <select
              {...props}
              value={draft.facility_type}
              onChange={(e) => set('facility_type', e.target.value as FacilitySettings['facility_type'])}
            >
              {FACILITY_TYPES.map((code) => (
                <option key={code} value={code}>
                  {t(`facility_type.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="ownership" issues={issues}>
          {(props) => (
            <select
              {...props}
              value={draft.ownership}
              onChange={(e) => set('ownership', e.target.value as FacilitySettings['ownership'])}
            >
              {OWNERSHIPS.map((code) => (
                <option key={code} value={code}>
                  {t(`ownership.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="ui_language" issues={issues}>
          {(props) => (
            <select
              {...props}
              value={draft.ui_language}
              onChange={(e) => set('ui_language', e.target.value as FacilitySettings['ui_language'])}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`lang.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SaveActions status={form.status} savedText={t('settings.saved')} />
      </form>
    </section>
  );
}
