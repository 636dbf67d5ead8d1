import type { EpisodeDetail } from '../../../shared/contract/register';
import type { FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';
import { navigate } from '../router';
import { Field } from './Field';
import { RiskChips, StateBadge } from './register-bits';

/** The heading of a record's screens: whose record, its serial number and state, and the way back to it. */
export function RecordTitle({ detail, titleKey, id }: { detail: EpisodeDetail; titleKey: string; id: string }) {
  const { t, tx } = useI18n();
  const r = detail.record;
  return (
    <div className="page-head record-head">
      <div>
        <h1 id={id}>
          {tx(titleKey)}: <span className="record-name">{r.mother_name ?? t('value.no_name')}</span>
        </h1>
        <p className="record-meta">
          <span className="serial">{r.serial_no}</span>
          <StateBadge entry={{ record_state: r.record_state, voided: r.void !== null, outcome: r.outcome }} />
          {r.age_years != null && <span>{t('unit.years', { years: r.age_years })}</span>}
          {r.relative_name && (
            <span>
              {r.relation_type ? t(`relation_type.${r.relation_type}`) : ''} {r.relative_name}
            </span>
          )}
          <RiskChips reasons={detail.risk_reasons} />
        </p>
      </div>
      <a
        href={`#/register/record/${r.id}`}
        className="back-link"
        onClick={(e) => {
          e.preventDefault();
          navigate(`register/record/${r.id}`);
        }}
      >
        {t('record.back')}
      </a>
    </div>
  );
}

/**
 * The service asks for a reason when a save would change the figures of a month whose HMIS report was submitted (a
 * late entry or a correction): the form then shows the reason box even when it would not ask by itself.
 */
export const submittedMonthAsksReason = (issues: readonly FieldIssue[]) =>
  issues.some((i) => i.field === 'reason' && i.message === 'v.reason_after_submission');

/** The reason to send: only when one was asked for (a correction, or the service's question) and given. */
export const reasonToSend = (asked: boolean, reason: string) => (asked && reason.trim() !== '' ? { reason: reason.trim() } : {});

/** Why a saved value is being changed: asked for every correction, kept in the change history. */
export function ReasonField(props: { value: string; onChange: (v: string) => void; issues: readonly FieldIssue[] }) {
  const { t } = useI18n();
  return (
    <div className="reason-box">
      <Field name="reason" path="reason" label={t('record.reason_label')} issues={props.issues} hint={t('record.reason_hint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
