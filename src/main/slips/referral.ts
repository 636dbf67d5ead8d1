import { referralDelayMinutes } from '../../shared/care/referral';
import { AppError } from '../../shared/errors';
import type { EpisodeRecord, ReferralRecord } from '../../shared/register/schema';
import { addDays } from '../../shared/time';
import { babyName, bp, choice, gpla, grid, identityRows, section, signature } from './common';
import { html, type SafeHtml } from './html';
import { highRiskRow } from './risk';
import type { Sheet } from './sheet';
import { metaLine, type SlipTemplate } from './slip';

/*
 * Referral slip (docs/domain/slips.md §2.1, §3): the mother's referral, or a baby's with the mother as "mother of".
 * The patient's copy ends with the tear-off feedback part that the receiving facility fills in and sends back.
 */

export function referralFor(r: EpisodeRecord, babyOrder: number | null): ReferralRecord {
  const referral = r.referrals.find((x) => x.baby_order === babyOrder);
  if (!referral) throw new AppError('not_found', { message: 'error.referral_not_found' });
  return referral;
}

function vitals(sheet: Sheet, v: ReferralRecord['vitals']): SafeHtml {
  const x = v ?? {};
  return grid(html`
    ${sheet.row('slip.bp', bp(x.bp_systolic ?? null, x.bp_diastolic ?? null))} ${sheet.row('field.pulse', x.pulse)}
    ${sheet.row('field.temp_c', x.temp_c)} ${sheet.row('field.resp_rate', x.resp_rate)}
    ${sheet.row('field.spo2', x.spo2, { optional: true })} ${sheet.row('field.fhr', x.fhr, { optional: true })}
    ${sheet.row('field.cervical_dilatation_cm', x.cervical_dilatation_cm, { optional: true })}
    ${sheet.row('field.bleeding', x.bleeding)} ${sheet.row('field.consciousness', x.consciousness)}
  `);
}

function treatmentTable(sheet: Sheet, list: ReferralRecord['pre_referral_treatment']): SafeHtml {
  if (list && list.length === 0) return html`<p>${sheet.t('slip.none')}</p>`;
  if (!list) return grid(sheet.row('field.pre_referral_treatment', null, { wide: true }));
  return html`<table>
    <thead>
      <tr>
        <th>${sheet.t('field.drug')}</th>
        <th>${sheet.t('field.dose')}</th>
        <th>${sheet.t('field.route')}</th>
        <th>${sheet.t('field.at')}</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (t) =>
          html`<tr>
            <td>${t.drug}</td>
            <td>${t.dose ?? '—'}</td>
            <td>${t.route ?? '—'}</td>
            <td>${sheet.dateTime(t.at) ?? '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function investigations(sheet: Sheet, r: EpisodeRecord, ref: ReferralRecord): SafeHtml {
  return grid(html`
    ${sheet.row('field.hb_g_dl', r.hb_g_dl)}
    ${sheet.row('field.blood_group', r.blood_group === 'unknown' ? sheet.t('test_status.unknown') : r.blood_group)}
    ${sheet.row('field.hiv_status', sheet.code('test_status', r.hiv_status))}
    ${sheet.row('field.syphilis_status', sheet.code('test_status', r.syphilis_status))}
    ${sheet.row('field.hbsag_status', sheet.code('hbsag_status', r.hbsag_status))}
    ${sheet.row('field.investigations', ref.investigations, { wide: true, optional: true })}
  `);
}

function babyPart(sheet: Sheet, r: EpisodeRecord, order: number | null): SafeHtml {
  const babies = order === null ? r.babies : r.babies.filter((b) => b.baby_order === order);
  if (babies.length === 0) return html``;
  return section(
    sheet,
    'slip.section_baby',
    html`<table>
      <thead>
        <tr>
          <th></th>
          <th>${sheet.t('field.sex')}</th>
          <th>${sheet.t('field.birth_weight_g')}</th>
          <th>${sheet.t('field.born_at')}</th>
          <th>${sheet.t('slip.baby_outcome')}</th>
          <th>${sheet.t('field.resuscitation')}</th>
          <th>${sheet.t('field.newborn_unit')}</th>
        </tr>
      </thead>
      <tbody>
        ${babies.map(
          (b) =>
            html`<tr>
              <th>${babyName(sheet, b.baby_order)}</th>
              <td>${sheet.value('field.sex', sheet.code('sex', b.sex))}</td>
              <td>${sheet.value('field.birth_weight_g', b.birth_weight_g)}</td>
              <td>${sheet.value('field.born_at', sheet.dateTime(b.born_at))}</td>
              <td>${sheet.value('slip.baby_outcome', sheet.code('birth_outcome', b.outcome))}</td>
              <td>
                ${b.outcome === 'live' ? sheet.value('field.resuscitation', sheet.code('resuscitation', b.resuscitation)) : '—'}
              </td>
              <td>
                ${b.outcome === 'live' ? sheet.value('field.newborn_unit', sheet.code('newborn_unit', b.newborn_unit)) : '—'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/** The part the receiving facility fills in and returns (docs/domain/slips.md §2.1 last row); only on the patient's copy. */
function tearOff(sheet: Sheet, r: EpisodeRecord, ref: ReferralRecord, hospital: string, patient: string): SafeHtml {
  const line = (key: string) =>
    html`<div class="row wide"><span class="k">${sheet.t(key)}:</span> <span class="blank long"></span></div>`;
  const box = (key: string) => choice(sheet.t(key));
  return html`<div class="tear">
    <div class="tear-cut"><span>${sheet.t('slip.tear_here')}</span></div>
    <h2>${sheet.t('slip.feedback_title')}</h2>
    <p class="note">
      ${sheet.t('slip.feedback_return', { hospital })} · ${sheet.t('slip.referral_slip_no')}: <b>${ref.slip_no}</b> · ${patient} ·
      ${r.serial_no}
    </p>
    ${grid(html`
      ${line('slip.fb_facility')} ${line('slip.fb_received_at')} ${line('slip.fb_diagnosis')} ${line('slip.fb_treatment')}
      <div class="row wide">
        <span class="k">${sheet.t('slip.fb_outcome')}:</span> ${box('slip.fb_delivered')} ${box('slip.fb_lscs')}
        ${box('slip.fb_baby_alive')} ${box('slip.fb_died')} ${box('slip.fb_referred_on')}
      </div>
      ${line('slip.fb_advice')}
    `)}
    <div class="signatures">
      ${signature(sheet, 'slip.fb_doctor')}
      <div></div>
      ${signature(sheet, 'slip.fb_date')}
    </div>
  </div>`;
}

export const referralTemplate: SlipTemplate = (sheet, r, facility, print, options) => {
  const ref = referralFor(r, options.babyOrder);
  const baby = ref.baby_order === null ? null : (r.babies.find((b) => b.baby_order === ref.baby_order) ?? null);
  const patient = baby
    ? `${babyName(sheet, baby.baby_order)} — ${sheet.t('slip.mother_of')} ${r.mother_name ?? ''}`
    : (r.mother_name ?? '');
  const delivered = !!r.delivery_at;
  const delay = referralDelayMinutes(ref);
  const body = html` ${grid(html`
      ${sheet.row('field.urgency', sheet.code('urgency', ref.urgency))}
      ${sheet.row('slip.from_hospital', [facility.hospital_name, facility.phone].filter(Boolean).join(', '))}
      ${sheet.row('field.receiving_facility_name', ref.receiving_facility_name, { wide: true, label: sheet.t('slip.to_facility') })}
      ${sheet.row('field.receiving_facility_department', ref.receiving_facility_department, { optional: true })}
      ${sheet.row('field.receiving_facility_type', sheet.code('receiving_facility_type', ref.receiving_facility_type))}
      ${sheet.row('field.doctor_contacted', ref.doctor_contacted == null ? null : [sheet.yesNo(ref.doctor_contacted), ref.contacted_doctor_name, sheet.dateTime(ref.call_at)].filter(Boolean).join(', '))}
      ${sheet.row('field.decision_at', sheet.dateTime(ref.decision_at))}
      ${sheet.row('field.departure_at', sheet.dateTime(ref.departure_at))}
      ${sheet.row('field.referral_delay', delay === null ? null : sheet.t('care.delay_minutes', { minutes: delay }), { optional: true })}
    `)}
    ${section(
      sheet,
      baby ? 'slip.section_mother_of' : 'slip.section_patient',
      grid(html`
        ${identityRows(sheet, r)} ${sheet.row('slip.gpla', gpla(r))} ${sheet.row('field.gest_weeks', r.gest_weeks)}
        ${sheet.row('field.lmp', sheet.date(r.lmp))}
        ${sheet.row('field.edd', sheet.date(r.edd ?? (r.lmp ? addDays(r.lmp, 280) : null)), { optional: true })}
        ${sheet.row('field.admission_at', sheet.dateTime(r.admission_at))}
        ${sheet.row('slip.delivered', delivered ? [sheet.yesNo(true), sheet.dateTime(r.delivery_at), sheet.code('mode', r.mode)].filter(Boolean).join(', ') : sheet.yesNo(false))}
      `),
    )}
    ${babyPart(sheet, r, ref.baby_order)}
    ${section(
      sheet,
      'slip.section_reason',
      grid(html`
        ${sheet.row('field.reasons', sheet.codes('referral_reason', ref.reasons, ref.reasons_other), { wide: true })}
        ${sheet.row('field.provisional_diagnosis', ref.provisional_diagnosis, { wide: true })}
        ${baby ? '' : highRiskRow(sheet, r, options.care, options.printedAt)}
      `),
    )}
    ${section(sheet, 'field.vitals', vitals(sheet, ref.vitals))}
    ${section(sheet, 'field.pre_referral_treatment', treatmentTable(sheet, ref.pre_referral_treatment))}
    ${section(sheet, 'field.investigations', investigations(sheet, r, ref))}
    ${section(
      sheet,
      'slip.section_transport',
      grid(html`
        ${sheet.row('field.transport', sheet.code('transport', ref.transport))}
        ${sheet.row('field.vehicle_no', ref.vehicle_no, { optional: true })}
        ${sheet.row('field.transport_arranged_at', sheet.dateTime(ref.transport_arranged_at), { optional: true })}
        ${sheet.row('field.escort_name', ref.escort_name ? [ref.escort_name, ref.escort_relation, ref.escort_mobile].filter(Boolean).join(', ') : null)}
        ${sheet.row('field.health_worker_escort', ref.health_worker_escort, { optional: true })}
        ${sheet.row('field.condition_at_departure', ref.condition_at_departure, { wide: true })}
      `),
    )}
    <div class="signatures">
      ${signature(sheet, 'slip.sign_referring_doctor', [ref.referring_doctor_name ?? print.doctor_name, ref.referring_doctor_designation ?? print.doctor_designation])}
      ${signature(sheet, 'slip.stamp')} ${signature(sheet, 'slip.sign_date_time')}
    </div>
    ${options.copyNo === 1 ? tearOff(sheet, r, ref, facility.hospital_name, patient) : ''}`;
  return {
    titleKey: baby ? 'slip.title_referral_baby' : 'slip.title_referral',
    patientName: patient,
    meta: metaLine(sheet, r, [['slip.referral_slip_no', ref.slip_no]]),
    body,
  };
};
