import { securitySettingsSchema, type SecuritySettings } from '../../../shared/auth';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { SaveActions } from '../components/SaveActions';
import { useSettingsForm } from '../components/useSettingsForm';
import { useI18n } from '../i18n/I18n';

const FIELDS: (keyof SecuritySettings)[] = ['idle_minutes', 'max_session_hours', 'lockout_attempts', 'lockout_minutes'];

/** Admin: idle auto-lock and the lockout after wrong passwords (both enforced by the service). */
export function SecuritySettingsForm() {
  const { t } = useI18n();
  const form = useSettingsForm('getSecuritySettings', 'updateSecuritySettings', securitySettingsSchema);
  const draft = form.value;
  if (!draft) return <ErrorBanner error={form.error} />;
  return (
    <section className="page page-narrow">
      <h2>{t('security.title')}</h2>
      <ErrorBanner error={form.error} />
      <form className="form-grid" noValidate onSubmit={form.onSubmit} data-testid="security-settings">
        {FIELDS.map((name) => (
          <Field key={name} name={name} issues={form.issues}>
            {(props) => (
              <input
                {...props}
                type="number"
                value={Number.isNaN(draft[name]) ? '' : draft[name]}
                onChange={(e) => form.set({ ...draft, [name]: e.target.valueAsNumber })}
              />
            )}
          </Field>
        ))}
        <SaveActions status={form.status} savedText={t('security.saved')} />
      </form>
    </section>
  );
}
