import { useI18n } from '../i18n/I18n';
import { ConnectionForm } from './dhis2/ConnectionForm';
import { MappingEditor } from './dhis2/MappingEditor';

/** Settings → DHIS2: the connection (admin) and the item mapping. */
export function Dhis2SettingsPage() {
  const { t } = useI18n();
  return (
    <section className="page page-wide">
      <h1>{t('dhis2.settings.title')}</h1>
      <p className="muted">{t('dhis2.settings.intro')}</p>
      <ConnectionForm />
      <MappingEditor />
    </section>
  );
}
