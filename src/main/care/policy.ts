import { carePolicySchema, DEFAULT_CARE_POLICY, type CarePolicy } from '../../shared/care/policy';
import type { DbHandle } from '../db/handle';
import { readSection } from '../settings/store';

export const CARE_POLICY_SECTION = 'care_policy';

export function carePolicy(ctx: Pick<DbHandle, 'db'>): CarePolicy {
  return readSection(ctx, CARE_POLICY_SECTION, carePolicySchema, DEFAULT_CARE_POLICY);
}
