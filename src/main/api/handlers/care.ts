import { carePolicySchema, DEFAULT_CARE_POLICY } from '../../../shared/care/policy';
import type { careOps } from '../../../shared/contract/care';
import { CARE_POLICY_SECTION, carePolicy } from '../../care/policy';
import { updateSection } from '../../settings/store';
import { requireSession, type Handlers } from './types';

export const careHandlers: Handlers<keyof typeof careOps> = {
  getCarePolicy: (_input, { ctx }) => carePolicy(ctx),
  updateCarePolicy: (patch, call) =>
    updateSection(call.ctx, requireSession(call), CARE_POLICY_SECTION, carePolicySchema, DEFAULT_CARE_POLICY, patch),
};
