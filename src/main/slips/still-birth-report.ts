import { AppError } from '../../shared/errors';
import { isStillBirthInLaw } from '../../shared/register/crs';
import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { babyName } from './common';
import {
  addressItem,
  choices,
  father,
  hospitalInformant,
  item,
  placeItem,
  crsReportBody,
  crsValue,
  registrarBlock,
  religionItem,
  residenceItem,
} from './crs-parts';
import { html } from './html';
import { metaLine, type SlipTemplate } from './slip';

/*
 * CRS still birth report, Form No. 3 (Model Rules 1999 r.5, revised forms; docs/legal-forms.md): one per
 * still-born baby of 28 weeks or more, legal part (1–8) and statistical part (9–20), the hospital as informant.
 */

export function stillBaby(r: EpisodeRecord, order: number | null): BabyRecord {
  const baby = r.babies.find((b) => b.baby_order === order);
  if (!baby || !isStillBirthInLaw(r.gest_weeks, baby))
    throw new AppError('not_found', { message: 'error.still_birth_not_found' });
  return baby;
}

export const stillBirthReportTemplate: SlipTemplate = (sheet, r, facility, print, options) => {
  const baby = stillBaby(r, options.babyOrder);
  const t = (key: string) => sheet.t(key);
  const v = (key: string, value: string | number | null | undefined, optional = false) => sheet.value(key, value, optional);
  const lscs = r.mode === 'lscs_emergency' || r.mode === 'lscs_elective';
  const legal = html`<table class="form1">
    ${item('1', v('field.born_at', sheet.date(baby.born_at ?? r.delivery_at)), t('slip.f3_date'))}
    ${item(
      '2',
      choices(sheet, 'field.sex', [
        ['slip.f1_male', baby.sex === 'M'],
        ['slip.f1_female', baby.sex === 'F'],
        ['slip.f1_transgender', baby.sex === 'ambiguous'],
      ]),
      t('field.sex'),
    )}
    ${item('3', html`(a) ${v('field.father_name', father(r))}<br />(b) ${t('field.aadhaar_no')}: ${v('field.father_aadhaar', r.father_aadhaar, true)}`, t('slip.f3_father'))}
    ${item('4', html`(a) ${v('field.mother_name', r.mother_name)}<br />(b) ${t('field.aadhaar_no')}: ${v('field.aadhaar_no', r.aadhaar_no, true)}`, t('slip.f3_mother'))}
    ${addressItem(sheet, '5', r, 'slip.f3_address_event')}
    ${item('6', r.permanent_address ?? t('slip.crs_same_as_5'), t('slip.f1_address_permanent'))}
    ${placeItem(sheet, '7', facility, 'slip.f3_place')} ${hospitalInformant(sheet, '8', facility, print)}
  </table>`;
  const statistical = html`<table class="form1">
    ${residenceItem(sheet, '9', r, 'slip.crs_residence_mother')} ${religionItem(sheet, '10', r)}
    ${item('11', v('field.education_father', crsValue(sheet, 'education', r.education_father)), t('field.education_father'))}
    ${item('12', v('field.education_mother', crsValue(sheet, 'education', r.education_mother)), t('field.education_mother'))}
    ${item('13', v('field.occupation_father', crsValue(sheet, 'occupation', r.occupation_father)), t('field.occupation_father'))}
    ${item('14', v('field.occupation_mother', crsValue(sheet, 'occupation', r.occupation_mother)), t('field.occupation_mother'))}
    ${item('15', v('field.mother_age_at_marriage', r.mother_age_at_marriage), t('slip.f1_age_marriage'))}
    ${item('16', v('field.age_years', r.age_years), t('slip.f3_age_delivery'))}
    ${item('17', v('field.living_children', r.living_children), t('slip.f3_children'))}
    ${item(
      '18',
      choices(sheet, 'slip.f1_attention', [
        ['slip.f1_att_govt', facility.ownership === 'public'],
        ['slip.f1_att_private', facility.ownership === 'private'],
        ['slip.f1_att_professional', false],
        ['slip.f1_att_tba', false],
        ['slip.f1_att_relatives', false],
      ]),
      t('slip.f1_attention'),
    )}
    ${item(
      '19',
      choices(sheet, 'field.mode', [
        ['slip.f1_natural', r.mode === 'normal_vaginal'],
        ['slip.f1_caesarean', lscs],
        ['slip.f1_forceps', r.mode === 'assisted_forceps' || r.mode === 'assisted_vacuum'],
      ]),
      t('slip.f1_method'),
    )}
    ${item('20', html`${sheet.blank('slip.f3_cause', true)} <span class="note">${t(`birth_outcome.${baby.outcome}`)}</span>`, t('slip.f3_cause'))}
    ${item('21', v('field.gest_weeks', r.gest_weeks), t('slip.f1_duration'))}
  </table>`;
  const body = crsReportBody(sheet, {
    note: html`${t('slip.f3_rule')} · ${babyName(sheet, baby.baby_order)} · ${t('slip.crs_due_note')}`,
    legal,
    informant: [print.medical_officer_name, print.medical_officer_designation],
    statistical,
    registrar: registrarBlock(sheet, facility),
  });
  return {
    titleKey: 'slip.title_still_birth_report',
    patientName: `${babyName(sheet, baby.baby_order)} — ${sheet.t('slip.mother_of')} ${r.mother_name ?? ''}`,
    meta: metaLine(sheet, r),
    body,
  };
};
