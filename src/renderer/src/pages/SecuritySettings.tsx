import { useEffect, useState } from 'react';
import { securitySettingsSchema, type SecuritySettings } from '../../../shared/auth';
import { api } from '../api/client';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

const FIELDS: (keyof SecuritySettings)[] = ['idle_minutes', 'max_session_hours', 'lockout_attempts', 'lockout_minutes'];

/** Admin: idle auto-lock and the lockout after wrong passwords (both enforced by the service). */
export function SecuritySettingsForm() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<SecuritySettings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.getSecuritySettings({}).then(setDraft, () => undefined);
  }, []);
  const form = useForm(securitySettingsSchema, async (value) => {
    setDraft(await api.updateSecuritySettings(value));
    setSaved(true);
  });
  if (!draft) return null;
  return (
    <section className="page page-narrow">
      <h2>{t('security.title')}</h2>
      <ErrorBanner error={form.error} />
      <form className="form-grid" noValidate onSubmit={(e) => void form.onSubmit(e, draft)} data-testid="security-settings">
        {FIELDS.map((name) => (
          <Field key={name} name={name} issues={form.issues}>
            {(props) => (
              <input
                {...props}
                type="number"
                value={Number.isNaN(draft[name]) ? '' : draft[name]}
                onChange={(e) => {
                  setDraft({ ...draft, [name]: e.target.valueAsNumber });
                  setSaved(false);
                }}
              />
            )}
          </Field>
        ))}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('action.save')}
          </button>
          {saved && (
            <span className="ok" role="status">
              {t('security.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
