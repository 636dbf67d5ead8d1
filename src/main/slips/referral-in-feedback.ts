import { LSCS_MODES } from '../../shared/register/codes';
import { choice, grid, identityRows, section, signature } from './common';
import { html } from './html';
import { metaLine, type SlipTemplate } from './slip';

/*
 * The feedback for the facility that referred a woman in (docs/domain/slips.md §2.2), printed when her record closes: the same
 * content as the tear-off of our own referral slip (§2.1), filled from the record instead of by hand.
 */
export const referralInFeedbackTemplate: SlipTemplate = (sheet, r, facility, print) => {
  const lscs = !!r.mode && LSCS_MODES.includes(r.mode);
  const delivered = !!r.delivery_at;
  const advice = [r.outcome_note, r.follow_up_date ? `${sheet.t('field.follow_up_date')}: ${sheet.date(r.follow_up_date)}` : null]
    .filter(Boolean)
    .join(' · ');
  const body = html`
    ${grid(html`
      ${sheet.row('field.referred_in_from_name', r.referred_in_from_name, { wide: true })}
      ${sheet.row('slip.fb_facility', [facility.hospital_name, facility.phone].filter(Boolean).join(', '), { wide: true })}
      ${sheet.row('slip.fb_received_at', sheet.dateTime(r.admission_at))}
      ${sheet.row('field.referred_in_reason', r.referred_in_reason, { wide: true })}
    `)}
    ${section(sheet, 'slip.section_patient', grid(identityRows(sheet, r)))}
    ${section(
      sheet,
      'slip.feedback_title',
      grid(html`
        ${sheet.row('slip.fb_diagnosis', r.final_diagnosis, { wide: true })}
        ${sheet.row('slip.fb_treatment', r.treatment_given, { wide: true })}
        <div class="row wide">
          <span class="k">${sheet.t('slip.fb_outcome')}:</span> ${choice(sheet.t('slip.fb_delivered'), delivered && !lscs)}
          ${choice(sheet.t('slip.fb_lscs'), lscs)}
          ${choice(
            sheet.t('slip.fb_baby_alive'),
            r.babies.some((b) => b.outcome === 'live'),
          )}
          ${choice(sheet.t('slip.fb_died'), r.outcome === 'died')}
          ${choice(sheet.t('slip.fb_referred_on'), r.outcome === 'referred_out')}
        </div>
        ${sheet.row('field.outcome_at', sheet.dateTime(r.outcome_at))}
        ${sheet.row('slip.fb_advice', advice || null, { wide: true })}
      `),
    )}
    <div class="signatures">
      ${signature(sheet, 'slip.fb_doctor', [print.doctor_name, print.doctor_designation])}
      <div></div>
      ${signature(sheet, 'slip.fb_date')}
    </div>
  `;
  return {
    titleKey: 'slip.title_referral_in_feedback',
    patientName: r.mother_name ?? '',
    meta: metaLine(sheet, r),
    body,
  };
};
