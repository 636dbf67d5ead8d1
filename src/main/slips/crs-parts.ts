import { isMessageKey } from '../../shared/i18n/translate';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { FacilitySettings } from '../../shared/settings';
import type { PrintSettings } from '../../shared/slips/settings';
import { choice, signature } from './common';
import { html, type HtmlValue, type SafeHtml } from './html';
import type { Sheet } from './sheet';

/*
 * Items the CRS reports of a death or a still birth (Forms 2 and 3) print the same way as Form 1: the parents'
 * or the deceased's addresses, the place of occurrence (this hospital), the hospital as informant, residence,
 * religion of the family, and the registrar's block.
 */

/** Numbered options with the record's answer ticked; none ticked (and listed as missing) when unknown. */
export function choices(sheet: Sheet, labelKey: string, options: [string, boolean][]): SafeHtml {
  if (!options.some(([, on]) => on)) sheet.blank(labelKey);
  return html`${options.map(([key, on], i) => choice(`${i + 1}. ${sheet.t(key)}`, on))}`;
}

export function item(no: string, value: HtmlValue, label: string): SafeHtml {
  return html`<tr>
    <td class="item-no">${no}</td>
    <th>${label}</th>
    <td>${value}</td>
  </tr>`;
}

export function father(r: EpisodeRecord): string | null {
  return r.father_name ?? (r.relation_type === 'wife_of' ? r.relative_name : null);
}

export function husband(r: EpisodeRecord): string | null {
  return r.relation_type === 'wife_of' ? r.relative_name : null;
}

/** The address at the time of the event, part by part (Form 1 item 6). */
export function addressItem(sheet: Sheet, no: string, r: EpisodeRecord, labelKey: string): SafeHtml {
  const v = (key: string, value: string | null, optional = false) => sheet.value(key, value, optional);
  return item(
    no,
    html`(a) ${sheet.t('slip.f1_house')}: ${v('field.address_line', r.address_line, true)}<br />(b)
      ${sheet.t('field.village_ward')}: ${v('field.village_ward', r.village_ward)}<br />(c) ${sheet.t('slip.f1_sub_district')}:
      ${v('field.block', r.block)}<br />(d) ${sheet.t('field.district')}: ${v('field.district', r.district)} (e)
      ${sheet.t('field.state')}: ${v('field.state', r.state)} (f) ${sheet.t('field.pin')}: ${v('field.pin', r.pin, true)}`,
    sheet.t(labelKey),
  );
}

/** The place of occurrence: this hospital, ticked, with its name and address. */
export function placeItem(sheet: Sheet, no: string, facility: FacilitySettings, labelKey: string): SafeHtml {
  return item(
    no,
    html`${choices(sheet, labelKey, [
        ['slip.f1_place_hospital', true],
        ['slip.f1_place_house', false],
        ['slip.f1_place_other', false],
      ])} <br />${facility.hospital_name}, ${facility.address}`,
    sheet.t(labelKey),
  );
}

/** The medical officer in charge reports what happens in the hospital (RBD Act s.8(1)(b)); items as Form 1 item 9. */
export function hospitalInformant(sheet: Sheet, no: string, facility: FacilitySettings, print: PrintSettings): SafeHtml {
  return item(
    no,
    html`(a) ${sheet.value('slip.f1_informant_name', print.medical_officer_name)}<br />(b) ${sheet.t('field.aadhaar_no')}:
      ${sheet.blank('field.aadhaar_no', true)}<br />(c) ${sheet.t('field.mobile')}:
      ${sheet.value('slip.f1_informant_mobile', print.medical_officer_mobile, true)}<br />(d) ${sheet.t('slip.email')}:
      ${sheet.value('slip.email', print.medical_officer_email, true)}<br />(e) ${sheet.t('field.address')}:
      ${[print.medical_officer_designation, facility.hospital_name, facility.address].filter(Boolean).join(', ')}`,
    sheet.t('slip.f1_informant'),
  );
}

/** Residence: the name of the town or village, and which of the two it is (ticked by hand unless known). */
export function residenceItem(sheet: Sheet, no: string, r: EpisodeRecord, labelKey: string): SafeHtml {
  return item(
    no,
    html`(a) ${sheet.value('field.village_ward', r.village_ward)}
    ${choices(sheet, 'slip.crs_town_or_village', [
      ['slip.crs_town', r.residence_type === 'town'],
      ['slip.crs_village', r.residence_type === 'village'],
    ])}
    (b) ${sheet.t('field.district')}: ${sheet.value('field.district', r.district)} (c) ${sheet.t('field.state')}:
    ${sheet.value('field.state', r.state)}`,
    sheet.t(labelKey),
  );
}

/** "Religion of the family": one item (the father's religion, else the mother's). */
/**
 * A CRS choice (religion, education, occupation) in words: a stored code through its list; a value typed before these
 * were fixed choices prints as typed.
 */
export function crsValue(sheet: Sheet, list: 'religion' | 'education' | 'occupation', value: string | null): string | null {
  return value && isMessageKey(`${list}.${value}`) ? sheet.code(list, value) : value;
}

export function religionItem(sheet: Sheet, no: string, r: EpisodeRecord): SafeHtml {
  const religion = crsValue(sheet, 'religion', r.religion_father ?? r.religion_mother);
  return item(no, sheet.value('field.religion_father', religion), sheet.t('slip.f1_religion'));
}

/** Where the event is registered: the registration unit of the hospital's block and district (inferred). */
export function registrationPlace(facility: FacilitySettings): string {
  return [facility.block, facility.district].filter(Boolean).join(', ');
}

export function registrarBlock(sheet: Sheet, facility: FacilitySettings): SafeHtml {
  return html`<section>
    <h2>${sheet.t('slip.f1_registrar')}</h2>
    <div class="grid">
      ${sheet.row('slip.f1_reg_no', null, { optional: true })}${sheet.row('slip.f1_reg_date', null, { optional: true })}
      ${sheet.row('slip.f1_reg_unit', null, { optional: true })}${sheet.row('slip.crs_reg_place', registrationPlace(facility), { optional: true })}
    </div>
  </section>`;
}

/**
 * The frame every CRS report shares (Forms 1, 2 and 3): the rule and due-date note, the legal part, the informant's
 * signature with date and time, the statistical part (detached by the registrar), and the registrar's block.
 */
export function crsReportBody(
  sheet: Sheet,
  parts: {
    note: HtmlValue;
    legal: SafeHtml;
    informant: (string | null | undefined)[];
    statistical: SafeHtml;
    registrar: SafeHtml;
  },
): SafeHtml {
  return html` <p class="note">${parts.note}</p>
    <section>
      <h2>${sheet.t('slip.f1_legal')}</h2>
      ${parts.legal}
    </section>
    <div class="signatures">
      ${signature(sheet, 'slip.f1_informant_sign', parts.informant)}
      <div></div>
      ${signature(sheet, 'slip.sign_date_time')}
    </div>
    <section>
      <h2>${sheet.t('slip.f1_statistical')}</h2>
      ${parts.statistical}
    </section>
    ${parts.registrar}`;
}
