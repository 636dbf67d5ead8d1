import { useAuth } from '../../auth';
import { useI18n } from '../../i18n/I18n';
import { RegisterExport } from './RegisterExport';
import { RegisterImport } from './RegisterImport';

/** The register's exchange file: export a date range as JSON; import JSON, CSV or XLSX after a dry run. */
export function ExchangePanel() {
  const { t } = useI18n();
  const { can } = useAuth();
  return (
    <section className="page page-narrow settings-section" aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      {can('register.export') && <RegisterExport />}
      <RegisterImport />
    </section>
  );
}
