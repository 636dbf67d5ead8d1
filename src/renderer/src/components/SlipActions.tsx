import { useEffect, useRef, useState } from 'react';
import type { SlipRef } from '../../../shared/contract/slips';
import { formatDateTime } from '../../../shared/i18n/dates';
import { useAction, useOp, useOpMutation, type ReadOpName } from '../api/query';
import { useI18n } from '../i18n/I18n';
import { downloadBase64 } from './download';
import { ErrorBanner } from './ErrorText';
import { OpButton } from './Permitted';

/*
 * One-click slips for a record: a button per slip the record can print (discharge / referral / Form 1 per
 * live baby) → preview with what is not yet entered → print or save as PDF. Self-contained: give it the
 * episode id. The desktop app prints through Electron (chosen printer, remembered per slip type, or silently
 * to the default); the browser prints the same documents through its own print dialog.
 */

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * What a print or a saved PDF changes: the counts on the tiles, the preview (a reprint shows DUPLICATE), the printer
 * remembered for the slip type, the print log, and the record itself (a first print of Form 1 changes its status and
 * version, so the open record screen must reload it or its next edit would conflict).
 */
const SLIP_WRITES = {
  invalidates: ['listSlips', 'previewSlip', 'getPrintSettings', 'printLog', 'getEpisode'],
} as const satisfies {
  invalidates: readonly ReadOpName[];
};

const NO_PRINTERS = { available: false, printers: [] };

/** Prints each document from a hidden same-origin iframe (no scripts run in it: no allow-scripts, and the CSP). */
async function printInBrowser(documents: string[]): Promise<void> {
  for (const doc of documents) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.className = 'print-frame';
    frame.srcdoc = doc;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.appendChild(frame);
    await loaded;
    await frame.contentDocument?.fonts.ready;
    frame.contentWindow?.print();
    frame.remove();
  }
}

export function SlipActions({ episodeId }: { episodeId: number }) {
  const { t, tx } = useI18n();
  // Read through the data layer: a save of Form 1 details on the record refreshes what the tiles say is missing.
  const slipList = useOp('listSlips', { episode_id: episodeId });
  const slips = slipList.data ?? null;
  const printers = useOp('listPrinters', {});
  const settings = useOp('getPrintSettings', {});
  const [open, setOpen] = useState<SlipRef | null>(null);

  const label = (s: { slip: string; baby_order: number | null; title_key: string }) =>
    s.baby_order === null
      ? tx(s.title_key)
      : `${tx(s.title_key)} — ${t('slip.baby_letter', { letter: LETTERS[s.baby_order - 1] ?? '' })}`;

  return (
    <section className="slip-actions" aria-label={t('slips.title')}>
      <ErrorBanner error={printers.error ?? settings.error ?? slipList.error} />
      {slips && slips.length === 0 && <p className="muted">{t('slips.none')}</p>}
      <div className="slip-buttons">
        {slips?.map((s) => (
          <button
            key={`${s.slip}-${s.baby_order ?? 'm'}`}
            type="button"
            data-testid={`slip-${s.slip}-${s.baby_order ?? 'mother'}`}
            className={open?.slip === s.slip && (open.baby_order ?? null) === s.baby_order ? 'primary' : undefined}
            onClick={() => setOpen({ episode_id: episodeId, slip: s.slip, baby_order: s.baby_order })}
          >
            <span>{label(s)}</span>
            <small>
              {s.missing.length > 0 && (
                <span className="slip-missing">{t('slips.missing_count', { count: s.missing.length })}</span>
              )}
              {s.print_count > 0 && s.last_printed_at && (
                <span> {t('slips.printed_times', { count: s.print_count, at: formatDateTime(s.last_printed_at) })}</span>
              )}
              {s.last_pdf_at && <span> {t('slips.pdf_saved', { at: formatDateTime(s.last_pdf_at) })}</span>}
            </small>
          </button>
        ))}
      </div>
      {open && settings.data && (
        <SlipPreviewPanel
          key={`${open.slip}-${open.baby_order ?? 'm'}`}
          slipRef={open}
          desktop={printers.data ?? NO_PRINTERS}
          remembered={settings.data[open.slip].printer_name}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

interface PanelProps {
  slipRef: SlipRef;
  desktop: { available: boolean; printers: { name: string; display_name: string }[] };
  remembered: string | null;
  onClose: () => void;
}

function SlipPreviewPanel({ slipRef, desktop, remembered, onClose }: PanelProps) {
  const { t, tx } = useI18n();
  const previewRead = useOp('previewSlip', slipRef);
  const preview = previewRead.data;
  const [printer, setPrinter] = useState<string>(remembered ?? '');
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const printSlip = useOpMutation('printSlip', SLIP_WRITES);
  const browserPrintSlip = useOpMutation('browserPrintSlip', SLIP_WRITES);
  const saveSlipPdf = useOpMutation('saveSlipPdf', SLIP_WRITES);
  // One step at a time: its answer is the status line; a new step clears the last one's status and error.
  const step = useAction((action: () => Promise<string>) => action());
  const busy = step.isPending;
  const status = step.data ?? null;
  const run = (action: () => Promise<string>) => step.mutate(action);

  const print = (silent: boolean) =>
    run(async () => {
      if (desktop.available) {
        const result = await printSlip.mutateAsync({ ...slipRef, printer_name: silent ? null : printer || null, silent });
        return result.printed ? t('slips.printed', { count: result.copies }) : t('slips.print_cancelled');
      }
      const { documents } = await browserPrintSlip.mutateAsync(slipRef);
      await printInBrowser(documents);
      return t('slips.printed', { count: documents.length });
    });

  const savePdf = () =>
    run(async () => {
      const result = await saveSlipPdf.mutateAsync(slipRef);
      if (result.cancelled) return t('slips.print_cancelled');
      if (result.pdf_base64) {
        downloadBase64(result.file_name, result.pdf_base64, 'application/pdf');
        return t('slips.downloaded', { file: result.file_name });
      }
      return t('slips.saved_to', { path: result.saved_path ?? result.file_name });
    });

  return (
    <div
      className="slip-preview"
      ref={panel}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <ErrorBanner error={step.error ?? previewRead.error} />
      {preview && preview.missing.length > 0 && (
        <div className="banner banner-warn" data-testid="slip-missing">
          <strong>{t('slips.missing_title')}</strong> {preview.missing.map((key) => tx(key)).join(', ')}
        </div>
      )}
      {preview?.duplicate && <div className="banner banner-warn">{t('slips.duplicate_notice')}</div>}
      <div className="slip-toolbar">
        {desktop.available && (
          <select aria-label={t('field.printer_name')} value={printer} onChange={(e) => setPrinter(e.target.value)}>
            <option value="">{t('print.default_printer')}</option>
            {desktop.printers.map((p) => (
              <option key={p.name} value={p.name}>
                {p.display_name}
              </option>
            ))}
          </select>
        )}
        <OpButton
          op={desktop.available ? 'printSlip' : 'browserPrintSlip'}
          className="primary"
          disabled={!preview || busy}
          onClick={() => print(false)}
        >
          {t('slips.print')}
        </OpButton>
        {desktop.available && (
          <OpButton op="printSlip" disabled={!preview || busy} onClick={() => print(true)}>
            {t('slips.print_default')}
          </OpButton>
        )}
        <OpButton op="saveSlipPdf" disabled={!preview || busy} onClick={() => savePdf()}>
          {t('slips.save_pdf')}
        </OpButton>
        <button type="button" onClick={onClose}>
          {t('slips.close')}
        </button>
        {preview && (
          <span className="muted">{t('slips.copies', { count: preview.copies, paper: t(`paper.${preview.paper}`) })}</span>
        )}
        {busy && <span className="muted">{t('slips.working')}</span>}
        {status && (
          <span className="ok" role="status">
            {status}
          </span>
        )}
      </div>
      {preview && (
        // No scripts can run in the preview: no allow-scripts, and the slip's own CSP forbids them.
        <iframe
          className={`slip-frame paper-${preview.paper}`}
          title={t('slips.preview')}
          sandbox="allow-same-origin"
          srcDoc={preview.html}
          data-testid="slip-frame"
        />
      )}
    </div>
  );
}
