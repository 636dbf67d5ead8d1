import { carePolicySchema, DEFAULT_CARE_POLICY } from '../../../shared/care/policy';
import type { careOps } from '../../../shared/contract/care';
import { wardBoard } from '../../care/board';
import { CARE_POLICY_SECTION, carePolicy } from '../../care/policy';
import { episodeReferrals, recordReferralDecision, recordReferralFeedback, referralFollowUps } from '../../care/referrals';
import { dropDraftAfter } from '../../drafts/store';
import { updateSection } from '../../settings/store';
import { requireSession, type Handlers } from './types';

export const careHandlers: Handlers<keyof typeof careOps> = {
  getCarePolicy: (_input, { ctx }) => carePolicy(ctx),
  updateCarePolicy: (patch, call) =>
    updateSection(call.ctx, requireSession(call), CARE_POLICY_SECTION, carePolicySchema, DEFAULT_CARE_POLICY, patch),
  getWardBoard: (_input, { ctx }) => wardBoard(ctx),
  recordReferralDecision: (input, call) =>
    dropDraftAfter(call, `referral-decision:${input.id}`, () => recordReferralDecision(call.ctx, requireSession(call), input)),
  episodeReferrals: ({ id }, { ctx }) => episodeReferrals(ctx, id),
  recordReferralFeedback: (input, call) =>
    dropDraftAfter(call, `referral-feedback:${input.referral_id}`, () =>
      recordReferralFeedback(call.ctx, requireSession(call), input),
    ),
  referralFollowUps: (_input, { ctx }) => referralFollowUps(ctx),
};
