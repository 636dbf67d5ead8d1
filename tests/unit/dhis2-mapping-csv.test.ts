import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../src/shared/csv';
import { AppError } from '../../src/shared/errors';
import { translate } from '../../src/shared/i18n/translate';
import { MAPPING_COLUMNS, mappingFromCsv, mappingToCsv } from '../../src/main/dhis2/mapping-csv';

const HEADER = MAPPING_COLUMNS.join(',');

function issuesOf(text: string): string[] {
  try {
    mappingFromCsv(text);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (error.issues ?? []).map((i) => `${i.field}: ${translate('en', i.message, i.params)}`);
  }
  return [];
}

describe('CSV', () => {
  it('parses quotes, commas, line breaks inside quotes, CRLF and a BOM, with the starting line of each record', () => {
    const text = '\uFEFFa,b\r\n"x, ""y""","line 1\nline 2"\r\n\r\nlast,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'line 1\nline 2'] },
      { line: 5, fields: ['last', ''] },
    ]);
  });

  it('round-trips any table (property)', () => {
    const cell = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows
          .map((r) => [...r.slice(0, width), ...Array(Math.max(0, width - r.length)).fill('x')])
          .filter((r) => !(r.length === 1 && r[0] === ''));
        const parsed = parseCsv(writeCsv(table)).map((r) => r.fields);
        expect(parsed).toEqual(table.filter((r) => !r.every((c) => c === '') || r.length > 1));
      }),
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(writeCsv([['=HYPERLINK("http://x")', '+1', 'ok']])).toBe('\uFEFF"\'=HYPERLINK(""http://x"")",\'+1,ok\r\n');
  });
});

describe('mapping CSV', () => {
  it('exports and re-imports the same rows', () => {
    const rows = [
      {
        item_no: '4.1.1.a',
        excluded: false,
        data_element: 'LrLiveBrth1',
        data_element_code: 'LR_LIVE_BIRTH',
        data_element_name: 'Live Birth, all',
        category_option_combo: 'CocMale0001',
        category_option_combo_code: 'COC_MALE',
        category_option_combo_name: 'Male',
        source: 'auto' as const,
        updated_at: '2026-11-03T00:00:00.000Z',
      },
      {
        item_no: '4.1.3.a',
        excluded: true,
        data_element: '',
        data_element_code: '',
        data_element_name: '',
        category_option_combo: '',
        category_option_combo_code: '',
        category_option_combo_name: '',
        source: 'manual' as const,
        updated_at: '2026-11-03T00:00:00.000Z',
      },
    ];
    expect(mappingFromCsv(mappingToCsv(rows))).toEqual(rows.map(({ source: _s, updated_at: _u, ...r }) => r));
  });

  it('reports every bad row with its line and the field, in words', () => {
    const text = [
      HEADER,
      '4.1.1.a,no,LrLiveBrth1,,,CocMale0001,,',
      '4.1.1.b,maybe,LrLiveBrth1,,,,,',
      '2.2,no,not-a-uid,,,,,',
      '3.1,no,,,,,,',
      '4.1.1.a,no,LrLiveBrth1,,,CocFemale01,,',
      'bad item!,yes,,,,,,',
      'too,few',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'csv.3.excluded: Not sent must be yes or no.',
      'csv.4.data_element: Data element must be a DHIS2 id: 11 letters or digits, starting with a letter.',
      'csv.5.data_element: Data element is required.',
      'csv.6.item_no: Item no. is already mapped on line 2.',
      'csv.7.item_no: Item no. must be an item number like 4.1.3.a.',
      'csv.8: Line 8: expected 8 cells.',
    ]);
  });

  it('names missing header columns and unclosed quotes', () => {
    expect(issuesOf('item_no,excluded\n1,no')).toEqual([
      'csv.1: Line 1: the header must name the columns data_element, data_element_code, data_element_name, category_option_combo, category_option_combo_code, category_option_combo_name.',
    ]);
    expect(issuesOf(`${HEADER}\n"2.2,no,,,,,,`)).toEqual(['csv.2: Line 2: a quoted cell is never closed.']);
    expect(issuesOf('')).toHaveLength(1);
  });

  it('never throws anything but an invalid_input AppError, whatever the bytes (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `${HEADER}\n${s}`),
        ),
        (text) => {
          try {
            const rows = mappingFromCsv(text);
            for (const row of rows) expect(row.excluded || /^[A-Za-z][A-Za-z0-9]{10}$/.test(row.data_element)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).code).toBe('invalid_input');
            for (const issue of (error as AppError).issues ?? [])
              expect(translate('hi', issue.message, issue.params)).not.toMatch(/^v\./);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
