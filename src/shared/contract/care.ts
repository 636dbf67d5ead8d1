import { z } from 'zod';
import { carePolicySchema } from '../care/policy';
import { referralFeedbackFieldsSchema, referralFeedbackSchema } from '../care/referral';
import { riskReasonSchema } from '../care/risk';
import * as C from '../register/codes';
import { referralFieldsSchema } from '../register/schema';
import { op } from './define';
import { episodeDetailSchema, reason } from './register';

const id = z.number().int().positive();

/** One referral with its timing and feedback (the record screen). */
export const referralTrackSchema = z.object({
  referral_id: id,
  episode_id: id,
  slip_no: z.string(),
  baby_order: z.number().int().nullable(),
  receiving_facility_name: z.string().nullable(),
  decision_at: z.string().nullable(),
  departure_at: z.string().nullable(),
  /** departure − decision, minutes (docs/domain/care.md §2). */
  delay_minutes: z.number().int().nullable(),
  feedback: referralFeedbackSchema.nullable(),
});
export type ReferralTrack = z.output<typeof referralTrackSchema>;

/** A referral whose feedback has not come after the follow-up days: call the receiving facility or the ASHA. */
export const referralFollowUpSchema = z.object({
  referral_id: id,
  episode_id: id,
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  mobile: z.string().nullable(),
  asha_name: z.string().nullable(),
  asha_mobile: z.string().nullable(),
  slip_no: z.string(),
  baby_order: z.number().int().nullable(),
  receiving_facility_name: z.string().nullable(),
  decision_at: z.string().nullable(),
  departure_at: z.string(),
  delay_minutes: z.number().int().nullable(),
  days_since_departure: z.number().int(),
});
export type ReferralFollowUp = z.output<typeof referralFollowUpSchema>;

export const BOARD_PENDING = ['referral_pending', 'delivery', 'discharge_due', 'form1_due'] as const;

/** One woman on the ward board: who, why at risk, since when, and what is still to be done. */
export const wardBoardEntrySchema = z.object({
  id,
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  age_years: z.number().nullable(),
  record_state: z.enum(C.STATES),
  admission_at: z.string().nullable(),
  admission_category: z.enum(C.ADMISSION_CATEGORIES).nullable(),
  delivery_at: z.string().nullable(),
  mode: z.enum(C.DELIVERY_MODES).nullable(),
  hours_since_admission: z.number().int().nullable(),
  hours_since_delivery: z.number().int().nullable(),
  risk_reasons: z.array(riskReasonSchema),
  urgent: z.boolean(),
  pending: z.array(z.enum(BOARD_PENDING)),
  /** The decision to refer without a departure yet: the timer runs from `decision_at`. */
  pending_referral: z
    .object({
      referral_id: id,
      slip_no: z.string(),
      baby_order: z.number().int().nullable(),
      decision_at: z.string(),
      receiving_facility_name: z.string().nullable(),
    })
    .nullable(),
  /** Babies whose Form 1 is not yet printed or submitted (letters A, B…). */
  form1_due: z.array(z.number().int()),
});
export type WardBoardEntry = z.output<typeof wardBoardEntrySchema>;

export const wardBoardSchema = z.object({
  /** The server's "now" (facility-local ISO): the timers count from it and the screen's clock. */
  now: z.string(),
  referral_target_minutes: z.number().int(),
  entries: z.array(wardBoardEntrySchema),
  follow_up_count: z.number().int(),
});
export type WardBoard = z.output<typeof wardBoardSchema>;

export const careOps = {
  getCarePolicy: op({ input: z.object({}).strict(), output: carePolicySchema, permission: 'user', mutates: false }),
  updateCarePolicy: op({
    input: carePolicySchema.partial().strict(),
    output: carePolicySchema,
    permission: 'admin',
    mutates: true,
  }),
  /** Women in the labour room and wards, urgent and high-risk first (docs/domain/care.md; the Today screen). */
  getWardBoard: op({ input: z.object({}).strict(), output: wardBoardSchema, permission: 'user', mutates: false }),
  /**
   * The decision to refer (and, when known, the departure) while the record stays open. `reason`: as for every register
   * edit, asked for a correction and required when the change alters a submitted month's HMIS figures.
   */
  recordReferralDecision: op({
    input: z
      .object({
        id,
        version: z.number().int().nonnegative(),
        referral: referralFieldsSchema.omit({ baby_order: true }).partial().strict(),
        reason,
      })
      .strict(),
    output: episodeDetailSchema,
    permission: 'register.write',
    mutates: true,
  }),
  episodeReferrals: op({
    input: z.object({ id }).strict(),
    output: z.array(referralTrackSchema),
    permission: 'user',
    mutates: false,
  }),
  /** `reason`: why saved feedback is corrected (kept in the audit); feedback counts in no HMIS item. */
  recordReferralFeedback: op({
    input: z.object({ referral_id: id, feedback: referralFeedbackFieldsSchema, reason }).strict(),
    output: referralTrackSchema,
    permission: 'register.write',
    mutates: true,
  }),
  referralFollowUps: op({
    input: z.object({}).strict(),
    output: z.array(referralFollowUpSchema),
    permission: 'user',
    mutates: false,
  }),
};
