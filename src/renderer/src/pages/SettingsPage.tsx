import { useState, type FormEvent } from 'react';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { LANGUAGES } from '../../../shared/i18n/define';
import { FACILITY_TYPES, OWNERSHIPS, facilitySettingsSchema, type FacilitySettings } from '../../../shared/settings';
import { toFieldIssues } from '../../../shared/validation';
import { api } from '../api/client';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/I18n';
import { navigate } from '../router';
import { useAppState } from '../state';
import { LanSettingsForm } from './LanSettings';
import { SecuritySettingsForm } from './SecuritySettings';

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
  { path: 'settings', label: 'settings.tab_facility' },
  { path: 'settings/access', label: 'settings.tab_access' },
];

/**
 * Facility identity (printed on every slip and report), and on its own tab access: screen lock, lockout, LAN
 * mode. Validated here and again by the service.
 */
export function SettingsPage({ section }: { section?: string }) {
  const { t } = useI18n();
  const { settings } = useAppState();
  if (!settings) return <p>{t('status.loading')}</p>;
  const current = section === 'access' ? TABS[1]! : TABS[0]!;
  return (
    <div className="page-stack">
      <nav className="tabs" aria-label={t('nav.settings')}>
        {TABS.map((tab) => (
          <a
            key={tab.path}
            href={`#/${tab.path}`}
            className={tab === current ? 'active' : undefined}
            aria-current={tab === current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(tab.path);
            }}
          >
            {t(tab.label)}
          </a>
        ))}
      </nav>
      {section === 'access' ? (
        <>
          <SecuritySettingsForm />
          <LanSettingsForm />
        </>
      ) : (
        <SettingsForm settings={settings} />
      )}
    </div>
  );
}

function SettingsForm({ settings }: { settings: FacilitySettings }) {
  const { t, setLang } = useI18n();
  const { setSettings } = useAppState();
  const [draft, setDraft] = useState<FacilitySettings>(settings);
  // What this form started from: only fields edited here are sent, so a language switched in the header meanwhile
  // is not switched back by saving the form.
  const [base, setBase] = useState<FacilitySettings>(settings);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');

  const set = <K extends keyof FacilitySettings>(key: K, value: FacilitySettings[K]) => {
    setDraft({ ...draft, [key]: value });
    setStatus('idle');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local = facilitySettingsSchema.safeParse(draft);
    if (!local.success) {
      setIssues(toFieldIssues(local.error));
      return;
    }
    const patch = Object.fromEntries(Object.entries(draft).filter(([k, v]) => base[k as keyof FacilitySettings] !== v));
    setStatus('saving');
    setError(null);
    try {
      const saved = await api.updateSettings(patch);
      setSettings(saved);
      setBase(saved);
      setLang(saved.ui_language);
      setIssues([]);
      setStatus('saved');
    } catch (e) {
      setStatus('idle');
      if (e instanceof AppError && e.issues) setIssues(e.issues);
      else setError(e);
    }
  };

  return (
    <section className="page page-narrow">
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <ErrorBanner error={error} />
      {issues.length > 0 && (
        <div className="banner banner-error" role="alert">
          {t('error.invalid_input')}
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="form-grid">
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
        <div className="form-actions">
          <button type="submit" className="primary" disabled={status === 'saving'}>
            {status === 'saving' ? t('status.saving') : t('action.save')}
          </button>
          {status === 'saved' && (
            <span className="ok" role="status">
              {t('settings.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
