import type { CarePolicy } from '../../shared/care/policy';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema, type FacilitySettings } from '../../shared/settings';
import { DEFAULT_REGISTER_POLICY, registerPolicySchema, type RegisterPolicy } from '../../shared/register/policy';
import type { RuleContext } from '../../shared/register/rules';
import { toLocalIso } from '../../shared/time';
import { carePolicy } from '../care/policy';
import type { DbHandle } from '../db/handle';
import { readSection } from '../settings/store';

export function facilitySettings(ctx: Pick<DbHandle, 'db'>): FacilitySettings {
  return readSection(ctx, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS);
}

export function registerPolicy(ctx: Pick<DbHandle, 'db'>): RegisterPolicy {
  return readSection(ctx, 'register_policy', registerPolicySchema, DEFAULT_REGISTER_POLICY);
}

/** What the register's rules need to know about "now", in the facility's time zone. */
export interface RegisterEnv extends RuleContext {
  timeZone: string;
  facility: FacilitySettings;
  /** Now as stored: local ISO with offset. */
  nowIso: string;
  /** The high-risk rule's thresholds and referral targets (care.md). */
  care: CarePolicy;
}

export function registerEnv(ctx: Pick<DbHandle, 'db' | 'clock'>): RegisterEnv {
  const facility = facilitySettings(ctx);
  const now = ctx.clock();
  const nowIso = toLocalIso(now.getTime(), facility.time_zone);
  return {
    now,
    nowIso,
    today: nowIso.slice(0, 10),
    policy: registerPolicy(ctx),
    timeZone: facility.time_zone,
    facility,
    care: carePolicy(ctx),
  };
}
