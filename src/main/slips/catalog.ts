import { AppError } from '../../shared/errors';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { SlipType } from '../../shared/slips/settings';
import { birthReportTemplate } from './birth-report';
import { isLive } from './common';
import { dischargeTemplate } from './discharge';
import { referralTemplate } from './referral';
import type { SlipTemplate } from './slip';

export const TEMPLATES: Record<SlipType, SlipTemplate> = {
  discharge: dischargeTemplate,
  referral: referralTemplate,
  birth_report: birthReportTemplate,
};

export interface SlipKey {
  slip: SlipType;
  baby_order: number | null;
}

const DISCHARGE_OUTCOMES = new Set(['discharged', 'lama', 'died']);

/**
 * The slips a record can print (docs/domain/slips.md): a discharge slip (LAMA slip, death summary) once she is leaving
 * or delivered and awaiting discharge, one referral slip per referral, one Form 1 per live-born baby.
 * A voided record prints nothing; an absconded woman gets no discharge slip.
 */
export function applicableSlips(r: EpisodeRecord): SlipKey[] {
  if (r.void) return [];
  const slips: SlipKey[] = [];
  if ((r.outcome && DISCHARGE_OUTCOMES.has(r.outcome)) || (!r.outcome && r.record_state === 'delivered')) {
    slips.push({ slip: 'discharge', baby_order: null });
  }
  for (const ref of r.referrals) slips.push({ slip: 'referral', baby_order: ref.baby_order });
  for (const b of r.babies.filter(isLive)) slips.push({ slip: 'birth_report', baby_order: b.baby_order });
  return slips;
}

export function assertApplicable(r: EpisodeRecord, key: SlipKey): void {
  if (applicableSlips(r).some((k) => k.slip === key.slip && k.baby_order === key.baby_order)) return;
  const reason = r.void
    ? 'slip.reason_voided'
    : key.slip === 'discharge'
      ? r.outcome === 'absconded'
        ? 'slip.reason_absconded'
        : 'slip.reason_not_leaving'
      : key.slip === 'referral'
        ? 'error.referral_not_found'
        : 'error.live_baby_not_found';
  throw new AppError('not_found', { message: 'error.slip_not_applicable', params: { reason } });
}

export function slipTitleKey(r: EpisodeRecord, key: SlipKey): string {
  if (key.slip === 'referral') return key.baby_order === null ? 'slip.title_referral' : 'slip.title_referral_baby';
  if (key.slip === 'birth_report') return 'slip.title_birth_report';
  return r.outcome === 'lama' ? 'slip.title_lama' : r.outcome === 'died' ? 'slip.title_death' : 'slip.title_discharge';
}

const FILE_PREFIX: Record<SlipType, string> = { discharge: 'discharge', referral: 'referral', birth_report: 'form1' };

export function slipFileName(r: EpisodeRecord, key: SlipKey): string {
  const baby = key.baby_order === null ? '' : `-${'ABCD'[key.baby_order - 1] ?? key.baby_order}`;
  return `${FILE_PREFIX[key.slip]}-${r.serial_no.replace(/[^0-9A-Za-z-]/g, '-')}${baby}.pdf`;
}
