/** Pure rules of the push module: version profiles, lock pre-check, conflict explanation, backoff, matching. */
import { describe, expect, it } from 'vitest';
import { explainConflicts } from '../../src/main/dhis2/conflicts';
import { computeLock, serverWallNow } from '../../src/main/dhis2/locking';
import { autoMatch } from '../../src/main/dhis2/mapping';
import type { DataSetInfo } from '../../src/main/dhis2/metadata';
import { readImportSummary } from '../../src/main/dhis2/server-responses';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/main/dhis2/queue';
import { profileOf } from '../../src/main/dhis2/version';

const DS: DataSetInfo = {
  id: 'Lr0MonthDS1',
  code: 'LRMonthlyDS',
  name: 'Labour room monthly',
  period_type: 'Monthly',
  expiry_days: 15,
  open_future_periods: 0,
  data_input_periods: [],
  elements: [
    {
      id: 'LrDelivTot1',
      code: 'LR_DELIV_TOTAL',
      name: 'Institutional deliveries',
      value_type: 'INTEGER',
      category_option_combos: [{ id: 'HllvX50cXC0', code: 'default', name: 'default' }],
    },
    {
      id: 'LrLiveBrth1',
      code: 'LR_LIVE_BIRTH',
      name: 'Live Birth',
      value_type: 'INTEGER',
      category_option_combos: [
        { id: 'CocMale0001', code: 'COC_MALE', name: 'Male' },
        { id: 'CocFemale01', code: 'COC_FEMALE', name: 'Female' },
      ],
    },
    {
      id: 'StillBrth01',
      code: 'HMIS_4_1_3_A',
      name: 'Stillbirth fresh',
      value_type: 'INTEGER',
      category_option_combos: [{ id: 'HllvX50cXC0', code: 'default', name: 'default' }],
    },
  ],
  org_units: [{ id: 'InFac000001', code: 'IN_FAC_0001' }],
};

describe('version profiles', () => {
  it.each([
    ['2.35.9', 'unsupported'],
    ['2.36.13', '2.36'],
    ['2.38.2', '2.37-2.41'],
    ['2.41.0.1', '2.37-2.41'],
    ['2.42.1', '2.42'],
    ['2.43-SNAPSHOT', '2.43+'],
    ['2.44.0', '2.43+'],
    ['nonsense', 'unsupported'],
  ])('%s → %s', (version, profile) => expect(profileOf(version)).toBe(profile));
});

describe('lock pre-check (dhis2.md §6)', () => {
  it('October with expiryDays 15 is open through 15 November and locked from the 16th (≤ 2.42 date rule)', () => {
    expect(computeLock(DS, '2026-10', '2026-11-03T10:15:00', false)).toEqual({
      state: 'open',
      days_left: 12,
      source: 'computed',
    });
    expect(computeLock(DS, '2026-10', '2026-11-15T23:59:59', false).state).toBe('open');
    expect(computeLock(DS, '2026-10', '2026-11-16T00:00:00', false).state).toBe('locked');
  });

  it('2.43: locked when now is past the start of the end day + expiryDays + 1', () => {
    expect(computeLock(DS, '2026-10', '2026-11-16T00:00:00', true).state).toBe('open');
    expect(computeLock(DS, '2026-10', '2026-11-16T00:00:01', true).state).toBe('locked');
  });

  it('expiryDays 0 never locks; data input periods replace the rules; future periods are closed', () => {
    expect(computeLock({ ...DS, expiry_days: 0 }, '2020-01', '2026-11-16T00:00:00', false).state).toBe('open');
    const windowed = {
      ...DS,
      data_input_periods: [{ period: '202610', opening: '2026-11-01T00:00:00.000', closing: '2026-11-07T23:59:59.000' }],
    };
    expect(computeLock(windowed, '2026-10', '2026-11-03T10:00:00', false)).toMatchObject({ state: 'open', days_left: 4 });
    expect(computeLock(windowed, '2026-10', '2026-11-08T10:00:00', false).state).toBe('not_open');
    expect(computeLock(windowed, '2026-09', '2026-11-03T10:00:00', false).state).toBe('not_open');
    expect(computeLock(DS, '2026-12', '2026-11-03T10:00:00', false).state).toBe('future');
  });

  it('reads the server clock in its own zone: a zoned serverDate is converted, a local one taken as is', () => {
    expect(serverWallNow('2026-11-15T18:31:00Z', 'Asia/Kolkata', new Date(0))).toBe('2026-11-16T00:01:00');
    expect(serverWallNow('2026-11-16T00:01:00.000', 'UTC', new Date(0))).toBe('2026-11-16T00:01:00');
    expect(serverWallNow(undefined, 'Asia/Kolkata', new Date('2026-11-15T18:31:00Z'))).toBe('2026-11-16T00:01:00');
  });
});

describe('server answers', () => {
  const rows = [
    {
      item_no: '2.2',
      data_element: { id: 'LrDelivTot1', code: 'LR_DELIV_TOTAL' },
      category_option_combo: { id: 'HllvX50cXC0', code: 'default' },
      value: '42',
    },
    {
      item_no: '4.1.1.a',
      data_element: { id: 'LrLiveBrth1', code: 'LR_LIVE_BIRTH' },
      category_option_combo: { id: 'CocMale0001', code: 'COC_MALE' },
      value: '20',
    },
    {
      item_no: '4.1.1.b',
      data_element: { id: 'LrLiveBrth1', code: 'LR_LIVE_BIRTH' },
      category_option_combo: { id: 'CocFemale01', code: 'COC_FEMALE' },
      value: '21',
    },
  ];

  it('reads wrapped and bare summaries and nothing else', () => {
    const summary = { status: 'WARNING', importCount: { imported: 1, updated: 0, ignored: 2, deleted: 0 }, conflicts: [] };
    expect(readImportSummary({ httpStatus: 'Conflict', response: summary })).toMatchObject({
      wrapped: true,
      summary: { status: 'WARNING' },
    });
    expect(readImportSummary(summary)).toMatchObject({ wrapped: false, summary: { importCount: { ignored: 2 } } });
    expect(readImportSummary('<html>login</html>')).toBeNull();
    expect(readImportSummary({ status: 'OK', message: 'hi' })).toBeNull();
    // Unknown or malformed extras do not break the reading.
    expect(readImportSummary({ status: 'SUCCESS', importCount: 'x', conflicts: [{ value: 1, indexes: 'no' }] })).toMatchObject({
      summary: { importCount: { imported: 0 }, conflicts: [{ value: '', indexes: undefined }] },
    });
  });

  it('maps conflicts to our items by indexes, by named ids (2.36), and −1 or the period to the whole report', () => {
    const explained = explainConflicts(
      [
        { errorCode: 'E7640', value: 'past expiry', object: '202610', indexes: [0, 1, 2] },
        { errorCode: 'E8122', value: 'bad', indexes: [2] },
        { object: 'COC_MALE', value: 'Category option combo not found' },
        { errorCode: 'E8103', value: 'decode', indexes: [-1] },
        { errorCode: 'E9999', value: 'new', objects: { dataElement: 'LrDelivTot1' } },
      ],
      rows,
    );
    expect(explained.map((c) => [c.kind, c.item_nos, c.values])).toEqual([
      ['period_locked', ['2.2', '4.1.1.a', '4.1.1.b'], ['42', '20', '21']],
      ['value_invalid', ['4.1.1.b'], ['21']],
      ['unknown', ['4.1.1.a'], ['20']],
      ['mapping', [], []],
      ['unknown', ['2.2'], ['42']],
    ]);
  });
});

describe('backoff', () => {
  it('2, 4, 8, 16 s, then every 15 min growing to an hour; jitter stays within ±20 %', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(DEFAULT_BACKOFF, n, mid))).toEqual([
      2000, 4000, 8000, 16000, 900000, 1800000, 3600000, 3600000,
    ]);
    expect(backoffDelay(DEFAULT_BACKOFF, 1, () => 0)).toBe(1600);
    expect(backoffDelay(DEFAULT_BACKOFF, 1, () => 0.999999)).toBe(2400);
  });
});

describe('auto-matching', () => {
  it('matches by code, by element + combo name, by a name starting with the item number; leaves ambiguity alone', () => {
    const result = autoMatch(
      [
        { item_no: '2.2', item_key: 'lr_deliv_total', wording: 'Number of Institutional Deliveries' },
        { item_no: '4.1.1.a', wording: 'Live Birth - Male' },
        { item_no: '4.1.3.a', wording: 'Fresh stillbirth' },
        { item_no: '4.1.2', wording: 'Live Birth' },
        { item_no: '9.9', wording: 'Nothing like it' },
      ],
      [],
      DS,
    );
    expect(result.rows.map((r) => [r.item_no, r.data_element, r.category_option_combo])).toEqual([
      ['2.2', 'LrDelivTot1', 'HllvX50cXC0'],
      ['4.1.1.a', 'LrLiveBrth1', 'CocMale0001'],
      ['4.1.3.a', 'StillBrth01', 'HllvX50cXC0'],
    ]);
    expect(result.unmatched).toEqual(['4.1.2', '9.9']);
  });

  it('keeps decisions already taken', () => {
    const existing = [
      {
        item_no: '2.2',
        excluded: true,
        data_element: '',
        data_element_code: '',
        data_element_name: '',
        category_option_combo: '',
        category_option_combo_code: '',
        category_option_combo_name: '',
        source: 'manual' as const,
        updated_at: '',
      },
    ];
    expect(autoMatch([{ item_no: '2.2', item_key: 'lr_deliv_total' }], existing, DS).rows).toEqual([]);
  });
});
