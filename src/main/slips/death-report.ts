import { AppError } from '../../shared/errors';
import { diedHere } from '../../shared/register/crs';
import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { hoursBetween } from '../../shared/time';
import { babyName } from './common';
import {
  addressItem,
  choices,
  father,
  hospitalInformant,
  husband,
  item,
  placeItem,
  crsReportBody,
  crsValue,
  registrarBlock,
  residenceItem,
} from './crs-parts';
import { html, type SafeHtml } from './html';
import type { Sheet } from './sheet';
import { metaLine, type SlipTemplate } from './slip';

/*
 * CRS death report, Form No. 2 (Model Rules 1999 r.5, revised forms; docs/legal-forms.md): a maternal death
 * (no baby) or a newborn's death (baby N) in the hospital. Legal part 1–10, statistical part 11–21; the MCCD
 * (Form No. 4) goes with it.
 */

/** Who died: the mother, or a live-born baby who died in the hospital. */
export interface Deceased {
  baby: BabyRecord | null;
  name: string | null;
  sex: 'M' | 'F' | 'ambiguous' | null;
  diedAt: string;
  /** Age at death in the form's unit: years from 1 year, else months, days or hours. */
  age: { value: number; unit: 'years' | 'months' | 'days' | 'hours' } | null;
}

export function deceased(sheet: Sheet, r: EpisodeRecord, order: number | null): Deceased {
  if (order === null) {
    if (r.outcome !== 'died' || !r.outcome_at) throw new AppError('not_found', { message: 'error.death_not_found' });
    return {
      baby: null,
      name: r.mother_name,
      sex: 'F',
      diedAt: r.outcome_at,
      age: r.age_years == null ? null : { value: r.age_years, unit: 'years' },
    };
  }
  const baby = r.babies.find((b) => b.baby_order === order);
  if (!baby || baby.outcome !== 'live' || !diedHere(baby)) throw new AppError('not_found', { message: 'error.death_not_found' });
  const born = baby.born_at ?? r.delivery_at;
  const hours = born ? hoursBetween(born, baby.neonatal_death_at!) : null;
  const age =
    hours === null
      ? null
      : hours < 24
        ? { value: Math.floor(hours), unit: 'hours' as const }
        : { value: Math.floor(hours / 24), unit: 'days' as const };
  const name = baby.child_name ?? `${babyName(sheet, baby.baby_order)} — ${sheet.t('slip.crs_baby_of')} ${r.mother_name ?? ''}`;
  return { baby, name, sex: baby.sex, diedAt: baby.neonatal_death_at!, age };
}

export function ageText(sheet: Sheet, d: Deceased): string | null {
  return d.age ? `${d.age.value} ${sheet.t(`slip.crs_age_${d.age.unit}`)}` : null;
}

export function sexChoices(sheet: Sheet, sex: Deceased['sex']): SafeHtml {
  return choices(sheet, 'field.sex', [
    ['slip.f1_male', sex === 'M'],
    ['slip.f1_female', sex === 'F'],
    ['slip.f1_transgender', sex === 'ambiguous'],
  ]);
}

/** A woman's death and her pregnancy (item 17): undelivered, at delivery (within 24 h of it; inferred), or after it. */
function maternalTiming(r: EpisodeRecord, d: Deceased): [boolean, boolean, boolean] {
  if (d.baby) return [false, false, false];
  if (!r.delivery_at) return [true, false, false];
  const atDelivery = hoursBetween(r.delivery_at, d.diedAt) < 24;
  return [false, atDelivery, !atDelivery];
}

export const deathReportTemplate: SlipTemplate = (sheet, r, facility, print, options) => {
  const d = deceased(sheet, r, options.babyOrder);
  const t = (key: string) => sheet.t(key);
  const v = (key: string, value: string | number | null | undefined, optional = false) => sheet.value(key, value, optional);
  const mother = d.baby === null;
  const cause = mother
    ? sheet.code('maternal_death_cause', r.maternal_death_cause)
    : sheet.code('neonatal_death_cause', d.baby!.neonatal_death_cause);
  const [pregnant, delivery, after] = maternalTiming(r, d);
  const legal = html`<table class="form1">
    ${item('1', v('field.outcome_at', sheet.dateTime(d.diedAt)), t('slip.f2_date'))}
    ${item('2', sexChoices(sheet, d.sex), t('field.sex'))}
    ${item('3', html`(a) ${v('slip.f2_name', d.name)}<br />(b) ${t('field.aadhaar_no')}: ${mother ? v('field.aadhaar_no', r.aadhaar_no, true) : sheet.blank('field.aadhaar_no', true)}`, t('slip.f2_name'))}
    ${item('4', mother ? sheet.blank('slip.f2_mother', true) : v('field.mother_name', r.mother_name), t('slip.f2_mother'))}
    ${item('5', mother ? html`${t('slip.f2_husband')}: ${v('field.relative_name', husband(r))}` : v('field.father_name', father(r)), t('slip.f2_father_husband'))}
    ${item('6', v('slip.f2_age', ageText(sheet, d)), t('slip.f2_age'))} ${addressItem(sheet, '7', r, 'slip.f2_address_death')}
    ${item('8', r.permanent_address ?? t('slip.crs_same_as_7'), t('slip.f2_address_permanent'))}
    ${placeItem(sheet, '9', facility, 'slip.f2_place')} ${hospitalInformant(sheet, '10', facility, print)}
  </table>`;
  const statistical = html`<table class="form1">
    ${residenceItem(sheet, '11', r, 'slip.crs_residence_deceased')}
    ${item('12', sheet.value('field.religion_father', crsValue(sheet, 'religion', r.religion_mother ?? r.religion_father)), t('slip.f2_religion'))}
    ${item('13', mother ? v('field.occupation_mother', crsValue(sheet, 'occupation', r.occupation_mother)) : t('slip.crs_not_applicable'), t('slip.f2_occupation'))}
    ${item(
      '14',
      choices(sheet, 'slip.f2_attention', [
        ['slip.f2_att_institutional', true],
        ['slip.f2_att_other', false],
        ['slip.f2_att_none', false],
      ]),
      t('slip.f2_attention'),
    )}
    ${item(
      '15',
      choices(sheet, 'slip.f2_certified', [
        ['yes', true],
        ['no', false],
      ]),
      t('slip.f2_certified'),
    )}
    ${item('16', html`${v('slip.f2_cause', cause)} <span class="note">${t('slip.f2_cause_note')}</span>`, t('slip.f2_cause'))}
    ${item(
      '17',
      mother
        ? choices(sheet, 'slip.f2_pregnancy', [
            ['slip.f2_preg_during', pregnant],
            ['slip.f2_preg_delivery', delivery],
            ['slip.f2_preg_after', after],
            ['no', false],
          ])
        : t('slip.crs_not_applicable'),
      t('slip.f2_pregnancy'),
    )}
    ${(['smoke', 'tobacco', 'arecanut', 'alcohol'] as const).map((habit, i) =>
      item(
        String(18 + i),
        mother ? html`${sheet.blank(`slip.f2_habit_${habit}`, true)} ${t('slip.f2_years')}` : t('slip.crs_not_applicable'),
        t(`slip.f2_habit_${habit}`),
      ),
    )}
  </table>`;
  const body = crsReportBody(sheet, {
    note: `${t('slip.f2_rule')} · ${t('slip.crs_due_note')}`,
    legal,
    informant: [print.medical_officer_name, print.medical_officer_designation],
    statistical,
    registrar: registrarBlock(sheet, facility),
  });
  return { titleKey: 'slip.title_death_report', patientName: d.name ?? '', meta: metaLine(sheet, r), body };
};
