import { AppError } from '../../shared/errors';
import { crsEvents } from '../../shared/register/crs';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { PrintSettings, SlipType } from '../../shared/slips/settings';
import { birthReportTemplate } from './birth-report';
import { isLive } from './common';
import { deathReportTemplate } from './death-report';
import { dischargeTemplate } from './discharge';
import { mccdTemplate } from './mccd';
import { referralTemplate } from './referral';
import { referralInFeedbackTemplate } from './referral-in-feedback';
import type { SlipTemplate } from './slip';
import { stillBirthReportTemplate } from './still-birth-report';

export const TEMPLATES: Record<SlipType, SlipTemplate> = {
  discharge: dischargeTemplate,
  referral: referralTemplate,
  birth_report: birthReportTemplate,
  still_birth_report: stillBirthReportTemplate,
  death_report: deathReportTemplate,
  mccd: mccdTemplate,
  referral_in_feedback: referralInFeedbackTemplate,
};

export interface SlipKey {
  slip: SlipType;
  baby_order: number | null;
}

const DISCHARGE_OUTCOMES = new Set(['discharged', 'lama', 'died']);

/**
 * The slips a record can print (docs/domain/slips.md): a discharge slip (LAMA slip, death summary) once she is leaving
 * or delivered and awaiting discharge, one referral slip per referral, one Form 1 per live-born baby, one Form 3
 * per still birth of 28 weeks or more, and a Form 2 with its MCCD per death in the hospital (docs/domain/care.md §4).
 * A voided record prints nothing; an absconded woman gets no discharge slip.
 */
export function applicableSlips(r: EpisodeRecord, print: Pick<PrintSettings, 'form1_for_births_outside'>): SlipKey[] {
  if (r.void) return [];
  const slips: SlipKey[] = [];
  if ((r.outcome && DISCHARGE_OUTCOMES.has(r.outcome)) || (!r.outcome && r.record_state === 'delivered')) {
    slips.push({ slip: 'discharge', baby_order: null });
  }
  for (const ref of r.referrals) slips.push({ slip: 'referral', baby_order: ref.baby_order });
  // A birth before arrival: Form 1 with the household as informant, unless the hospital leaves it to the family.
  const form1 = r.place_of_delivery === 'this_facility' || print.form1_for_births_outside;
  if (form1) for (const b of r.babies.filter(isLive)) slips.push({ slip: 'birth_report', baby_order: b.baby_order });
  for (const event of crsEvents(r)) {
    if (event.report === 'still_birth_report') slips.push({ slip: 'still_birth_report', baby_order: event.baby_order });
    if (event.report === 'death_report') {
      slips.push({ slip: 'death_report', baby_order: event.baby_order });
      slips.push({ slip: 'mccd', baby_order: event.baby_order });
    }
  }
  // docs/domain/slips.md §2.2: on closure, the feedback for the facility that referred her in.
  if (r.admission_category === 'referred_in' && r.record_state === 'closed')
    slips.push({ slip: 'referral_in_feedback', baby_order: null });
  return slips;
}

export function assertApplicable(r: EpisodeRecord, key: SlipKey, print: Pick<PrintSettings, 'form1_for_births_outside'>): void {
  if (applicableSlips(r, print).some((k) => k.slip === key.slip && k.baby_order === key.baby_order)) return;
  const reason = r.void
    ? 'slip.reason_voided'
    : key.slip === 'discharge'
      ? r.outcome === 'absconded'
        ? 'slip.reason_absconded'
        : 'slip.reason_not_leaving'
      : key.slip === 'referral'
        ? 'error.referral_not_found'
        : key.slip === 'still_birth_report'
          ? 'error.still_birth_not_found'
          : key.slip === 'death_report' || key.slip === 'mccd'
            ? 'error.death_not_found'
            : key.slip === 'referral_in_feedback'
              ? 'slip.reason_not_referred_in'
              : 'error.live_baby_not_found';
  throw new AppError('not_found', { message: 'error.slip_not_applicable', params: { reason } });
}

export function slipTitleKey(r: EpisodeRecord, key: SlipKey): string {
  if (key.slip === 'referral') return key.baby_order === null ? 'slip.title_referral' : 'slip.title_referral_baby';
  if (key.slip !== 'discharge') return `slip.title_${key.slip}`;
  return r.outcome === 'lama' ? 'slip.title_lama' : r.outcome === 'died' ? 'slip.title_death' : 'slip.title_discharge';
}

const FILE_PREFIX: Record<SlipType, string> = {
  discharge: 'discharge',
  referral: 'referral',
  birth_report: 'form1',
  still_birth_report: 'form3',
  death_report: 'form2',
  mccd: 'mccd',
  referral_in_feedback: 'referral-feedback',
};

export function slipFileName(r: EpisodeRecord, key: SlipKey): string {
  const baby = key.baby_order === null ? '' : `-${'ABCD'[key.baby_order - 1] ?? key.baby_order}`;
  return `${FILE_PREFIX[key.slip]}-${r.serial_no.replace(/[^0-9A-Za-z-]/g, '-')}${baby}.pdf`;
}
