import { useI18n } from '../i18n/I18n';

export function ReportsPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('nav.reports')}</h1>
    </section>
  );
}
