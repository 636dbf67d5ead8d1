import { useI18n } from '../i18n/I18n';
import { navigate } from '../router';

/** Facility | DHIS2 — the sections of Settings. */
export function SettingsTabs({ current }: { current: 'facility' | 'dhis2' }) {
  const { t } = useI18n();
  const tabs = [
    { id: 'facility', path: 'settings', label: 'dhis2.settings.tab_facility' },
    { id: 'dhis2', path: 'settings/dhis2', label: 'dhis2.settings.tab_dhis2' },
  ] as const;
  return (
    <nav className="tabs" aria-label={t('nav.settings')}>
      {tabs.map((tab) => (
        <a
          key={tab.id}
          href={`#/${tab.path}`}
          aria-current={tab.id === current ? 'page' : undefined}
          className={tab.id === current ? 'active' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate(tab.path);
          }}
        >
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
