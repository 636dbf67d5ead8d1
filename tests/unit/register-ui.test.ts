import { describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n/translate';
import { DEFAULT_REGISTER_POLICY } from '../../src/shared/register/policy';
import { bookQuery, defaultBookFilters, initialBookFilters, monthRange } from '../../src/renderer/src/register/book';
import { inputClock, parseDateInput, parseTimeInput, twelveHour } from '../../src/renderer/src/register/dateInput';
import {
  changedValues,
  convertDraft,
  correctedFields,
  fromDraftValue,
  rebaseDraft,
  toDraft,
  toDraftValue,
  typedNames,
} from '../../src/renderer/src/register/draft';
import { BABY_FIELD_KINDS, EPISODE_FIELD_KINDS } from '../../src/renderer/src/register/fields';
import { fieldText, formatValue, historyLine, pathLabel } from '../../src/renderer/src/register/format';
import { checkEpisodeForm } from '../../src/renderer/src/register/validate';
import { babyFieldVisible, episodeFieldVisible } from '../../src/renderer/src/register/visibility';

/*
 * The renderer's own logic, without a browser: what typed dates and times mean, form text ↔ register values,
 * which fields a form shows, how paths, values and history lines read, and the register book's query.
 */

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const hi = (key: string, params?: Record<string, string | number>) => translate('hi', key, params);
const clock = { timeZone: 'Asia/Kolkata', today: '2026-10-15', nowTime: '12:00' };

describe('typed dates and times', () => {
  it('reads DD-MM-YYYY in the ways clerks type it', () => {
    const date = (text: string, today = '2026-10-15') => parseDateInput(text, today);
    expect(date('05-10-2026')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('5/10/26')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('5.10.2026')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('०५-१०-२०२६')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('05102026')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('2026-10-05')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(date('  ')).toEqual({ kind: 'empty' });
    expect(date('31-02-2026')).toEqual({ kind: 'error' });
    expect(date('5-13-2026')).toEqual({ kind: 'error' });
    expect(date('tomorrow')).toEqual({ kind: 'error' });
  });

  it('understands today and yesterday in both languages', () => {
    for (const word of ['t', 'today', 'Today', 'aaj', 'आज'])
      expect(parseDateInput(word, '2026-03-01')).toEqual({ kind: 'ok', value: '2026-03-01' });
    for (const word of ['y', 'yesterday', 'kal', 'कल'])
      expect(parseDateInput(word, '2026-03-01')).toEqual({ kind: 'ok', value: '2026-02-28' });
  });

  it('puts a date without a year in this year, or last year when that would be in the future', () => {
    expect(parseDateInput('5-10', '2026-10-15')).toEqual({ kind: 'ok', value: '2026-10-05' });
    expect(parseDateInput('28-12', '2027-01-02')).toEqual({ kind: 'ok', value: '2026-12-28' });
    // A next visit is ahead: it stays in this year.
    expect(parseDateInput('28-12', '2026-12-02', { future: true })).toEqual({ kind: 'ok', value: '2026-12-28' });
    expect(parseDateInput('29-02', '2027-03-01')).toEqual({ kind: 'error' });
  });

  it('reads 24-hour and AM/PM times, and "now"', () => {
    const time = (text: string) => parseTimeInput(text, '09:41');
    expect(time('14:30')).toEqual({ kind: 'ok', value: '14:30' });
    expect(time('1430')).toEqual({ kind: 'ok', value: '14:30' });
    expect(time('2:30 pm')).toEqual({ kind: 'ok', value: '14:30' });
    expect(time('12:05 AM')).toEqual({ kind: 'ok', value: '00:05' });
    expect(time('१४:३०')).toEqual({ kind: 'ok', value: '14:30' });
    for (const word of ['n', 'now', 'abhi', 'अभी']) expect(time(word)).toEqual({ kind: 'ok', value: '09:41' });
    expect(time('25:00')).toEqual({ kind: 'error' });
    expect(time('13:00 pm')).toEqual({ kind: 'error' });
    expect(time('')).toEqual({ kind: 'empty' });
  });

  it('echoes a time on the 12-hour clock with the part of the day', () => {
    expect(twelveHour('00:05')).toEqual({ text: '12:05', pm: false, part: 'night' });
    expect(twelveHour('09:30')).toEqual({ text: '9:30', pm: false, part: 'morning' });
    expect(twelveHour('14:30')).toEqual({ text: '2:30', pm: true, part: 'afternoon' });
    expect(twelveHour('21:03')).toEqual({ text: '9:03', pm: true, part: 'night' });
  });

  it('takes "now" in the facility time zone, not the browser one', () => {
    expect(inputClock('Asia/Kolkata', Date.parse('2026-10-04T20:00:00Z'))).toEqual({
      timeZone: 'Asia/Kolkata',
      today: '2026-10-05',
      nowTime: '01:30',
    });
  });
});

describe('form text ↔ register values', () => {
  it('turns each kind of stored value into form text and back', () => {
    const roundTrip = (name: keyof typeof EPISODE_FIELD_KINDS, value: unknown) => {
      const kind = EPISODE_FIELD_KINDS[name];
      return fromDraftValue(kind, toDraftValue(kind, value), clock);
    };
    expect(toDraftValue(EPISODE_FIELD_KINDS.admission_at, '2026-10-05T14:30:00+05:30')).toEqual({
      date: '05-10-2026',
      time: '14:30',
    });
    expect(toDraftValue(EPISODE_FIELD_KINDS.lmp, '2026-01-20')).toBe('20-01-2026');
    expect(toDraftValue(EPISODE_FIELD_KINDS.booked, null)).toBe('');
    expect(toDraftValue(EPISODE_FIELD_KINDS.partograph_used, false)).toBe('no');
    expect(toDraftValue(EPISODE_FIELD_KINDS.complications, [])).toEqual([]);
    expect(toDraftValue(EPISODE_FIELD_KINDS.complications, null)).toBeNull();
    for (const [name, value] of [
      ['admission_at', '2026-10-05T14:30:00+05:30'],
      ['lmp', '2026-01-20'],
      ['age_years', 24],
      ['hb_g_dl', 9.5],
      ['mode', 'lscs_emergency'],
      ['partograph_used', true],
      ['partograph_used', false],
      ['complications', []],
      ['complications', ['pph', 'sepsis']],
      ['mother_name', 'सुनीता देवी'],
      ['mobile', null],
    ] as const) {
      expect(roundTrip(name, value), name).toEqual({ value });
    }
  });

  it('names what it cannot read, with the message keys the service uses', () => {
    const kinds = EPISODE_FIELD_KINDS;
    expect(fromDraftValue(kinds.age_years, '24.5', clock)).toEqual({ error: 'v.not_integer' });
    expect(fromDraftValue(kinds.age_years, 'twenty', clock)).toEqual({ error: 'v.number' });
    expect(fromDraftValue(kinds.age_years, '२४', clock)).toEqual({ value: 24 });
    expect(fromDraftValue(kinds.hb_g_dl, '9,5', clock)).toEqual({ value: 9.5 });
    expect(fromDraftValue(kinds.mobile, '98765 43210', clock)).toEqual({ value: '9876543210' });
    expect(fromDraftValue(kinds.admission_at, { date: '05-10-2026', time: '' }, clock)).toEqual({ error: 'v.time' });
    expect(fromDraftValue(kinds.admission_at, { date: '', time: '10:00' }, clock)).toEqual({ error: 'v.date' });
    expect(fromDraftValue(kinds.admission_at, { date: 't', time: '2:30 pm' }, clock)).toEqual({
      value: '2026-10-15T14:30:00+05:30',
    });
    expect(fromDraftValue(kinds.lmp, '31-31-2026', clock)).toEqual({ error: 'v.date' });
  });

  it('converts a form, sending hidden fields empty and naming problems by input path', () => {
    const draft = {
      ...toDraft(BABY_FIELD_KINDS, ['sex', 'outcome', 'birth_weight_g', 'bf_within_1h', 'vit_k'], {}),
      sex: 'M',
      outcome: 'fresh_still_birth',
      birth_weight_g: '1.9 kg',
      bf_within_1h: 'yes',
      vit_k: '15-10-2026',
    };
    const converted = convertDraft(BABY_FIELD_KINDS, Object.keys(draft), draft, clock, {
      pathPrefix: 'babies.1.',
      visible: (name) => babyFieldVisible(name, draft),
    });
    expect(converted.values).toEqual({ sex: 'M', outcome: 'fresh_still_birth', bf_within_1h: null, vit_k: null });
    expect(converted.issues).toEqual([
      { field: 'babies.1.birth_weight_g', message: 'v.number', params: { field: 'field.birth_weight_g' }, severity: 'error' },
    ]);
  });

  it('sends only changed fields, and calls replacing a saved value a correction', () => {
    const stored = { age_years: 24, mobile: null, complications: null, booked: 'booked' };
    const changed = changedValues({ age_years: 25, mobile: '9876543210', complications: null, booked: 'booked' }, stored);
    expect(changed).toEqual({ age_years: 25, mobile: '9876543210' });
    expect(correctedFields(changed, stored)).toEqual(['age_years']);
  });

  it('lays a kept draft over the record as it is now: typed entries stay, the rest follows the record', () => {
    const base = { mobile: '9876500000', ipd_no: '', age_years: '24' };
    const kept = { mobile: '9876500000', ipd_no: 'IPD/7', age_years: '24' };
    expect(typedNames(kept, base, Object.keys(kept))).toEqual(['ipd_no']);
    // The mobile was changed elsewhere since the draft was typed: the record's new number shows, not the old one.
    const now = { mobile: '9876511111', ipd_no: '', age_years: '24' };
    expect(rebaseDraft(kept, base, now)).toEqual({ mobile: '9876511111', ipd_no: 'IPD/7', age_years: '24' });
    // A draft kept before drafts carried their base is taken as it was.
    expect(rebaseDraft(kept, undefined, now)).toEqual(kept);
  });
});

describe('which fields a form shows', () => {
  it('follows the choices already made', () => {
    expect(episodeFieldVisible('referred_in_from_name', { admission_category: 'labour_pains' })).toBe(false);
    expect(episodeFieldVisible('referred_in_from_name', { admission_category: 'referred_in' })).toBe(true);
    expect(episodeFieldVisible('lscs_indication', { mode: 'lscs_emergency' })).toBe(true);
    expect(episodeFieldVisible('episiotomy', { mode: 'lscs_elective' })).toBe(false);
    // The delivery mode saved on the record decides in a form that does not show it.
    expect(
      episodeFieldVisible('pp_sterilisation_with_lscs', { ppfp_method: 'pp_sterilisation' }, { mode: 'lscs_emergency' }),
    ).toBe(true);
    expect(episodeFieldVisible('maternal_death_cause', { outcome: 'discharged' })).toBe(false);
    expect(episodeFieldVisible('discharge_condition', { outcome: 'discharged' })).toBe(true);
    expect(babyFieldVisible('bcg', { outcome: 'live' })).toBe(true);
    expect(babyFieldVisible('bcg', { outcome: 'macerated_still_birth' })).toBe(false);
    expect(babyFieldVisible('sex', { outcome: 'macerated_still_birth' })).toBe(true);
    expect(babyFieldVisible('neonatal_death_at', { outcome: 'live', neonatal_death: 'yes' })).toBe(true);
  });
});

describe('the form checks a save will meet', () => {
  const rules = { now: new Date('2026-10-15T12:00:00+05:30'), today: '2026-10-15', policy: DEFAULT_REGISTER_POLICY };

  it('finds the missing minimum and bad values with the service paths', () => {
    const issues = checkEpisodeForm({ before: null, fields: { mobile: '12345' }, stage: 'admit', rules });
    expect(issues.map((i) => `${i.field}:${i.message}`).sort()).toEqual([
      'fields.admission_at:v.required',
      'fields.age_years:v.age_or_dob',
      'fields.mobile:v.mobile',
      'fields.mother_name:v.required',
    ]);
  });

  it('lets a typing problem speak for its field instead of a rule', () => {
    const issues = checkEpisodeForm({
      before: null,
      fields: { mother_name: 'Sunita', age_years: 24 },
      stage: 'admit',
      rules,
      conversion: [
        { field: 'fields.admission_at', message: 'v.date', params: { field: 'field.admission_at' }, severity: 'error' },
      ],
    });
    expect(issues.map((i) => `${i.field}:${i.message}`)).toEqual(['fields.admission_at:v.date']);
  });

  it('asks only about warnings that the save would add', () => {
    const before = { mother_name: 'Sunita', age_years: 52, admission_at: '2026-10-15T06:00:00+05:30' };
    const same = checkEpisodeForm({ before, fields: { mobile: '9876543210' }, stage: 'admit', rules });
    expect(same).toEqual([]);
    const babies = [{ baby_order: 1, sex: 'F' as const, outcome: 'live' as const, birth_weight_g: 5200 }];
    const added = checkEpisodeForm({
      before,
      fields: {
        place_of_delivery: 'this_facility',
        delivery_at: '2026-10-15T09:00:00+05:30',
        mode: 'normal_vaginal',
        number_of_babies: 1,
      },
      babies,
      stage: 'deliver',
      rules,
    });
    expect(added.map((i) => `${i.field}:${i.message}:${i.severity}`)).toEqual([
      'babies.0.birth_weight_g:v.birth_weight_unusual:warning',
    ]);
  });
});

describe('paths, values and history in words', () => {
  it('names fields, babies by letter and the referral', () => {
    expect(pathLabel(en, 'fields.mobile')).toBe('Mobile');
    expect(pathLabel(en, 'babies.1.sex')).toBe('Baby B: Sex');
    expect(pathLabel(hi, 'babies[1].birth_weight_g')).toBe('शिशु A: जन्म के समय वज़न (ग्राम)');
    expect(pathLabel(en, 'referral.decision_at')).toBe('Referral: Decision to refer at');
    expect(pathLabel(en, 'referral.vitals.pulse')).toBe('Referral: Pulse');
    expect(fieldText(en, 'baby1_colour')).toBe('baby1_colour');
  });

  it('shows codes by their labels, yes/no, and dates as DD-MM-YYYY', () => {
    expect(formatValue(hi, EPISODE_FIELD_KINDS.mode, 'lscs_emergency')).toBe('सिज़ेरियन (आपातकालीन)');
    expect(formatValue(en, EPISODE_FIELD_KINDS.complications, ['pph', 'sepsis'])).toBe('PPH (bleeding after delivery), Sepsis');
    expect(formatValue(en, EPISODE_FIELD_KINDS.complications, [])).toBe('None');
    expect(formatValue(hi, EPISODE_FIELD_KINDS.partograph_used, true)).toBe('हाँ');
    expect(formatValue(en, EPISODE_FIELD_KINDS.lmp, '2026-01-20')).toBe('20-01-2026');
    expect(formatValue(en, EPISODE_FIELD_KINDS.delivery_at, '2026-10-05T02:30:00+05:30')).toBe('05-10-2026 02:30');
    expect(formatValue(en, EPISODE_FIELD_KINDS.blood_group, 'B+')).toBe('B+');
  });

  it('reads an audit row: who, when (facility time), field, before → after, reason', () => {
    const line = historyLine(
      en,
      {
        at: '2026-10-15T06:40:00.000Z',
        user_name: 'reception',
        action: 'update',
        entity: 'episode',
        field: 'babies[2].outcome',
        old_value: 'live',
        new_value: 'fresh_still_birth',
        reason: 'Copied wrongly',
      },
      'Asia/Kolkata',
    );
    expect(line).toEqual({
      at: '15-10-2026 12:10',
      user: 'reception',
      action: 'Changed',
      field: 'Baby B: Outcome',
      before: 'Live birth',
      after: 'Still birth (fresh)',
      reason: 'Copied wrongly',
    });
    const added = historyLine(
      hi,
      {
        at: '2026-10-15T06:40:00Z',
        user_name: 'x',
        action: 'update',
        entity: 'episode',
        field: 'babies[1]',
        old_value: null,
        new_value: { sex: 'F' },
        reason: null,
      },
      'Asia/Kolkata',
    );
    expect([added.field, added.before, added.after]).toEqual(['शिशु A', '', 'जोड़ा गया']);
    const voided = historyLine(
      en,
      {
        at: '2026-10-15T06:40:00Z',
        user_name: 'x',
        action: 'void',
        entity: 'episode',
        field: 'void_reason_code',
        old_value: null,
        new_value: 'duplicate',
        reason: 'Entered twice',
      },
      'Asia/Kolkata',
    );
    expect([voided.action, voided.after, voided.reason]).toEqual(['Voided', 'Duplicate entry', 'Entered twice']);
  });
});

describe('the register book query', () => {
  it('starts on this month and keeps only valid saved filters', () => {
    expect(initialBookFilters('2026-10-15', null)).toEqual(defaultBookFilters('2026-10-15'));
    expect(initialBookFilters('2026-10-15', '{not json')).toEqual(defaultBookFilters('2026-10-15'));
    const saved = JSON.stringify({ from: '2025-01', to: '2025-12', mode: 'lscs', sort: 'drop table', outcome: 'flew' });
    expect(initialBookFilters('2026-10-15', saved)).toMatchObject({
      from: '2025-01',
      to: '2025-12',
      mode: 'lscs',
      sort: 'serial',
      outcome: '',
    });
  });

  it('maps filters to listRegister and steps one month at a time', () => {
    const filters = {
      ...defaultBookFilters('2026-10-15'),
      from: '2026-12',
      to: '2025-01',
      text: ' sunita ',
      risk: 'no' as const,
      voided: false,
    };
    expect(bookQuery(filters)).toEqual({
      from_month: '2025-01',
      to_month: '2026-12',
      text: 'sunita',
      high_risk: false,
      include_voided: false,
      sort: 'serial',
      descending: false,
    });
    expect(monthRange('2026-01', -1)).toEqual({ from: '2025-12', to: '2025-12' });
    expect(monthRange('2026-12', 1)).toEqual({ from: '2027-01', to: '2027-01' });
  });
});
