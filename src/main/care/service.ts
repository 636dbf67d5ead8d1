import type { Dashboard } from '../../shared/care/dashboard';
import type { DbHandle } from '../db/handle';
import { lastCompleteMonth } from '../hmis/service';
import { hmisSettings, indicatorEnv } from '../hmis/settings';
import { facilitySettings } from '../register/context';
import {
  computeDashboard,
  countTrendMonths,
  keepCountedMonths,
  monthCacheOf,
  type CountedMonth,
  type DashboardOptions,
} from './dashboard';
import { carePolicy } from './policy';

/** Form 1 is due within 21 days of the birth (RBD Act 1969 s.8): law, not policy. */
const FORM1_DUE_DAYS = 21;

/** The facility's settings and policies the dashboard is counted under. */
function dashboardOptions(ctx: DbHandle): DashboardOptions {
  const facility = facilitySettings(ctx);
  const hmis = hmisSettings(ctx);
  return {
    env: indicatorEnv(ctx, hmis),
    timeZone: facility.time_zone,
    hospitalName: facility.hospital_name,
    referralTargetMinutes: carePolicy(ctx).referral_target_minutes,
    reportDueDay: hmis.due_day,
    form1DueDays: FORM1_DUE_DAYS,
  };
}

/** The dashboard of a month (default: the last complete one), under the facility's settings and policies. */
export function getDashboard(ctx: DbHandle, input: { month?: string }): Dashboard {
  return computeDashboard(ctx.sqlite, input.month ?? lastCompleteMonth(ctx), dashboardOptions(ctx), monthCacheOf(ctx.sqlite));
}

/** The trend months of the dashboard a user opens first (the last complete month's), counted: the warm-up job. */
export function countDefaultDashboard(ctx: DbHandle): CountedMonth[] {
  return countTrendMonths(ctx.sqlite, lastCompleteMonth(ctx), dashboardOptions(ctx));
}

/** Keeps what the warm-up job counted where it still holds (see `keepCountedMonths`); returns the months kept. */
export function keepDashboardMonths(ctx: DbHandle, counted: readonly CountedMonth[]): string[] {
  return keepCountedMonths(ctx.sqlite, counted, dashboardOptions(ctx), monthCacheOf(ctx.sqlite));
}
