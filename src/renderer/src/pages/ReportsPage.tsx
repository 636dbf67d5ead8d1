import { useState } from 'react';
import type { ReportItem } from '../../../shared/hmis/report';
import { useOp } from '../api/query';
import { Dhis2Panel } from '../components/Dhis2Panel';
import { ErrorBanner } from '../components/ErrorText';
import { useMonthReport } from '../components/ReportMonth';
import { useAuth } from '../auth';
import { useI18n } from '../i18n/I18n';
import { ChecksPanel } from './reports/ChecksPanel';
import { ExportActions } from './reports/ExportActions';
import { HmisSettingsPanel } from './reports/HmisSettingsPanel';
import { ItemsTable } from './reports/ItemsTable';
import { ChangedBanner, ReportHead } from './reports/ReportHead';
import { ExplainPanel, OverridePanel } from './reports/SidePanels';
import { SubmitButton, SubmittedBanner } from './reports/SignOff';
import { useManualEntries } from './reports/useManualEntries';
import { useReportView } from './reports/useReportView';
import { useSaveShortcut } from './reports/useSaveShortcut';

/**
 * The monthly HMIS report: pick a month (default: the last complete one), read the figures beside last month's,
 * click a figure to see the register rows it counts, type what the register cannot know (kept as typed, stored on
 * its own), acknowledge warnings, and produce the export set with one button. Submitted months are frozen; later
 * edits show as differences.
 */
export function ReportsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const view = useReportView();
  const formats = useOp('hmisFormats', {});
  // While another month loads, its predecessor stays on screen, read-only (the boxes show what it holds).
  const entries = useManualEntries(view.report);
  const [explainNo, setExplainNo] = useState<string | null>(null);
  const [override, setOverride] = useState<ReportItem | null>(null);

  const saveEntries = () => void entries.save().catch(() => undefined);
  useSaveShortcut(saveEntries);

  const report = view.report;
  if (!report) {
    return (
      <section className="page">
        <h1>{t('hmis.title')}</h1>
        <ErrorBanner error={view.error ?? formats.error} onRetry={view.retry} />
        {!view.error && <p>{t('status.loading')}</p>}
      </section>
    );
  }

  const frozen = report.status === 'submitted';
  const readOnly = frozen || view.loading;
  const explain = report.items.find((i) => i.item_no === explainNo) ?? null;
  const canSignOff = can('report.signoff');
  const goTo = (month: string) => {
    // What is typed is a draft of its own month; store it now rather than after the pause.
    void entries.save().catch(() => undefined);
    setExplainNo(null);
    setOverride(null);
    view.goTo(month);
  };

  return (
    <section className="page reports">
      <ReportHead
        report={report}
        month={view.month}
        loading={view.loading}
        formats={formats.data ?? []}
        onMonth={goTo}
        onFormat={view.setFormat}
      />
      {report.format.id !== report.settings_format_id && (
        <p className="field-warning">{t('hmis.format_settings_hint', { id: report.settings_format_id })}</p>
      )}
      <ErrorBanner error={view.error ?? entries.error} />
      {frozen && <SubmittedBanner report={report} onStored={entries.stored} canSignOff={canSignOff} />}
      <ChangedBanner report={report} />

      <ExportActions
        report={report}
        disabled={view.loading}
        saveEntries={entries.save}
        invalid={entries.invalid}
        onStored={entries.stored}
      >
        {canSignOff && !frozen && report.finalisable && (
          <SubmitButton report={report} onStored={entries.stored} disabled={view.loading || entries.saving} />
        )}
      </ExportActions>

      <div className={`report-body${view.loading ? ' loading' : ''}`} aria-busy={view.loading}>
        <div className="report-table-wrap">
          <ItemsTable
            report={report}
            entries={entries}
            readOnly={readOnly}
            explainNo={explainNo}
            onExplain={setExplainNo}
            onOverride={setOverride}
          />
          {!frozen && <EntriesBar entries={entries} disabled={readOnly} onSave={saveEntries} />}
        </div>

        <aside className="report-side">
          {override && (
            <OverridePanel key={override.item_no} item={override} onSave={entries.edit} onClose={() => setOverride(null)} />
          )}
          {explain && <ExplainPanel report={report} item={explain} onClose={() => setExplainNo(null)} />}
          <ChecksPanel
            report={report}
            frozen={readOnly}
            onAcknowledge={async (key, note) => void (await entries.edit({ acknowledgements: { [key]: note } }))}
          />
        </aside>
      </div>

      <Dhis2Section month={report.month} />

      {/* Sign-off is the doctor's or the admin's; the report's rules are the admin's (the service checks both). */}
      {can('admin') && (
        <details className="panel settings-panel">
          <summary>{t('hmis.settings.title')}</summary>
          <HmisSettingsPanel formats={formats.data ?? []} />
        </details>
      )}
    </section>
  );
}

/** Under the items: Save entries (Ctrl+S) and whether what is typed is stored yet. */
function EntriesBar({
  entries,
  disabled,
  onSave,
}: {
  entries: ReturnType<typeof useManualEntries>;
  disabled: boolean;
  onSave: () => void;
}) {
  const { t } = useI18n();
  const state = entries.saving
    ? t('hmis.entries.saving')
    : entries.invalid.length > 0
      ? null
      : entries.unsaved
        ? t('hmis.entries.unsaved')
        : entries.saved
          ? t('hmis.saved')
          : null;
  return (
    <div className="report-actions sticky">
      <button type="button" className="primary" disabled={disabled || entries.saving} onClick={onSave}>
        {t('hmis.save')} <kbd>Ctrl+S</kbd>
      </button>
      {state && (
        <span className={entries.unsaved || entries.saving ? 'muted' : 'ok'} role="status" data-testid="entries-state">
          {state}
        </span>
      )}
      {entries.invalid.length > 0 && (
        <span className="field-error" role="alert">
          {t('hmis.entries.invalid', { items: entries.invalid.join(', ') })}
        </span>
      )}
      <span className="muted">{t('hmis.entries.autosave')}</span>
    </div>
  );
}

/** The month's figures as DHIS2 receives them (refreshed whenever the report's inputs are stored) and the panel. */
function Dhis2Section({ month }: { month: string }) {
  const { t } = useI18n();
  const { data, error } = useMonthReport(month);
  return (
    <>
      <ErrorBanner error={error} />
      {data && !data.report && <div className="banner banner-warn">{t('dhis2.panel.no_report', { month })}</div>}
      {data?.report && <Dhis2Panel report={data.report} />}
    </>
  );
}
