import { useState } from 'react';
import type { ReferralTrack } from '../../../../shared/contract/care';
import type { SavedDraft } from '../../../../shared/contract/drafts';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import { ARRIVAL_OUTCOMES, FEEDBACK_CHANNELS, type ReferralFeedbackFields } from '../../../../shared/care/referral';
import { BIRTH_OUTCOMES, DELIVERY_MODES, REFERRAL_REASONS } from '../../../../shared/register/codes';
import type { FieldIssue } from '../../../../shared/errors';
import { formatDMY } from '../../../../shared/time';
import { useOp, useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { OpButton } from '../../components/Permitted';
import { EpisodeForm, SaveActions } from '../../components/form';
import { FieldsGrid } from '../../components/FieldsGrid';
import { ReferralTimer, useNow } from '../../components/ReferralTimer';
import { useEpisodeFormFlow } from '../../components/formFlow';
import { useI18n } from '../../i18n/I18n';
import { changedValues, convertDraft, correctedFields, toDraft, type DraftValue } from '../../register/draft';
import type { FieldKind } from '../../register/fields';
import { babyLetter } from '../../register/fields';
import { codeLabel, formatDateTime } from '../../register/format';
import { DraftGate, DraftRestored } from '../../register/keepDraft';
import { useKeptEntries } from '../../register/keptEntries';
import { useRegister } from '../../register/RegisterContext';

/*
 * Referral tracking on the record (docs/domain/care.md §2): the decision to refer while she is still here (Today's timer runs
 * from it), each referral's delay, and the receiving facility's feedback. Both forms keep drafts, as the register's do.
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

/** Whether the entries change values saved before (`saved`: the stored decision or feedback): a correction asks why. */
function correctsSaved(values: Record<string, unknown>, saved: Record<string, unknown> | null): boolean {
  return saved !== null && correctedFields(changedValues(values, saved), saved).length > 0;
}

/** The decision to refer, recorded while she is still here (the side panel of an open record). */
export function ReferralDecisionPanel(props: {
  detail: EpisodeDetail;
  onDone: (d: EpisodeDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const draftForm = `referral-decision:${props.detail.record.id}`;
  return (
    <div className="side-panel" data-testid="referral-decision-panel">
      <h3>{t('referral.decision_title')}</h3>
      <p className="muted">{t('referral.decision_intro')}</p>
      <DraftGate form={draftForm}>
        {(saved, discard) => <DecisionForm {...props} draftForm={draftForm} saved={saved} onDiscard={discard} />}
      </DraftGate>
    </div>
  );
}

function DecisionForm(props: {
  detail: EpisodeDetail;
  draftForm: string;
  saved: SavedDraft | null;
  onDiscard: () => void;
  onDone: (d: EpisodeDetail) => void;
  onCancel: () => void;
}) {
  const { clock } = useRegister();
  const r = props.detail.record;
  const existing = r.referrals.find((x) => x.baby_order === null);
  const { draft, setDraft, reason, keeper } = useKeptEntries(props.draftForm, r.version, props.saved, () => {
    const d = toDraft(DECISION_KINDS, DECISION_NAMES, (existing ?? {}) as Record<string, unknown>);
    if (!existing?.decision_at) {
      const now = clock();
      d.decision_at = { date: formatDMY(now.today), time: now.nowTime };
    }
    return d;
  });
  const save = useOpMutation('recordReferralDecision', { invalidates: ['getWardBoard', 'episodeReferrals', 'getEpisode'] });
  const form = useEpisodeFormFlow({
    build: () => {
      const { values, issues } = convertDraft(DECISION_KINDS, DECISION_NAMES, draft, clock(), { pathPrefix: 'referral.' });
      return { values, issues, corrects: correctsSaved(values, (existing ?? null) as Record<string, unknown> | null) };
    },
    keeper,
    reason,
    send: ({ values }, _acknowledge, why) => save.mutateAsync({ id: r.id, version: r.version, referral: values, ...why }),
    onSaved: props.onDone,
  });
  const set = (name: string, value: DraftValue) => {
    setDraft((d) => ({ ...d, [name]: value }));
    form.flow.changed();
  };
  return (
    <EpisodeForm {...form.props} actions={<SaveActions saving={form.flow.saving} onCancel={props.onCancel} keeper={keeper} />}>
      <DraftRestored saved={props.saved} version={r.version} keeper={keeper} onDiscard={props.onDiscard} />
      <FieldsGrid
        names={DECISION_NAMES}
        kinds={DECISION_KINDS}
        draft={draft}
        onChange={set}
        issues={form.shown}
        prefix="referral."
        autoFocus="receiving_facility_name"
      />
      {form.reasonField}
    </EpisodeForm>
  );
}

/** Each referral's timing and feedback, on the record's referral section. */
export function ReferralTracks({ episodeId, voided, closed }: { episodeId: number; voided: boolean; closed: boolean }) {
  const { t } = useI18n();
  const tracks = useOp('episodeReferrals', { id: episodeId });
  if (tracks.error) return <ErrorBanner error={tracks.error} onRetry={() => void tracks.refetch()} />;
  if (!tracks.data || tracks.data.length === 0) return null;
  return (
    <div className="referral-tracks" data-testid="referral-tracks">
      <h3 className="subhead">{t('referral.tracking_title')}</h3>
      {tracks.data.map((track) => (
        <TrackView key={track.referral_id} track={track} voided={voided} closed={closed} />
      ))}
    </div>
  );
}

function TrackView({ track, voided, closed }: { track: ReferralTrack; voided: boolean; closed: boolean }) {
  const { t, tx } = useI18n();
  const [open, setOpen] = useState(false);
  const fb = track.feedback;
  // Decided and not yet gone, on a record still open: the same running timer as on Today (whose board lists only
  // open records). A record closed otherwise after the decision (she died, or left against advice) runs none.
  const pending = !voided && !closed && track.departure_at === null && track.decision_at !== null;
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
      {pending && <PendingTimer decision_at={track.decision_at!} receiving_facility_name={track.receiving_facility_name} />}
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
        // Feedback comes only after she has left.
        track.departure_at && <p className="muted">{t('referral.no_feedback')}</p>
      )}
      {!voided && track.departure_at && !open && (
        <OpButton op="recordReferralFeedback" onClick={() => setOpen(true)}>
          {t('referral.record_feedback')}
        </OpButton>
      )}
      {open && !voided && (
        <DraftGate form={`referral-feedback:${track.referral_id}`}>
          {(saved, discard) => <FeedbackForm track={track} saved={saved} onDiscard={discard} onClose={() => setOpen(false)} />}
        </DraftGate>
      )}
    </div>
  );
}

function PendingTimer(referral: { decision_at: string; receiving_facility_name: string | null }) {
  const now = useNow();
  const policy = useOp('getCarePolicy', {});
  if (!policy.data) return null;
  return <ReferralTimer referral={referral} now={now} target={policy.data.referral_target_minutes} />;
}

function feedbackValue(t: (k: string) => string, name: keyof ReferralFeedbackFields, value: unknown): string {
  const kind = FEEDBACK_KINDS[name];
  if (kind.type === 'datetime') return formatDateTime(value as string);
  if (kind.type === 'choice') return codeLabel(t, kind.prefix, String(value));
  return String(value);
}

function FeedbackForm(props: { track: ReferralTrack; saved: SavedDraft | null; onDiscard: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const { clock } = useRegister();
  const { track, onClose } = props;
  // The feedback has no version of its own: a restored draft is not compared with what was saved since.
  const { draft, setDraft, reason, keeper } = useKeptEntries(`referral-feedback:${track.referral_id}`, null, props.saved, () => {
    const d = toDraft(FEEDBACK_KINDS, FEEDBACK_NAMES, (track.feedback ?? {}) as Record<string, unknown>);
    if (!track.feedback) {
      const now = clock();
      d.feedback_received_at = { date: formatDMY(now.today), time: now.nowTime };
    }
    return d;
  });
  const delivered = draft.arrival_outcome === 'delivered';
  const visible = (name: string) => delivered || !DELIVERED_ONLY.has(name);
  const save = useOpMutation('recordReferralFeedback', {
    invalidates: ['episodeReferrals', 'referralFollowUps', 'getWardBoard'],
  });
  const form = useEpisodeFormFlow({
    build: () => {
      const converted = convertDraft(FEEDBACK_KINDS, FEEDBACK_NAMES, draft, clock(), { visible });
      const required = (['feedback_received_at', 'arrival_outcome'] as const)
        .filter((n) => converted.values[n] == null && !converted.issues.some((i) => i.field === n))
        .map((n): FieldIssue => ({ field: n, message: 'v.required', params: { field: `field.${n}` }, severity: 'error' }));
      return {
        feedback: converted.values as ReferralFeedbackFields,
        issues: [...converted.issues, ...required],
        corrects: correctsSaved(converted.values, track.feedback as Record<string, unknown> | null),
      };
    },
    keeper,
    reason,
    send: ({ feedback }, _acknowledge, why) => save.mutateAsync({ referral_id: track.referral_id, feedback, ...why }),
    onSaved: onClose,
  });
  const set = (name: string, value: DraftValue) => {
    setDraft((d) => ({ ...d, [name]: value }));
    form.flow.changed();
  };
  return (
    <EpisodeForm
      {...form.props}
      className="feedback-form"
      testId="feedback-form"
      actions={<SaveActions saving={form.flow.saving} onCancel={onClose} keeper={keeper} />}
    >
      <h4 className="subhead">{t('referral.feedback_title')}</h4>
      <DraftRestored saved={props.saved} version={null} keeper={keeper} onDiscard={props.onDiscard} />
      <FieldsGrid
        names={FEEDBACK_NAMES}
        kinds={FEEDBACK_KINDS}
        draft={draft}
        onChange={set}
        issues={form.shown}
        prefix=""
        visible={visible}
        autoFocus="feedback_received_at"
        wide={['advice']}
      />
      {form.reasonField}
    </EpisodeForm>
  );
}
