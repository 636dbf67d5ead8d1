import { useState, type FormEvent } from 'react';
import type { ReferralTrack } from '../../../../shared/contract/care';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import { ARRIVAL_OUTCOMES, FEEDBACK_CHANNELS, type ReferralFeedbackFields } from '../../../../shared/care/referral';
import { BIRTH_OUTCOMES, DELIVERY_MODES, REFERRAL_REASONS } from '../../../../shared/register/codes';
import type { FieldIssue } from '../../../../shared/errors';
import { formatDMY } from '../../../../shared/time';
import { useOp, useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { ReasonField, reasonToSend, submittedMonthAsksReason } from '../../components/record-bits';
import { issueText } from '../../components/form';
import { FormField } from '../../components/inputs';
import { useI18n } from '../../i18n/I18n';
import { changedValues, convertDraft, correctedFields, toDraft, type Draft } from '../../register/draft';
import type { FieldKind } from '../../register/fields';
import { babyLetter } from '../../register/fields';
import { codeLabel, formatDateTime } from '../../register/format';
import { useRegister } from '../../register/RegisterContext';
import { REASON_REQUIRED } from '../../register/validate';

/*
 * Referral tracking on the record (docs/domain/care.md §2): the decision to refer while she is still here (Today's timer runs
 * from it), each referral's delay, and the receiving facility's feedback.
 */

const DECISION_KINDS: Record<string, FieldKind> = {
  receiving_facility_name: { type: 'text' },
  decision_at: { type: 'datetime' },
  reasons: { type: 'multi', codes: REFERRAL_REASONS, prefix: 'referral_reason' },
};
const DECISION_NAMES = Object.keys(DECISION_KINDS);

const FEEDBACK_KINDS: Record<keyof ReferralFeedbackFields, FieldKind> = {
  feedback_received_at: { type: 'datetime' },
  feedback_channel: { type: 'choice', codes: FEEDBACK_CHANNELS, prefix: 'feedback_channel' },
  reached_at: { type: 'datetime' },
  arrival_outcome: { type: 'choice', codes: ARRIVAL_OUTCOMES, prefix: 'arrival_outcome' },
  delivery_mode: { type: 'choice', codes: DELIVERY_MODES, prefix: 'mode' },
  baby_outcome: { type: 'choice', codes: BIRTH_OUTCOMES, prefix: 'birth_outcome' },
  diagnosis: { type: 'text' },
  advice: { type: 'text', multiline: true },
};
const FEEDBACK_NAMES = Object.keys(FEEDBACK_KINDS) as (keyof ReferralFeedbackFields)[];
const DELIVERED_ONLY = new Set(['delivery_mode', 'baby_outcome']);

function Problems({ issues, error }: { issues: FieldIssue[]; error: unknown }) {
  const { t, tx } = useI18n();
  return (
    <>
      {error && !(issues.length > 0) ? <ErrorBanner error={error} /> : null}
      {issues.length > 0 && (
        <div className="banner banner-error issue-summary" role="alert" data-testid="error-summary">
          <strong>{t('error.invalid_input')}</strong>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issueText(tx, issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * The register's rule for changing saved values (as the record's section editor): a correction asks why, and so does
 * the service when the change alters a submitted month's HMIS figures. Returns the issues to add and the reason to send.
 */
function useReferralReason(saved: Record<string, unknown> | null) {
  const [reason, setReason] = useState('');
  const judge = (values: Record<string, unknown>, serverIssues: readonly FieldIssue[]) => {
    const corrects = saved !== null && correctedFields(changedValues(values, saved), saved).length > 0;
    // A reason once typed keeps its box (the service's question is gone from the issues after the next submit).
    const asked = corrects || submittedMonthAsksReason(serverIssues) || reason !== '';
    return { asked, issues: asked && reason.trim() === '' ? [REASON_REQUIRED] : [], send: reasonToSend(asked, reason) };
  };
  return { reason, setReason, judge };
}

/** The decision to refer, recorded while she is still here (the side panel of an open record). */
export function ReferralDecisionPanel(props: {
  detail: EpisodeDetail;
  onDone: (d: EpisodeDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { clock } = useRegister();
  const r = props.detail.record;
  const existing = r.referrals.find((x) => x.baby_order === null);
  const [draft, setDraft] = useState<Draft>(() => {
    const now = clock();
    const d = toDraft(DECISION_KINDS, DECISION_NAMES, (existing ?? {}) as Record<string, unknown>);
    if (!existing?.decision_at) d.decision_at = { date: formatDMY(now.today), time: now.nowTime };
    return d;
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const change = useReferralReason(existing ? (existing as Record<string, unknown>) : null);
  const save = useOpMutation('recordReferralDecision', {
    invalidates: ['getWardBoard', 'episodeReferrals', 'getEpisode'],
    onSuccess: (d) => props.onDone(d),
    onError: (e) => setIssues(e.issues ?? []),
  });
  const converted = convertDraft(DECISION_KINDS, DECISION_NAMES, draft, clock(), { pathPrefix: 'referral.' });
  const reason = change.judge(converted.values, issues);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const all = [...converted.issues, ...reason.issues];
    setIssues(all);
    if (all.length > 0) return;
    save.mutate({ id: r.id, version: r.version, referral: converted.values, ...reason.send });
  };
  return (
    <div className="side-panel" data-testid="referral-decision-panel">
      <h3>{t('referral.decision_title')}</h3>
      <p className="muted">{t('referral.decision_intro')}</p>
      <Problems issues={issues} error={save.error} />
      <form onSubmit={onSubmit} noValidate className="form-grid form-grid-narrow">
        {DECISION_NAMES.map((name) => (
          <FormField
            key={name}
            name={name}
            kind={DECISION_KINDS[name]!}
            value={draft[name]}
            onChange={(v) => setDraft({ ...draft, [name]: v })}
            path={`referral.${name}`}
            issues={issues}
            autoFocus={name === 'receiving_facility_name'}
          />
        ))}
        {reason.asked && (
          <div className="field-wide">
            <ReasonField value={change.reason} onChange={change.setReason} issues={issues} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('action.save')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Each referral's timing and feedback, on the record's referral section. */
export function ReferralTracks({ episodeId, voided }: { episodeId: number; voided: boolean }) {
  const { t } = useI18n();
  const tracks = useOp('episodeReferrals', { id: episodeId });
  if (tracks.error) return <ErrorBanner error={tracks.error} onRetry={() => void tracks.refetch()} />;
  if (!tracks.data || tracks.data.length === 0) return null;
  return (
    <div className="referral-tracks" data-testid="referral-tracks">
      <h3 className="subhead">{t('referral.tracking_title')}</h3>
      {tracks.data.map((track) => (
        <TrackView key={track.referral_id} track={track} voided={voided} />
      ))}
    </div>
  );
}

function TrackView({ track, voided }: { track: ReferralTrack; voided: boolean }) {
  const { t, tx } = useI18n();
  const [open, setOpen] = useState(false);
  const fb = track.feedback;
  return (
    <div className="referral-track" data-testid="referral-track">
      <p>
        <strong>{track.slip_no}</strong>
        {track.baby_order !== null && ` · ${t('baby.label', { letter: babyLetter(track.baby_order) })}`}
        {' · '}
        <span data-testid="referral-delay">
          {t('field.referral_delay')}:{' '}
          {track.delay_minutes === null ? '—' : t('care.delay_minutes', { minutes: track.delay_minutes })}
        </span>
      </p>
      {fb ? (
        <dl className="values" data-testid="referral-feedback">
          {FEEDBACK_NAMES.filter((n) => fb[n] !== null).map((n) => (
            <div key={n} className="value">
              <dt>{t(`field.${n}`)}</dt>
              <dd>{feedbackValue(tx, n, fb[n])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('referral.no_feedback')}</p>
      )}
      {!voided && track.departure_at && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('referral.record_feedback')}
        </button>
      )}
      {open && <FeedbackForm track={track} onClose={() => setOpen(false)} />}
    </div>
  );
}

function feedbackValue(t: (k: string) => string, name: keyof ReferralFeedbackFields, value: unknown): string {
  const kind = FEEDBACK_KINDS[name];
  if (kind.type === 'datetime') return formatDateTime(value as string);
  if (kind.type === 'choice') return codeLabel(t, kind.prefix, String(value));
  return String(value);
}

function FeedbackForm({ track, onClose }: { track: ReferralTrack; onClose: () => void }) {
  const { t } = useI18n();
  const { clock } = useRegister();
  const [draft, setDraft] = useState<Draft>(() => {
    const d = toDraft(FEEDBACK_KINDS, FEEDBACK_NAMES, (track.feedback ?? {}) as Record<string, unknown>);
    if (!track.feedback) {
      const now = clock();
      d.feedback_received_at = { date: formatDMY(now.today), time: now.nowTime };
    }
    return d;
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const delivered = draft.arrival_outcome === 'delivered';
  const change = useReferralReason(track.feedback as Record<string, unknown> | null);
  const save = useOpMutation('recordReferralFeedback', {
    invalidates: ['episodeReferrals', 'referralFollowUps', 'getWardBoard'],
    onSuccess: onClose,
    onError: (e) => setIssues(e.issues ?? []),
  });
  const converted = convertDraft(FEEDBACK_KINDS, FEEDBACK_NAMES, draft, clock(), {
    visible: (n) => delivered || !DELIVERED_ONLY.has(n),
  });
  const reason = change.judge(converted.values, issues);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const required = (['feedback_received_at', 'arrival_outcome'] as const)
      .filter((n) => converted.values[n] == null && !converted.issues.some((i) => i.field === n))
      .map((n): FieldIssue => ({ field: n, message: 'v.required', params: { field: `field.${n}` }, severity: 'error' }));
    const all = [...converted.issues, ...required, ...reason.issues];
    setIssues(all);
    if (all.length > 0) return;
    save.mutate({ referral_id: track.referral_id, feedback: converted.values as ReferralFeedbackFields, ...reason.send });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form-grid feedback-form" data-testid="feedback-form">
      <h4 className="subhead field-wide">{t('referral.feedback_title')}</h4>
      <div className="field-wide">
        <Problems issues={issues} error={save.error} />
      </div>
      {FEEDBACK_NAMES.filter((n) => delivered || !DELIVERED_ONLY.has(n)).map((name) => (
        <FormField
          key={name}
          name={name}
          kind={FEEDBACK_KINDS[name]}
          value={draft[name]}
          onChange={(v) => setDraft({ ...draft, [name]: v })}
          path={name}
          issues={issues}
          autoFocus={name === 'feedback_received_at'}
        />
      ))}
      {reason.asked && (
        <div className="field-wide">
          <ReasonField value={change.reason} onChange={change.setReason} issues={issues} />
        </div>
      )}
      <div className="form-actions field-wide">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('action.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
