import { AppError } from '../../shared/errors';
import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { html } from './html';
import { address, babyName, isLive } from './common';
import { choices, crsReportBody, crsValue, father, item, registrationPlace, religionItem } from './crs-parts';
import { metaLine, type SlipTemplate } from './slip';

/*
 * CRS birth report, Form No. 1 (docs/domain/slips.md §4): one per live-born baby, items in the order of the printed form,
 * legal part (1–9) and statistical part (10–22). The medical officer in charge is the informant. A still birth
 * has Form No. 3 (still-birth-report.ts). A birth before arrival has the household as informant (setting).
 */

export function liveBaby(r: EpisodeRecord, order: number | null): BabyRecord {
  const baby = r.babies.find((b) => b.baby_order === order);
  if (!baby || !isLive(baby)) throw new AppError('not_found', { message: 'error.live_baby_not_found' });
  return baby;
}

const MULTIPLE = ['', '', 'slip.f1_twin', 'slip.f1_triplet', 'slip.f1_quadruplet'];

export const birthReportTemplate: SlipTemplate = (sheet, r, facility, print, options) => {
  const baby = liveBaby(r, options.babyOrder);
  const t = (key: string) => sheet.t(key);
  const v = (key: string, value: string | number | null | undefined, optional = false) => sheet.value(key, value, optional);
  const here = r.place_of_delivery === 'this_facility';
  const liveNow = r.babies.filter(isLive).length;
  const childrenAlive = r.living_children == null ? null : r.living_children + liveNow;
  const houseLine = [r.address_line].filter(Boolean).join(', ');
  // RBD Act s.8(1): the medical officer in charge for a birth in the hospital; for a birth at home or on the way, the
  // head of the household or the person in charge (the record's informant), never the hospital.
  const informant = here ? (r.informant_name ?? print.medical_officer_name) : r.informant_name;
  const informantMobile = here ? (r.informant_mobile ?? print.medical_officer_mobile) : r.informant_mobile;
  const informantAddress = here
    ? [print.medical_officer_designation, facility.hospital_name, facility.address].filter(Boolean).join(', ')
    : address(r);
  const weightKg = baby.birth_weight_g == null ? null : (baby.birth_weight_g / 1000).toFixed(2);
  const ownership = facility.ownership;
  const attention: [string, boolean][] = [
    ['slip.f1_att_govt', here && ownership === 'public'],
    ['slip.f1_att_private', here && ownership === 'private'],
    ['slip.f1_att_professional', false],
    ['slip.f1_att_tba', false],
    ['slip.f1_att_relatives', false],
  ];
  const mode = r.mode;
  const remarks = MULTIPLE[r.babies.length] ?? '';
  const legal = html`<table class="form1">
    ${item('1', v('field.born_at', sheet.date(baby.born_at)), t('slip.f1_dob'))}
    ${item(
      '2',
      choices(sheet, 'field.sex', [
        ['slip.f1_male', baby.sex === 'M'],
        ['slip.f1_female', baby.sex === 'F'],
        ['slip.f1_transgender', baby.sex === 'ambiguous'],
      ]),
      t('field.sex'),
    )}
    ${item('3', html`(a) ${v('field.child_name', baby.child_name, true)}<br />(b) ${t('field.aadhaar_no')}: ${sheet.blank('field.aadhaar_no', true)}`, t('slip.f1_child'))}
    ${item('4', html`(a) ${v('field.father_name', father(r))}<br />(b) ${t('field.aadhaar_no')}: ${v('field.father_aadhaar', r.father_aadhaar, true)}<br />(c) ${t('field.mobile')}: ${v('field.father_mobile', r.father_mobile, true)}<br />(d) ${t('slip.email')}: ${sheet.blank('slip.email', true)}`, t('slip.f1_father'))}
    ${item('5', html`(a) ${v('field.mother_name', r.mother_name)}<br />(b) ${t('field.aadhaar_no')}: ${v('field.aadhaar_no', r.aadhaar_no, true)}<br />(c) ${t('field.mobile')}: ${v('field.mobile', r.mobile)}<br />(d) ${t('slip.email')}: ${sheet.blank('slip.email', true)}`, t('slip.f1_mother'))}
    ${item(
      '6',
      html`(a) ${t('slip.f1_house')}: ${v('field.address_line', houseLine, true)}<br />(b) ${t('field.village_ward')}:
        ${v('field.village_ward', r.village_ward)}<br />(c) ${t('slip.f1_sub_district')}: ${v('field.block', r.block)}<br />(d)
        ${t('field.district')}: ${v('field.district', r.district)} (e) ${t('field.state')}: ${v('field.state', r.state)} (f)
        ${t('field.pin')}: ${v('field.pin', r.pin, true)}`,
      t('slip.f1_address_birth'),
    )}
    ${item('7', r.permanent_address ?? t('slip.f1_same_as_6'), t('slip.f1_address_permanent'))}
    ${item(
      '8',
      html`${choices(sheet, 'field.place_of_delivery', [
          ['slip.f1_place_hospital', here],
          ['slip.f1_place_house', r.place_of_delivery === 'home_before_arrival'],
          ['slip.f1_place_other', r.place_of_delivery === 'in_transit'],
        ])}
        <br />${here ? `${facility.hospital_name}, ${facility.address}` : r.place_of_delivery === 'home_before_arrival' ? v('slip.f1_place_address', address(r), true) : sheet.blank('slip.f1_place_address', true)}`,
      t('slip.f1_place'),
    )}
    ${item(
      '9',
      html`(a) ${v('slip.f1_informant_name', informant)}<br />(b) ${t('field.aadhaar_no')}:
        ${sheet.blank('field.aadhaar_no', true)}<br />(c) ${t('field.mobile')}:
        ${v('slip.f1_informant_mobile', informantMobile, true)}<br />(d) ${t('slip.email')}:
        ${here ? v('slip.email', print.medical_officer_email, true) : sheet.blank('slip.email', true)}<br />(e)
        ${t('field.address')}:
        ${v('field.address', informantAddress)}${here ? '' : html`<br /><span class="note">${t('slip.f1_informant_household')}</span>`}`,
      t('slip.f1_informant'),
    )}
  </table>`;
  const statistical = html`<table class="form1">
    ${item(
      '10',
      html`(a) ${v('field.village_ward', r.village_ward)}
      ${choices(sheet, 'field.residence_type', [
        ['slip.crs_town', r.residence_type === 'town'],
        ['slip.crs_village', r.residence_type === 'village'],
      ])}
      (b) ${t('slip.f1_sub_district')}: ${v('field.block', r.block)} (c) ${t('field.district')}:
      ${v('field.district', r.district)} (d) ${t('field.state')}: ${v('field.state', r.state)}`,
      t('slip.f1_residence'),
    )}
    ${religionItem(sheet, '11', r)}
    ${item('12', v('field.education_father', crsValue(sheet, 'education', r.education_father)), t('field.education_father'))}
    ${item('13', v('field.education_mother', crsValue(sheet, 'education', r.education_mother)), t('field.education_mother'))}
    ${item('14', v('field.occupation_father', crsValue(sheet, 'occupation', r.occupation_father)), t('field.occupation_father'))}
    ${item('15', v('field.occupation_mother', crsValue(sheet, 'occupation', r.occupation_mother)), t('field.occupation_mother'))}
    ${item('16', v('field.mother_age_at_marriage', r.mother_age_at_marriage), t('slip.f1_age_marriage'))}
    ${item('17', v('field.age_years', r.age_years), t('slip.f1_age_birth'))}
    ${item('18', html`${v('field.living_children', childrenAlive)} <span class="note">${t('slip.f1_children_note')}</span>`, t('slip.f1_children'))}
    ${item('19', choices(sheet, 'slip.f1_attention', attention), t('slip.f1_attention'))}
    ${item(
      '20',
      choices(sheet, 'field.mode', [
        ['slip.f1_natural', mode === 'normal_vaginal'],
        ['slip.f1_caesarean', mode === 'lscs_emergency' || mode === 'lscs_elective'],
        ['slip.f1_forceps', mode === 'assisted_forceps' || mode === 'assisted_vacuum'],
      ]),
      t('slip.f1_method'),
    )}
    ${item('21', v('field.birth_weight_g', weightKg, true), t('slip.f1_weight'))}
    ${item('22', v('field.gest_weeks', r.gest_weeks), t('slip.f1_duration'))}
    ${item('', remarks ? t(remarks) : '—', t('slip.f1_remarks'))}
  </table>`;
  const body = crsReportBody(sheet, {
    note: html`${t('slip.f1_rule')} · ${babyName(sheet, baby.baby_order)} · ${t('slip.f1_due_note')}`,
    legal,
    informant: here ? [informant, print.medical_officer_designation] : [informant],
    statistical,
    registrar: html`<section>
      <h2>${t('slip.f1_registrar')}</h2>
      <div class="grid">
        ${sheet.row('slip.f1_reg_no', baby.crs_registration_no, { optional: true })}${sheet.row('slip.f1_reg_date', sheet.date(baby.crs_registered_at), { optional: true })}${sheet.row('slip.f1_reg_unit', null, { optional: true })}${sheet.row('slip.crs_reg_place', registrationPlace(facility), { optional: true })}
      </div>
    </section>`,
  });
  return {
    titleKey: 'slip.title_birth_report',
    patientName: `${babyName(sheet, baby.baby_order)} — ${sheet.t('slip.mother_of')} ${r.mother_name ?? ''}`,
    meta: metaLine(sheet, r),
    body,
  };
};
