import { AppError, type FieldIssue } from '../../shared/errors';
import { DEFAULT_HMIS_SETTINGS, hmisSettingsSchema, type HmisSettings } from '../../shared/hmis/settings';
import type { DbHandle } from '../db/handle';
import { carePolicy } from '../care/policy';
import type { Session } from '../session';
import { readSection, updateSection } from '../settings/store';
import { appFormats, type FormatDirs } from './formats';
import type { HmisFormat } from '../../shared/hmis/format';
import { stillBirthFromWeeks, type IndicatorEnv } from './indicators';

export function hmisSettings(ctx: Pick<DbHandle, 'db'>): HmisSettings {
  return readSection(ctx, 'hmis', hmisSettingsSchema, DEFAULT_HMIS_SETTINGS);
}

/** Validates the patch like any settings section, and that every chosen format exists. */
export function updateHmisSettings(
  ctx: Pick<DbHandle, 'db' | 'clock'> & FormatDirs,
  session: Session,
  patch: Partial<HmisSettings>,
): HmisSettings {
  const known = appFormats(ctx);
  const issues: FieldIssue[] = (patch.formats ?? []).flatMap((p, i) =>
    known.has(p.format_id)
      ? []
      : [
          {
            field: `formats.${i}.format_id`,
            message: 'v.hmis_unknown_format',
            params: { field: 'field.format_id', id: p.format_id },
            severity: 'error' as const,
          },
        ],
  );
  if (issues.length > 0) throw new AppError('invalid_input', { issues, field: issues[0]!.field });
  return updateSection(ctx, session, 'hmis', hmisSettingsSchema, DEFAULT_HMIS_SETTINGS, patch);
}

/**
 * What the indicators need: now, the HMIS policies, the high-risk rule's thresholds, and the still-birth
 * threshold (sub-version A's unless `forFormat` sets the counted format's).
 */
export function indicatorEnv(ctx: Pick<DbHandle, 'db' | 'clock'>, settings: HmisSettings = hmisSettings(ctx)): IndicatorEnv {
  return {
    nowMs: ctx.clock().getTime(),
    policy: settings,
    care: carePolicy(ctx),
    stillBirthFromWeeks: stillBirthFromWeeks(null, settings),
  };
}

/** The environment for counting in one format (its still-birth threshold, A1). */
export function forFormat(env: IndicatorEnv, format: Pick<HmisFormat, 'sub_version'>): IndicatorEnv {
  return { ...env, stillBirthFromWeeks: stillBirthFromWeeks(format.sub_version, env.policy) };
}
