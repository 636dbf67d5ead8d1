import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../src/main/hmis/export/xlsx';
import type { HmisReport } from '../../src/shared/hmis/report';
import { call } from '../helpers/api';
import { fixedClock, testContext } from '../helpers/context';

/** The Checks sheet as exceljs reads it back: rule → [Result, Message, Message (Hindi)]. */
async function checksSheet(report: HmisReport): Promise<Map<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await reportWorkbook(report, 'draft')) as unknown as ArrayBuffer);
  const rows = new Map<string, string[]>();
  workbook.getWorksheet('Checks')!.eachRow((row, n) => {
    if (n > 1)
      rows.set(
        `${row.getCell(1).value}:${row.getCell(2).value ?? ''}`,
        [4, 6, 7].map((c) => String(row.getCell(c).value)),
      );
  });
  return rows;
}

describe('HMIS export: the Checks sheet', () => {
  it('writes filled messages in both languages, never a per-item rule template', async () => {
    const ctx = testContext({ clock: fixedClock('2026-11-05T10:00:00+05:30') });
    const report = await call(ctx, 'getHmisReport', { month: '2026-10' });
    const spike = report.checks.find((c) => c.rule_id === 'V23a')!;
    // Nothing to flag in an empty register: the rule passed, and its message is still the per-item template.
    expect(spike.passed).toBe(true);
    expect(spike.message.en).toContain('{{item}}');

    // The other trend rule unable to run (too little history), and the spike rule flagging one item (filled).
    const others = report.checks.filter((c) => c.rule_id !== 'V23b');
    const repeated = { ...spike, rule_id: 'V23b', passed: null };
    const flagged = {
      ...spike,
      target: '2.2',
      passed: false,
      message: { en: 'Item 2.2: 9 is more than 2 times…', hi: 'मद 2.2: 9 …' },
    };
    const sheet = await checksSheet({ ...report, checks: [...others, repeated, flagged] });

    for (const [rule, cells] of sheet) for (const text of cells) expect(text, rule).not.toMatch(/\{\{\s*\w+\s*\}\}/);
    expect(sheet.get('V23b:')).toEqual([
      'not applicable',
      'Not applicable: fewer past months on record than this rule compares.',
      'लागू नहीं: इस नियम की तुलना के लिए पिछले महीनों का रिकॉर्ड कम है।',
    ]);
    expect(sheet.get('V23a:')).toEqual([
      'passed',
      'Passed: no item flagged by this rule.',
      'पास: इस नियम में कोई मद चिह्नित नहीं हुआ।',
    ]);
    expect(sheet.get('V23a:2.2')).toEqual(['failed', 'Item 2.2: 9 is more than 2 times…', 'मद 2.2: 9 …']);
  });
});
