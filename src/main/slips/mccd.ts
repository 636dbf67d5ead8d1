import { choice } from './common';
import { ageText, deceased, sexChoices } from './death-report';
import { html } from './html';
import { metaLine, type SlipTemplate } from './slip';

/*
 * Medical Certificate of Cause of Death, Form No. 4 (hospital in-patients; Model Rules 1999 r.7;
 * docs/legal-forms.md): pre-filled with who died, where and when; the attending doctor writes the causes, the
 * intervals and the manner, and signs. For a woman, the pregnancy question is answered from the register.
 */

export const mccdTemplate: SlipTemplate = (sheet, r, facility, print, options) => {
  const d = deceased(sheet, r, options.babyOrder);
  const t = (key: string) => sheet.t(key);
  const line = (label: string) =>
    html`<tr>
      <th>${label}</th>
      <td><span class="blank"></span></td>
      <td><span class="blank"></span></td>
    </tr>`;
  const woman = d.baby === null;
  const tick = (key: string, on: boolean) => choice(t(key), on);
  const body = html`<p class="note">${t('slip.f4_rule')}</p>
    <section>
      <p>
        ${t('slip.f4_hospital')}: <b>${facility.hospital_name}</b> · ${t('slip.f4_certify')} · ${t('slip.f4_ward')}:
        ${sheet.blank('slip.f4_ward', true)} · ${t('slip.f2_date')}: ${sheet.value('slip.f2_date', sheet.dateTime(d.diedAt))}
      </p>
      <div class="grid">
        ${sheet.row('slip.f2_name', d.name)} ${sheet.row('slip.f2_age', ageText(sheet, d))}
        <div class="row"><span class="k">${t('field.sex')}:</span><span class="v">${sexChoices(sheet, d.sex)}</span></div>
      </div>
    </section>
    <section>
      <h2>${t('slip.f4_cause')}</h2>
      <table class="form1">
        <tr>
          <th></th>
          <td></td>
          <td><b>${t('slip.f4_interval')}</b></td>
        </tr>
        ${line(`I (a) ${t('slip.f4_immediate')}`)} ${line(`(b) ${t('slip.f4_antecedent')}`)} ${line('(c)')}
        ${line(`II ${t('slip.f4_other_conditions')}`)}
      </table>
      <p class="note">${t('slip.f4_cause_note')}</p>
    </section>
    <section>
      <h2>${t('slip.f4_manner')}</h2>
      <p>
        ${(['natural', 'accident', 'suicide', 'homicide', 'pending'] as const).map((m, i) => choice(`${i + 1}. ${t(`slip.f4_manner_${m}`)}`))}
      </p>
      <p>${t('slip.f4_injury')}: ${sheet.blank('slip.f4_injury', true)}</p>
      ${
        woman
          ? html`<p>
              ${t('slip.f4_pregnancy')} ${tick('yes', true)} ${tick('no', false)} · ${t('slip.f4_delivery')}
              ${tick('yes', r.delivery_at !== null)} ${tick('no', r.delivery_at === null)}
            </p>`
          : ''
      }
    </section>
    <div class="signatures">
      ${html`<div class="sig"><b>${t('slip.f4_sign')}</b><br />${print.doctor_name}<br />${print.doctor_designation}<br />${print.doctor_registration_no ? `${t('slip.reg_no')}: ${print.doctor_registration_no}` : ''}</div>`}
      <div></div>
      <div class="sig"><b>${t('slip.f4_verified')}</b></div>
    </div>
    <section class="counterfoil">
      <h2>${t('slip.f4_counterfoil')}</h2>
      <div class="grid">
        ${sheet.row('slip.f2_name', d.name)} ${sheet.row('slip.f2_date', sheet.dateTime(d.diedAt))}
        ${sheet.row('slip.f4_cause', null, { optional: true })}
      </div>
    </section>`;
  return { titleKey: 'slip.title_mccd', patientName: d.name ?? '', meta: metaLine(sheet, r), body };
};
