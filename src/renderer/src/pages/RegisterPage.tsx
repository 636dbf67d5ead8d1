import { useI18n } from '../i18n/I18n';

export function RegisterPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('nav.register')}</h1>
    </section>
  );
}
