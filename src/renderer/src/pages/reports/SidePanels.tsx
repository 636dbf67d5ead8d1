import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { HmisReport, ReportInputsPatch, ReportItem } from '../../../../shared/hmis/report';
import { useI18n } from '../../i18n/I18n';
import { RowLinks } from './RowLinks';
import { toNumber, validCount } from './useManualEntries';

/** Replaces a computed figure with a reason (the register's own figure stays beside it), or removes the override. */
export function OverridePanel({
  item,
  onSave,
  onClose,
}: {
  item: ReportItem;
  onSave: (patch: ReportInputsPatch) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(item.value ?? ''));
  const [reason, setReason] = useState(item.override_reason ?? '');
  // Stored in turn with the typed entries (the screen's one queue of saves).
  const save = useMutation({ mutationFn: onSave, onSuccess: onClose });
  const busy = save.isPending;
  const store = (patch: ReportInputsPatch) => save.mutate(patch);
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        const count = toNumber(value);
        if (count === null || !validCount(value) || reason.trim().length < 3) return;
        store({ overrides: { [item.item_no]: { value: count, reason: reason.trim() } } });
      }}
    >
      <h2>
        {item.item_no} · {t('hmis.override')}
      </h2>
      <p className="muted">{t('hmis.override.computed', { value: item.computed_value ?? 0 })}</p>
      <label className="field">
        <span>{t('hmis.override.value')}</span>
        <input inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('hmis.override.reason')}</span>
        <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('action.save')}
        </button>
        {item.source === 'override' && (
          <button type="button" disabled={busy} onClick={() => store({ overrides: { [item.item_no]: null } })}>
            {t('hmis.override.remove')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

/** What a figure counts: the register rows behind it, each a link to its record. */
export function ExplainPanel({ report, item, onClose }: { report: HmisReport; item: ReportItem; onClose: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="panel" data-testid="explain">
      <h2>{t('hmis.explain.title', { item: item.item_no, count: item.value ?? 0 })}</h2>
      <p className="muted small">{lang === 'hi' && item.wording_hi ? item.wording_hi : item.wording_en}</p>
      {item.source === 'manual' ? (
        <p>{t('hmis.explain.manual')}</p>
      ) : (
        <RowLinks report={report} episodeIds={item.episode_ids} babyIds={item.baby_ids} />
      )}
      {/* Format notes are English data (hmis.md's rules); the Hindi screen shows the wording only. */}
      {item.notes && lang === 'en' && <p className="muted small">{item.notes}</p>}
      <button type="button" onClick={onClose}>
        {t('hmis.explain.close')}
      </button>
    </div>
  );
}
