import type { Dashboard } from '../../shared/care/dashboard';
import type { DbHandle } from '../db/handle';
import { lastCompleteMonth } from '../hmis/service';
import { hmisSettings, indicatorEnv } from '../hmis/settings';
import { facilitySettings } from '../register/context';
import { computeDashboard, monthCacheOf } from './dashboard';
import { carePolicy } from './policy';

/** Form 1 is due within 21 days of the birth (RBD Act 1969 s.8): law, not policy. */
const FORM1_DUE_DAYS = 21;

/** The dashboard of a month (default: the last complete one), under the facility's settings and policies. */
export function getDashboard(ctx: DbHandle, input: { month?: string }): Dashboard {
  const facility = facilitySettings(ctx);
  const hmis = hmisSettings(ctx);
  return computeDashboard(
    ctx.sqlite,
    input.month ?? lastCompleteMonth(ctx),
    {
      env: indicatorEnv(ctx, hmis),
      timeZone: facility.time_zone,
      hospitalName: facility.hospital_name,
      referralTargetMinutes: carePolicy(ctx).referral_target_minutes,
      reportDueDay: hmis.due_day,
      form1DueDays: FORM1_DUE_DAYS,
    },
    monthCacheOf(ctx.sqlite),
  );
}
