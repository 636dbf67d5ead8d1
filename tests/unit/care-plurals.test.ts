import { describe, expect, it } from 'vitest';
import { unitText } from '../../src/shared/care/dashboard';
import { translate } from '../../src/shared/i18n/translate';

/* Count messages say "1 referral", "1 day", never "1 referrals" / "1 days" (issue 11; both languages). */

describe('count messages in the singular', () => {
  it.each([
    ['board.follow_up_link', {}, '1 referral without feedback: follow up', '{{n}} referrals without feedback: follow up'],
    ['followup.days', {}, '1 day', '{{n}} days'],
    ['followup.intro', {}, 'Left 1 or more days ago', 'Left {{n}} or more days ago'],
    ['crs_due.days_left', { date: '05-11-2026' }, '1 day left (by 05-11-2026)', '{{n}} days left (by 05-11-2026)'],
    ['crs_due.overdue', { date: '05-11-2026' }, 'Overdue by 1 day', 'Overdue by {{n}} days'],
    ['v.babies_count', {}, '1 baby entered', '{{n}} babies entered'],
    ['dhis2.panel.to_send', {}, '1 value will be sent.', '{{n}} values will be sent.'],
    ['dhis2.mapping.imported', {}, 'Imported 1 row.', 'Imported {{n}} rows.'],
    ['hmis.check.ambiguous_sex', {}, '1 live birth of ambiguous sex', '{{n}} live births of ambiguous sex'],
    ['hmis.check.manual_blank', {}, '1 item to enter by hand is blank', '{{n}} items to enter by hand are blank'],
    ['hmis.check.incomplete', {}, '1 record of the month lacks', '{{n}} records of the month lack'],
  ])('%s', (key, params, one, other) => {
    expect(translate('en', key, { ...params, count: 1 })).toContain(one);
    for (const n of [0, 2, 7]) expect(translate('en', key, { ...params, count: n })).toContain(other.replace('{{n}}', String(n)));
    // Hindi: the number is there and the sentence is Devanagari, for one and for many.
    for (const n of [1, 7]) {
      const hi = translate('hi', key, { ...params, count: n });
      expect(hi).toContain(String(n));
      expect(hi).toMatch(/[\u0900-\u097F]/);
      expect(hi).not.toContain('{{');
    }
  });

  it('the dashboard writes "1 day" late, "3 days" late', () => {
    const t = (key: string, params: { value: string; count: number }) => translate('en', key, params);
    expect(unitText('days', '1', t)).toBe('1 day');
    expect(unitText('days', '3', t)).toBe('3 days');
    expect(unitText('minutes', '1', t)).toBe('1 min');
  });

  it('Hindi plural nouns agree with one: पंक्ति, मान भेजा', () => {
    expect(translate('hi', 'dhis2.mapping.imported', { count: 1 })).toBe('1 पंक्ति आयात हुई।');
    expect(translate('hi', 'dhis2.mapping.imported', { count: 3 })).toBe('3 पंक्तियाँ आयात हुईं।');
    expect(translate('hi', 'dhis2.panel.to_send', { count: 1 })).toBe('1 मान भेजा जाएगा।');
  });
});
