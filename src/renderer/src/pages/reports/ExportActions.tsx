import { useState } from 'react';
import type { HmisReport } from '../../../../shared/hmis/report';
import { transportKind } from '../../api/client';
import { useOpMutation } from '../../api/query';
import { downloadFiles } from '../../components/download';
import { ErrorBanner } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';

interface Props {
  report: HmisReport;
  disabled: boolean;
  /** Stores what is typed first and answers the report as stored (or throws: then nothing is exported). */
  saveEntries: () => Promise<HmisReport | undefined>;
  /** Items whose typed text is not a count: the export refuses rather than send the stored value. */
  invalid: string[];
  onStored: (report: HmisReport) => void;
  children?: React.ReactNode;
}

/**
 * The export set in one click (XLSX, PDF, CSV, JSON), FINAL when no check is open. Typed entries are stored
 * first, so the files always carry what the screen shows.
 */
export function ExportActions({ report, disabled, saveEntries, invalid, onStored, children }: Props) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const exporter = useOpMutation('exportHmisReport', { invalidates: ['dhis2Report'] });
  const [preparing, setPreparing] = useState(false);
  const busy = preparing || exporter.isPending;
  const frozen = report.status === 'submitted';

  const run = async () => {
    setMessage(null);
    setRefused(null);
    if (invalid.length > 0) return setRefused(t('hmis.entries.export_refused', { items: invalid.join(', ') }));
    setPreparing(true);
    let current: HmisReport;
    try {
      current = (await saveEntries()) ?? report;
    } catch {
      return; // the entries' own error banner says why; nothing stale is exported
    } finally {
      setPreparing(false);
    }
    const result = await exporter
      .mutateAsync({
        month: current.month,
        format_id: current.format.id,
        final: current.finalisable,
        destination: transportKind === 'ipc' ? 'folder' : 'download',
      })
      .catch(() => null);
    if (!result) return;
    onStored(result.report);
    if (result.cancelled) setMessage(t('hmis.error.export_cancelled'));
    else if (result.folder) setMessage(t('hmis.exported_folder', { count: result.files.length, folder: result.folder }));
    else setMessage(t('hmis.exported_download', { count: downloadFiles(result.files) }));
  };

  return (
    <div className="report-actions">
      <button
        type="button"
        className="primary big"
        onClick={() => void run()}
        disabled={disabled || busy}
        data-testid="export-set"
      >
        {busy ? t('status.loading') : report.finalisable ? t('hmis.export') : t('hmis.export_draft')}
      </button>
      <span className="muted">{report.finalisable ? t('hmis.export.hint_final') : t('hmis.export.hint_draft')}</span>
      {children}
      {message && (
        <span className="ok" role="status">
          {message}
        </span>
      )}
      {refused && (
        <span className="field-error" role="alert">
          {refused}
        </span>
      )}
      <ErrorBanner error={exporter.error} />
      {report.final_exported_at && !frozen && (
        <span className="muted">{t('hmis.final_exported', { at: report.final_exported_at.slice(0, 16).replace('T', ' ') })}</span>
      )}
    </div>
  );
}
