import { useState } from 'react';
import type { HmisReport } from '../../../../shared/hmis/report';
import { useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';

type Props = { report: HmisReport; onStored: (report: HmisReport) => void };
const monthOf = (report: HmisReport) => ({ month: report.month, format_id: report.format.id, version: report.version });

/** "Mark as submitted", asked twice: the doctor's or the admin's sign-off freezes the month's figures. */
export function SubmitButton({ report, onStored, disabled }: Props & { disabled: boolean }) {
  const { t } = useI18n();
  const [confirm, setConfirm] = useState(false);
  const submit = useOpMutation('submitHmisReport', {
    invalidates: ['dhis2Report'],
    onSuccess: (next) => {
      onStored(next);
      setConfirm(false);
    },
  });
  if (!confirm)
    return (
      <button type="button" onClick={() => setConfirm(true)} disabled={disabled}>
        {t('hmis.submit')}
      </button>
    );
  return (
    <span className="confirm">
      {t('hmis.submit_confirm')}{' '}
      <button
        type="button"
        className="primary"
        onClick={() => submit.mutate(monthOf(report))}
        disabled={disabled || submit.isPending}
      >
        {t('hmis.submit')}
      </button>{' '}
      <button type="button" onClick={() => setConfirm(false)}>
        {t('action.cancel')}
      </button>
      <ErrorBanner error={submit.error} />
    </span>
  );
}

/** A submitted month: when and by whom, and (for who may sign off) reopening it with a reason. */
export function SubmittedBanner({ report, onStored, canSignOff }: Props & { canSignOff: boolean }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<string | null>(null);
  const reopen = useOpMutation('reopenHmisReport', {
    invalidates: ['dhis2Report'],
    onSuccess: (next) => {
      onStored(next);
      setReason(null);
    },
  });
  const ready = reason !== null && reason.trim().length >= 3;
  return (
    <div className="banner banner-ok" role="status">
      <span>
        {t('hmis.submitted', {
          at: report.submitted_at?.slice(0, 16).replace('T', ' ') ?? '',
          by: report.submitted_by ?? '',
        })}
      </span>
      {!canSignOff ? null : reason === null ? (
        <button type="button" onClick={() => setReason('')}>
          {t('hmis.reopen')}
        </button>
      ) : (
        <form
          className="ack-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) reopen.mutate({ ...monthOf(report), reason: reason.trim() });
          }}
        >
          <input
            type="text"
            value={reason}
            placeholder={t('hmis.reopen_reason')}
            aria-label={t('hmis.reopen_reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" disabled={!ready || reopen.isPending}>
            {t('hmis.reopen')}
          </button>
          <button type="button" onClick={() => setReason(null)}>
            {t('action.cancel')}
          </button>
        </form>
      )}
      <ErrorBanner error={reopen.error} />
    </div>
  );
}
