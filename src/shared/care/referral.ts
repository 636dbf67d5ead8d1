import { z } from 'zod';
import { BIRTH_OUTCOMES, DELIVERY_MODES } from '../register/codes';
import { isoDateTime } from '../register/schema';

/*
 * Referral out: timing and the loop back (docs/domain/care.md §2). The delay is departure − decision; a decision without a
 * departure is "referral pending"; the receiving facility's feedback is recorded once per referral.
 */

/** Minutes from the decision to refer to departure; null until both are known. */
export function referralDelayMinutes(r: { decision_at?: string | null; departure_at?: string | null }): number | null {
  if (!r.decision_at || !r.departure_at) return null;
  return Math.round((Date.parse(r.departure_at) - Date.parse(r.decision_at)) / 60_000);
}

/** Minutes a pending referral has waited since the decision, at `nowMs` (never negative). */
export const pendingMinutes = (decisionAt: string, nowMs: number): number =>
  Math.max(0, Math.floor((nowMs - Date.parse(decisionAt)) / 60_000));

export const ARRIVAL_OUTCOMES = ['delivered', 'referred_on', 'died', 'left', 'unknown'] as const;
export const FEEDBACK_CHANNELS = ['tear_off', 'phone', 'asha', 'other'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What the tear-off (or the phone call) tells: docs/domain/care.md §2 "Feedback (back-referral)". */
export const referralFeedbackShape = {
  feedback_received_at: isoDateTime,
  feedback_channel: z.enum(FEEDBACK_CHANNELS).nullable(),
  reached_at: isoDateTime.nullable(),
  arrival_outcome: z.enum(ARRIVAL_OUTCOMES),
  /** Only when she delivered there. */
  delivery_mode: z.enum(DELIVERY_MODES).nullable(),
  baby_outcome: z.enum(BIRTH_OUTCOMES).nullable(),
  diagnosis: text(300).nullable(),
  advice: text(1000).nullable(),
};
export const referralFeedbackFieldsSchema = z.object(referralFeedbackShape).strict();
export type ReferralFeedbackFields = z.output<typeof referralFeedbackFieldsSchema>;
export const REFERRAL_FEEDBACK_FIELDS = Object.keys(referralFeedbackShape) as (keyof ReferralFeedbackFields)[];

export const referralFeedbackSchema = referralFeedbackFieldsSchema.extend({
  recorded_at: z.string(),
  recorded_by: z.string(),
});
export type ReferralFeedback = z.output<typeof referralFeedbackSchema>;
