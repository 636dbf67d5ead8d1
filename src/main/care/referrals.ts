import {
  REFERRAL_FEEDBACK_FIELDS,
  referralDelayMinutes,
  type ReferralFeedback,
  type ReferralFeedbackFields,
} from '../../shared/care/referral';
import type { ReferralTrack, ReferralFollowUp } from '../../shared/contract/care';
import { AppError, type FieldIssue } from '../../shared/errors';
import { checkEpisode } from '../../shared/register/rules';
import { formatDMY } from '../../shared/time';
import type { EpisodeRecord, ReferralFields } from '../../shared/register/schema';
import { writeAudit, type AuditEntry } from '../audit';
import type { DbHandle } from '../db/handle';
import { requireReasonForReportedMonths } from '../hmis/guard';
import type { FormatDirs } from '../hmis/formats';
import { registerEnv, type RegisterEnv } from '../register/context';
import { assertWritable, checkable, getEpisodeDetail, loadRecord, normalise, saveReferral, touch } from '../register/service';
import { insertRow, updateRow } from '../register/store';
import type { Session } from '../session';
import type { EpisodeDetail } from '../../shared/contract/register';

/*
 * Referral tracking (docs/domain/care.md §2): the decision recorded while she is still here (the pending timer runs from it),
 * the departure, and the receiving facility's feedback, each save audited on the episode's history.
 */

const issue = (field: string, message: string, params: Record<string, string | number> = {}): FieldIssue => ({
  field,
  message,
  params: { field: `field.${field.split('.').pop()}`, ...params },
  severity: 'error',
});

function refuse(issues: FieldIssue[]): never {
  throw new AppError('invalid_input', { issues, field: issues[0]?.field });
}

/**
 * Records (or corrects) the decision to refer the mother while the record stays open: she is then "referral
 * pending" on Today until a departure is recorded (here or with the outcome "referred out").
 */
export function recordReferralDecision(
  ctx: DbHandle & FormatDirs,
  session: Session,
  input: { id: number; version: number; referral: Partial<ReferralFields>; reason?: string | undefined },
): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  const existing = record.referrals.find((r) => r.baby_order === null);
  const referral = { ...(existing ?? {}), ...normalise(input.referral, env.timeZone), baby_order: null };
  const issues: FieldIssue[] = [];
  if (!referral.decision_at) issues.push(issue('referral.decision_at', 'v.required'));
  if (referral.decision_at && referral.departure_at && Date.parse(referral.departure_at) < Date.parse(referral.decision_at))
    issues.push(issue('referral.departure_at', 'v.departure_before_decision'));
  if (record.admission_at && referral.decision_at && Date.parse(referral.decision_at) < Date.parse(record.admission_at))
    issues.push(issue('referral.decision_at', 'care.v.decision_before_admission'));
  issues.push(
    ...checkEpisode(checkable(record, referral), env).filter((i) => i.severity === 'error' && i.field.startsWith('referral.')),
  );
  if (issues.length > 0) refuse(issues);
  ctx.db.transaction(() => {
    const audit = saveReferral(ctx, record, referral, existing?.id, input.reason ?? null);
    touch(ctx, session, record, env);
    writeAudit(ctx.db, session, env.now, audit);
    // A referral reason makes her high-risk (HMIS 1.9.3.a): like every register edit, a submitted month's change needs a reason.
    requireReasonForReportedMonths(ctx, record, loadRecord(ctx, record.id), input.reason);
  });
  return getEpisodeDetail(ctx, record.id);
}

interface FeedbackRow extends ReferralFeedback {
  id: number;
  referral_id: number;
}

function feedbackOf(ctx: Pick<DbHandle, 'sqlite'>, referralIds: number[]): Map<number, FeedbackRow> {
  if (referralIds.length === 0) return new Map();
  const rows = ctx.sqlite
    .prepare('SELECT * FROM referral_feedback WHERE referral_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(referralIds)) as FeedbackRow[];
  return new Map(rows.map((r) => [r.referral_id, r]));
}

const feedbackFields = (row: FeedbackRow): ReferralFeedback => {
  const out: Record<string, unknown> = { recorded_at: row.recorded_at, recorded_by: row.recorded_by };
  for (const f of REFERRAL_FEEDBACK_FIELDS) out[f] = row[f] ?? null;
  return out as ReferralFeedback;
};

/** The feedback recorded for each of these referrals, by referral id (the register export carries it). */
export function feedbackByReferral(ctx: Pick<DbHandle, 'sqlite'>, referralIds: number[]): Map<number, ReferralFeedback> {
  return new Map([...feedbackOf(ctx, referralIds)].map(([id, row]) => [id, feedbackFields(row)]));
}

/** Every referral of a record with its delay and feedback (the record screen's referral panel). */
export function referralTracks(ctx: Pick<DbHandle, 'sqlite'>, record: EpisodeRecord): ReferralTrack[] {
  const feedback = feedbackOf(
    ctx,
    record.referrals.map((r) => r.id),
  );
  return record.referrals.map((r) => {
    const fb = feedback.get(r.id);
    return {
      referral_id: r.id,
      episode_id: record.id,
      slip_no: r.slip_no,
      baby_order: r.baby_order,
      receiving_facility_name: r.receiving_facility_name,
      decision_at: r.decision_at,
      departure_at: r.departure_at,
      delay_minutes: referralDelayMinutes(r),
      feedback: fb ? feedbackFields(fb) : null,
    };
  });
}

export function episodeReferrals(ctx: Pick<DbHandle, 'sqlite'>, id: number): ReferralTrack[] {
  return referralTracks(ctx, loadRecord(ctx, id));
}

/**
 * What is wrong with a referral's feedback: none before its departure (or without one), arrival not before departure
 * nor after the feedback came, nothing in the future, a mode of delivery only when she delivered there. Shared by the
 * feedback form and the register import.
 */
export function feedbackIssues(
  referral: Pick<ReferralFields, 'departure_at'>,
  fb: ReferralFeedbackFields,
  env: RegisterEnv,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (iso: string | null) => (iso ? Date.parse(iso) : null);
  const departure = at(referral.departure_at);
  if (departure === null) issues.push(issue('feedback_received_at', 'care.v.no_departure'));
  const when = {
    departure: referral.departure_at
      ? `${formatDMY(referral.departure_at.slice(0, 10))} ${referral.departure_at.slice(11, 16)}`
      : '',
  };
  if (departure !== null && at(fb.feedback_received_at)! < departure)
    issues.push(issue('feedback_received_at', 'care.v.feedback_before_departure', when));
  if (departure !== null && fb.reached_at && at(fb.reached_at)! < departure)
    issues.push(issue('reached_at', 'care.v.reached_before_departure', when));
  const limit = env.now.getTime() + env.policy.future_tolerance_minutes * 60_000;
  for (const f of ['feedback_received_at', 'reached_at'] as const)
    if (fb[f] && at(fb[f])! > limit) issues.push(issue(f, 'v.future'));
  if (fb.reached_at && at(fb.reached_at)! > at(fb.feedback_received_at)!)
    issues.push(issue('reached_at', 'care.v.reached_after_feedback'));
  if (fb.arrival_outcome !== 'delivered') {
    if (fb.delivery_mode) issues.push(issue('delivery_mode', 'care.v.only_when_delivered'));
    if (fb.baby_outcome) issues.push(issue('baby_outcome', 'care.v.only_when_delivered'));
  }
  return issues;
}

/** The feedback of one referral: after its departure, never dated in the future; a correction updates it. */
export function recordReferralFeedback(
  ctx: DbHandle,
  session: Session,
  input: { referral_id: number; feedback: ReferralFeedbackFields; reason?: string | undefined },
): ReferralTrack {
  const env = registerEnv(ctx);
  const episodeId = ctx.sqlite.prepare('SELECT episode_id FROM referral WHERE id = ?').pluck().get(input.referral_id) as
    number | undefined;
  if (episodeId === undefined) throw new AppError('not_found', { message: 'error.referral_not_found' });
  const record = loadRecord(ctx, episodeId);
  if (record.void) throw new AppError('conflict', { message: 'error.episode_voided' });
  const referral = record.referrals.find((r) => r.id === input.referral_id)!;
  const fb = normalise(input.feedback, env.timeZone);
  const issues = feedbackIssues(referral, fb, env);
  if (issues.length > 0) refuse(issues);

  const before = feedbackOf(ctx, [referral.id]).get(referral.id);
  const columns: Record<string, unknown> = Object.fromEntries(REFERRAL_FEEDBACK_FIELDS.map((f) => [f, fb[f] ?? null]));
  ctx.db.transaction(() => {
    const audit: AuditEntry[] = [];
    // History paths the record screen names: "Referral: Feedback", "Referral: Outcome there".
    const label = 'referral.feedback';
    if (!before) {
      insertRow(ctx, 'referral_feedback', {
        referral_id: referral.id,
        ...columns,
        recorded_at: env.nowIso,
        recorded_by: session.userName,
      });
      audit.push({
        entity: 'episode',
        entityId: String(record.id),
        action: 'update',
        field: label,
        oldValue: null,
        newValue: { slip_no: referral.slip_no, ...columns },
        reason: input.reason ?? null,
      });
    } else {
      const changed = REFERRAL_FEEDBACK_FIELDS.filter((f) => (before[f] ?? null) !== columns[f]);
      updateRow(ctx, 'referral_feedback', before.id, {
        ...Object.fromEntries(changed.map((f) => [f, columns[f]])),
        recorded_at: env.nowIso,
        recorded_by: session.userName,
      });
      for (const f of changed)
        audit.push({
          entity: 'episode',
          entityId: String(record.id),
          action: 'update',
          field: `referral.${f}`,
          oldValue: before[f] ?? null,
          newValue: columns[f],
          reason: input.reason ?? null,
        });
    }
    writeAudit(ctx.db, session, env.now, audit);
  });
  return episodeReferrals(ctx, record.id).find((r) => r.referral_id === referral.id)!;
}

/** Referrals of non-voided records that left before `cutoff` and whose feedback has not come. */
const UNANSWERED = `FROM referral r CROSS JOIN episode e ON e.id = r.episode_id
  WHERE e.voided_at IS NULL AND r.departure_at IS NOT NULL AND julianday(r.departure_at) <= julianday(@cutoff)
    AND NOT EXISTS (SELECT 1 FROM referral_feedback f WHERE f.referral_id = r.id)`;

/** "Now" minus the follow-up days, as UTC ISO (SQLite's julianday reads the stored offsets). */
const followUpCutoff = (env: RegisterEnv) =>
  new Date(env.now.getTime() - env.care.feedback_follow_up_days * 86_400_000).toISOString();

export function followUpCount(ctx: Pick<DbHandle, 'sqlite'>, env: RegisterEnv): number {
  return ctx.sqlite
    .prepare(`SELECT count(*) ${UNANSWERED}`)
    .pluck()
    .get({ cutoff: followUpCutoff(env) }) as number;
}

/** Referrals that left at least `feedback_follow_up_days` ago without feedback (docs/domain/care.md §2), most recent first. */
export function referralFollowUps(ctx: DbHandle): ReferralFollowUp[] {
  const env = registerEnv(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT r.id AS referral_id, r.episode_id, r.slip_no, r.baby_order, r.receiving_facility_name, r.decision_at, r.departure_at,
              e.serial_no, e.mother_name, e.mobile, e.asha_name, e.asha_mobile
         ${UNANSWERED} ORDER BY julianday(r.departure_at) DESC`,
    )
    .all({ cutoff: followUpCutoff(env) }) as (Omit<ReferralFollowUp, 'days_since_departure' | 'delay_minutes'> & {
    departure_at: string;
  })[];
  return rows.map((r) => ({
    ...r,
    delay_minutes: referralDelayMinutes(r),
    days_since_departure: Math.floor((env.now.getTime() - Date.parse(r.departure_at)) / 86_400_000),
  }));
}
