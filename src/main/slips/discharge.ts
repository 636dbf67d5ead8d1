import { LSCS_MODES } from '../../shared/register/codes';
import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { addDays, hoursBetween, localDate } from '../../shared/time';
import { babyName, bp, choice, gpla, grid, identityRows, isLive, section, signature } from './common';
import { html, type SafeHtml } from './html';
import { highRiskRow } from './risk';
import type { Sheet } from './sheet';
import { metaLine, type SlipOptions, type SlipTemplate } from './slip';

/*
 * Discharge slip (docs/domain/slips.md §1): for the mother and every baby; titled as a LAMA slip or a death summary by
 * the outcome. Patient advice and danger signs are Hindi first. An absconded woman gets no slip.
 */

const PNC_DAYS = [3, 7, 14, 21, 28, 42];
/** The 6-week vaccines (OPV-1, Penta-1, Rota-1, fIPV-1, PCV-1) fall due 42 days after birth. */
const SIX_WEEKS = 42;

function titleKey(r: EpisodeRecord): string {
  if (r.outcome === 'lama') return 'slip.title_lama';
  if (r.outcome === 'died') return 'slip.title_death';
  return 'slip.title_discharge';
}

function stay(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  const hours = r.delivery_at && r.outcome_at ? Math.floor(hoursBetween(r.delivery_at, r.outcome_at)) : null;
  return section(
    sheet,
    'slip.section_stay',
    grid(html`
      ${sheet.row('field.admission_at', sheet.dateTime(r.admission_at))}
      ${sheet.row('field.outcome_at', sheet.dateTime(r.outcome_at), { label: sheet.t(r.outcome === 'died' ? 'slip.death_at' : 'slip.discharge_at') })}
      ${r.delivery_at ? sheet.row('slip.hours_after_delivery', hours) : ''}
      ${sheet.row('field.admission_category', sheet.code('admission_category', r.admission_category))}
      ${r.admission_category === 'referred_in' ? sheet.row('field.referred_in_from_name', r.referred_in_from_name) : ''}
    `),
  );
}

function diagnosis(sheet: Sheet, r: EpisodeRecord, options: SlipOptions): SafeHtml {
  return section(
    sheet,
    'slip.section_diagnosis',
    grid(html`
      ${sheet.row('slip.gpla', gpla(r))} ${sheet.row('field.gest_weeks', r.gest_weeks)}
      ${sheet.row('field.lmp', sheet.date(r.lmp))}
      ${sheet.row('field.edd', sheet.date(r.edd ?? (r.lmp ? addDays(r.lmp, 280) : null)), { optional: true })}
      ${highRiskRow(sheet, r, options.care, options.printedAt)}
      ${sheet.row('field.final_diagnosis', r.final_diagnosis, { wide: true })}
    `),
  );
}

function delivery(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  if (!r.delivery_at && r.record_state === 'admitted') return html``;
  const lscs = !!r.mode && LSCS_MODES.includes(r.mode);
  const complications = r.complications ?? null;
  const eclampsia = (complications ?? []).some((c) => c === 'eclampsia' || c === 'severe_pre_eclampsia');
  return section(
    sheet,
    'slip.section_delivery',
    grid(html`
      ${sheet.row('field.delivery_at', sheet.dateTime(r.delivery_at))} ${sheet.row('field.mode', sheet.code('mode', r.mode))}
      ${lscs ? sheet.row('field.lscs_indication', r.lscs_indication) : ''}
      ${sheet.row('field.presentation', sheet.code('presentation', r.presentation), { optional: true })}
      ${sheet.row('field.conducted_by_name', r.conducted_by_name ? [r.conducted_by_name, sheet.code('cadre', r.conducted_by_cadre)].filter(Boolean).join(', ') : null)}
      ${sheet.row('field.complications', sheet.codes('complication', complications, r.complications_other), { wide: true })}
      ${eclampsia ? sheet.row('field.mgso4_given', sheet.yesNo(r.mgso4_given)) : ''}
      ${r.gest_weeks != null && r.gest_weeks < 37 ? sheet.row('field.antenatal_corticosteroids', sheet.code('corticosteroids', r.antenatal_corticosteroids)) : ''}
      ${r.blood_transfusion ? sheet.row('field.blood_transfusion', [sheet.yesNo(true), r.blood_units && sheet.t('slip.units', { count: r.blood_units })].filter(Boolean).join(', ')) : ''}
      ${!lscs ? sheet.row('field.episiotomy', sheet.yesNo(r.episiotomy), { optional: true }) : ''}
      ${r.perineal_tear_degree ? sheet.row('field.perineal_tear_degree', r.perineal_tear_degree) : ''}
    `),
  );
}

function vaccine(sheet: Sheet, given: string | null): string {
  return given ? sheet.date(given)! : sheet.t('slip.due');
}

function babyCondition(sheet: Sheet, b: BabyRecord): string | null {
  if (b.neonatal_death) return `${sheet.t('slip.died')} ${sheet.dateTime(b.neonatal_death_at) ?? ''}`.trim();
  return sheet.code('baby_exit', b.baby_exit);
}

/** One column per baby, one row per item: fits A5 as well as A4, for one baby or four. */
function babies(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  if (r.babies.length === 0) return html``;
  const rows: [string, (b: BabyRecord) => string | null, (b: BabyRecord) => boolean][] = [
    ['field.sex', (b) => sheet.code('sex', b.sex), () => true],
    ['slip.baby_outcome', (b) => sheet.code('birth_outcome', b.outcome), () => true],
    ['field.born_at', (b) => sheet.dateTime(b.born_at), () => true],
    ['field.birth_weight_g', (b) => (b.birth_weight_g == null ? null : String(b.birth_weight_g)), () => true],
    [
      'slip.gestation',
      () =>
        r.gest_weeks == null
          ? null
          : sheet.t(r.gest_weeks < 37 ? 'slip.preterm_weeks' : 'slip.term_weeks', { weeks: r.gest_weeks }),
      () => true,
    ],
    ['field.cried_at_birth', (b) => sheet.yesNo(b.cried_at_birth), isLive],
    ['field.resuscitation', (b) => sheet.code('resuscitation', b.resuscitation), isLive],
    ['field.bf_within_1h', (b) => sheet.yesNo(b.bf_within_1h), isLive],
    ['field.vit_k', (b) => vaccine(sheet, b.vit_k), isLive],
    ['field.bcg', (b) => vaccine(sheet, b.bcg), isLive],
    ['field.opv0', (b) => vaccine(sheet, b.opv0), isLive],
    ['field.hepb0', (b) => vaccine(sheet, b.hepb0), isLive],
    [
      'field.hbig_given_at',
      (b) => sheet.dateTime(b.hbig_given_at),
      (b) => isLive(b) && (b.hbig_given_at != null || r.hbsag_status === 'positive'),
    ],
    ['field.congenital_anomaly', (b) => sheet.codes('anomaly', b.congenital_anomaly, b.congenital_anomaly_other), isLive],
    ['field.newborn_unit', (b) => sheet.code('newborn_unit', b.newborn_unit), isLive],
    ['slip.baby_condition', (b) => babyCondition(sheet, b), isLive],
  ];
  const cell = (key: string, b: BabyRecord, get: (b: BabyRecord) => string | null, applies: (b: BabyRecord) => boolean) =>
    applies(b) ? html`<td>${sheet.value(key, get(b))}</td>` : html`<td>—</td>`;
  return section(
    sheet,
    'slip.section_babies',
    html`<table class="babies">
      <thead>
        <tr>
          <th></th>
          ${r.babies.map((b) => html`<th>${babyName(sheet, b.baby_order)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows
          .filter(([, , applies]) => r.babies.some(applies))
          .map(
            ([key, get, applies]) =>
              html`<tr>
                <th>${sheet.t(key)}</th>
                ${r.babies.map((b) => cell(key, b, get, applies))}
              </tr>`,
          )}
      </tbody>
    </table>`,
  );
}

function motherAtDischarge(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  const optional = r.outcome === 'lama';
  return section(
    sheet,
    'slip.section_mother_discharge',
    grid(html`
      ${sheet.row('field.discharge_condition', sheet.code('discharge_condition', r.discharge_condition), { optional })}
      ${sheet.row('field.discharge_bp_systolic', bp(r.discharge_bp_systolic, r.discharge_bp_diastolic), { label: sheet.t('slip.bp'), optional })}
      ${sheet.row('field.discharge_pulse', r.discharge_pulse, { optional })}
      ${sheet.row('field.discharge_temp_c', r.discharge_temp_c, { optional: true })}
      ${sheet.row('field.discharge_uterus_contracted', sheet.yesNo(r.discharge_uterus_contracted), { optional })}
      ${sheet.row('field.discharge_bleeding_normal', sheet.yesNo(r.discharge_bleeding_normal), { optional })}
    `),
  );
}

function treatment(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  return section(
    sheet,
    'slip.section_treatment',
    grid(html`
      ${sheet.row('field.treatment_given', r.treatment_given ? html`<span class="text-block">${r.treatment_given}</span>` : null, { wide: true })}
      ${sheet.row('field.discharge_medicines', r.discharge_medicines ? html`<span class="text-block">${r.discharge_medicines}</span>` : null, { wide: true })}
      ${sheet.row('field.ifa_180_given', sheet.yesNo(r.ifa_180_given))}
      ${sheet.row('field.calcium_360_given', sheet.yesNo(r.calcium_360_given))}
    `),
  );
}

function familyPlanning(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  if (!r.delivery_at) return html``;
  const when =
    r.ppfp_method === 'ppiucd'
      ? sheet.dateTime(r.ppiucd_at)
      : r.ppfp_method === 'pp_sterilisation'
        ? sheet.date(r.pp_sterilisation_at)
        : null;
  return section(
    sheet,
    'slip.section_family_planning',
    grid(html`
      ${sheet.row('field.ppfp_method', sheet.code('ppfp_method', r.ppfp_method) && [sheet.code('ppfp_method', r.ppfp_method), when].filter(Boolean).join(', '))}
      ${sheet.row('field.ppfp_counselled', sheet.yesNo(r.ppfp_counselled))}
    `),
  );
}

/** A standard text block, or the hospital's own from settings; Hindi first, English second. */
function textBlock(
  sheet: Sheet,
  titleKey: string,
  key: string,
  custom: { hi: string; en: string },
  extra?: Record<string, string>,
): SafeHtml {
  const standard = sheet.hindiFirst(key, extra);
  const hi = custom.hi || standard.hi;
  const en = custom.en || standard.en;
  const title = sheet.hindiFirst(titleKey);
  return html`<section class="advice">
    <h2>${title.hi} / ${title.en}</h2>
    <p class="text-block">${hi}</p>
    <p class="text-block">${en}</p>
  </section>`;
}

function followUp(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  const delivered = r.delivery_at ? localDate(r.delivery_at) : null;
  const live = r.babies.filter((b) => isLive(b) && !b.neonatal_death);
  const lscs = !!r.mode && LSCS_MODES.includes(r.mode);
  const pnc = delivered
    ? `${sheet.t('slip.day')} ${PNC_DAYS.map((d) => `${d}: ${sheet.date(addDays(delivered, d))!}`).join(', ')}`
    : null;
  const firstBirth = live[0]?.born_at ?? r.delivery_at;
  return section(
    sheet,
    'slip.section_follow_up',
    grid(html`
      ${delivered ? sheet.row('slip.pnc_visits', pnc, { wide: true }) : ''}
      ${live.length && firstBirth ? sheet.row('slip.six_week_vaccines', sheet.date(addDays(localDate(firstBirth), SIX_WEEKS))) : ''}
      ${sheet.row('field.follow_up_date', sheet.date(r.follow_up_date))}
      ${lscs ? sheet.row('slip.stitch_removal', null, { optional: true }) : ''}
    `),
  );
}

function registration(sheet: Sheet, r: EpisodeRecord, jsy: boolean): SafeHtml {
  const live = r.babies.filter(isLive);
  const status = (b: BabyRecord): string => {
    if (b.crs_registration_no) return sheet.t('slip.crs_registered', { no: b.crs_registration_no });
    if (b.crs_form1_submitted_at) return sheet.t('slip.crs_submitted', { date: sheet.date(b.crs_form1_submitted_at)! });
    if (b.crs_form1_printed_at) return sheet.t('slip.crs_printed', { date: sheet.date(b.crs_form1_printed_at)! });
    return sheet.t('slip.crs_not_prepared');
  };
  return section(
    sheet,
    'slip.section_registration',
    grid(html`
      ${live.map((b) => sheet.row('slip.birth_registration', status(b), { label: `${sheet.t('slip.birth_registration')} (${babyName(sheet, b.baby_order)})` }))}
      ${jsy && r.jsy_pmmvy_beneficiary ? sheet.row('field.jsy_pmmvy_beneficiary', sheet.t('slip.jsy_note'), { wide: true }) : ''}
      ${sheet.row('slip.ambulance', '102 / 108')}
      ${sheet.row('slip.mcp_card_entered', html`${choice(sheet.t('yes'))} ${choice(sheet.t('no'))}`)}
    `),
  );
}

function death(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  return section(
    sheet,
    'slip.section_death',
    grid(html`
      ${sheet.row('field.outcome_at', sheet.dateTime(r.outcome_at), { label: sheet.t('slip.death_at') })}
      ${sheet.row('field.maternal_death_cause', sheet.code('maternal_death_cause', r.maternal_death_cause))}
      ${sheet.row('field.fbmdr_done', sheet.yesNo(r.fbmdr_done) && [sheet.yesNo(r.fbmdr_done), sheet.date(r.fbmdr_date)].filter(Boolean).join(', '), { optional: true })}
      ${sheet.row('field.outcome_note', r.outcome_note, { wide: true, optional: true })}
    `),
  );
}

function lamaDeclaration(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  const text = sheet.hindiFirst('slip.lama_declaration');
  return html`<section class="advice keep">
    <h2>${sheet.t('slip.section_lama')}</h2>
    <p class="text-block">${text.hi}</p>
    <p class="text-block">${text.en}</p>
    ${grid(sheet.row('field.lama_declaration_signed', sheet.yesNo(r.lama_declaration_signed)))}
  </section>`;
}

export const dischargeTemplate: SlipTemplate = (sheet, r, _facility, print, options) => {
  const died = r.outcome === 'died';
  const body = html` ${section(sheet, 'slip.section_identity', grid(html`${identityRows(sheet, r)}${sheet.row('field.booked', sheet.code('booked', r.booked))}`))}
    ${stay(sheet, r)} ${died ? death(sheet, r) : ''} ${diagnosis(sheet, r, options)} ${delivery(sheet, r)} ${babies(sheet, r)}
    ${died ? '' : motherAtDischarge(sheet, r)} ${treatment(sheet, r)} ${died ? '' : familyPlanning(sheet, r)}
    ${died ? '' : textBlock(sheet, 'slip.section_advice', 'slip.advice_text', print.advice)}
    ${died ? '' : textBlock(sheet, 'slip.section_danger_signs', 'slip.danger_signs_text', print.danger_signs)}
    ${died ? '' : followUp(sheet, r)} ${registration(sheet, r, print.jsy_accredited)}
    ${r.outcome === 'lama' ? lamaDeclaration(sheet, r) : ''}
    <div class="signatures">
      ${signature(sheet, 'slip.sign_doctor', [print.doctor_name, print.doctor_designation, print.doctor_registration_no && `${sheet.t('slip.reg_no')}: ${print.doctor_registration_no}`])}
      ${signature(sheet, 'slip.sign_prepared_by', [options.preparedBy])}
      ${signature(sheet, r.outcome === 'lama' ? 'slip.sign_lama' : died ? 'slip.sign_relative' : 'slip.sign_received')}
    </div>`;
  return { titleKey: titleKey(r), patientName: r.mother_name ?? '', meta: metaLine(sheet, r), body };
};
