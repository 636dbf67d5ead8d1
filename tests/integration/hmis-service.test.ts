import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/context';
import { hmisMonthValues } from '../../src/main/hmis/values';
import type { HmisReport } from '../../src/shared/hmis/report';
import { call, fails } from '../helpers/api';
import { fixedClock, tempDir, testContext } from '../helpers/context';
import { makeFinal } from '../helpers/hmis-report';

/*
 * The report's life through the real contract: figures from a register entered through the register service,
 * entries and acknowledgements, submission (frozen snapshot + hash), edits after submission (reason required,
 * "changed since submission"), reopening, the export set read back, and the values handed to DHIS2.
 */

const T = (text: string) => `${text.replace(' ', 'T')}:00+05:30`;
const MONTH = '2026-10';
const FORMAT = 'hmis-2022-sb3';

async function deliveredWoman(
  ctx: AppContext,
  clock: ReturnType<typeof fixedClock>,
  at: { admit: string; deliver: string; leave: string },
  baby: { sex: 'M' | 'F'; birth_weight_g: number },
): Promise<number> {
  clock.set(T(at.leave).replace('+05:30', '+05:30'));
  const admitted = await call(ctx, 'admitMother', {
    fields: {
      mother_name: 'Sunita Devi',
      age_years: 24,
      admission_at: T(at.admit),
      admission_category: 'labour_pains',
      hiv_status: 'non_reactive',
      syphilis_status: 'non_reactive',
      hbsag_status: 'negative',
    },
  });
  const delivered = await call(ctx, 'recordDelivery', {
    id: admitted.record.id,
    version: admitted.record.version,
    fields: {
      place_of_delivery: 'this_facility',
      delivery_at: T(at.deliver),
      mode: 'normal_vaginal',
      number_of_babies: 1,
      gest_weeks: 39,
      complications: [],
    },
    babies: [{ baby_order: 1, outcome: 'live', bf_within_1h: true, resuscitation: 'none', ...baby }],
  });
  const closed = await call(ctx, 'recordOutcome', {
    id: admitted.record.id,
    version: delivered.record.version,
    fields: { outcome: 'discharged', outcome_at: T(at.leave), discharge_condition: 'stable', ppfp_method: 'none_declined' },
    // Some leave sooner than the policy's discharge hours: confirmed, as the clerk would.
    acknowledge_warnings: true,
  });
  await call(ctx, 'updateBabies', {
    id: admitted.record.id,
    version: closed.record.version,
    babies: [{ id: closed.record.babies[0]!.id, baby_order: 1, baby_exit: 'with_mother' }],
  });
  return admitted.record.id;
}

async function setup() {
  const clock = fixedClock('2026-10-22T12:00:00+05:30');
  const ctx = testContext({ clock });
  const a = await deliveredWoman(
    ctx,
    clock,
    { admit: '2026-10-19 06:00', deliver: '2026-10-19 10:00', leave: '2026-10-20 16:00' },
    { sex: 'F', birth_weight_g: 3000 },
  );
  const b = await deliveredWoman(
    ctx,
    clock,
    { admit: '2026-10-19 20:00', deliver: '2026-10-19 22:00', leave: '2026-10-21 23:00' },
    { sex: 'M', birth_weight_g: 2400 },
  );
  clock.set('2026-11-05T10:00:00+05:30');
  return { ctx, clock, a, b };
}

const value = (report: HmisReport, item: string) => report.items.find((i) => i.item_no === item)!;

describe('HMIS report through the contract', () => {
  it('opens on the last complete month in the settings’ format, with last month beside it', async () => {
    const { ctx } = await setup();
    const report = await call(ctx, 'getHmisReport', {});
    expect(report).toMatchObject({
      month: MONTH,
      previous_month: '2026-09',
      status: 'draft',
      version: 0,
      due_date: '2026-11-05',
    });
    expect(report.format.id).toBe(FORMAT);
    expect(value(report, '2.2')).toMatchObject({ value: 2, previous_value: 0, source: 'computed' });
    expect(value(report, '2.2.2').value).toBe(1);
    expect(value(report, '4.4.2').value).toBe(1);
    expect(value(report, '1.1')).toMatchObject({ value: null, source: 'manual' });
    const formats = await call(ctx, 'hmisFormats', {});
    expect(formats.map((f) => f.id).sort()).toEqual(['hmis-2017-chc-sdh-dh', 'hmis-2017-phc', 'hmis-2022-sb1', 'hmis-2022-sb3']);
  });

  it('refuses a month outside 1900–2099 by field (the fuzz test found year 0000 crashing the export)', async () => {
    const { ctx } = await setup();
    for (const [op, input] of [
      ['getHmisReport', { month: '0000-01' }],
      ['exportHmisReport', { month: '0000-01', final: false, destination: 'download' }],
      ['exportHmisReport', { month: '2100-01', final: false, destination: 'download' }],
    ] as const) {
      const error = await fails(ctx, op, input);
      expect(error, op).toMatchObject({ code: 'invalid_input', field: 'month' });
    }
  });

  it('keeps manual items, overrides and acknowledgements, refusing what an item does not allow', async () => {
    const { ctx } = await setup();
    const report = await call(ctx, 'getHmisReport', { month: MONTH });
    const computed = await fails(ctx, 'saveHmisInputs', {
      month: MONTH,
      format_id: FORMAT,
      version: 0,
      patch: { manual: { '2.2': { in_facility: 5, outreach: null } }, overrides: { '2.2': { value: 3, reason: 'more' } } },
    });
    expect(computed.issues?.map((i) => `${i.field}:${i.message}`)).toEqual([
      'manual.2.2:v.hmis_not_manual',
      'overrides.2.2:v.hmis_not_overridable',
    ]);
    const negative = await fails(ctx, 'saveHmisInputs', {
      month: MONTH,
      format_id: FORMAT,
      version: 0,
      patch: { manual: { '1.1': { in_facility: -1, outreach: null } } },
    });
    expect(negative.code).toBe('invalid_input');
    const saved = await call(ctx, 'saveHmisInputs', {
      month: MONTH,
      format_id: FORMAT,
      version: report.version,
      patch: {
        manual: { '1.1': { in_facility: 14, outreach: 3 } },
        overrides: { '14.3.1.d': { value: 40, reason: 'Other wards added' } },
      },
    });
    expect(value(saved, '1.1')).toMatchObject({ value: 14, outreach: 3, source: 'manual' });
    expect(value(saved, '14.3.1.d')).toMatchObject({
      value: 40,
      computed_value: 2,
      source: 'override',
      override_reason: 'Other wards added',
    });
    expect(saved.version).toBe(1);
    expect((await fails(ctx, 'saveHmisInputs', { month: MONTH, format_id: FORMAT, version: 0, patch: {} })).code).toBe(
      'conflict',
    );
    const audit = ctx.sqlite.prepare("SELECT field, new_value FROM audit_log WHERE entity = 'hmis_report' ORDER BY id").all();
    expect(audit).toEqual([
      { field: 'manual.1.1', new_value: JSON.stringify({ in_facility: 14, outreach: 3 }) },
      { field: 'overrides.14.3.1.d', new_value: JSON.stringify({ value: 40, reason: 'Other wards added' }) },
    ]);
  });

  it('submits only a final report, freezes it, and requires a reason for edits that change its figures', async () => {
    const { ctx, a } = await setup();
    const draft = await call(ctx, 'getHmisReport', { month: MONTH });
    expect(draft.finalisable).toBe(false);
    expect((await fails(ctx, 'submitHmisReport', { month: MONTH, format_id: FORMAT, version: draft.version })).message).toBe(
      'hmis.error.not_final',
    );
    const final = await makeFinal(ctx, draft);
    expect(final.finalisable).toBe(true);
    const submitted = await call(ctx, 'submitHmisReport', { month: MONTH, format_id: FORMAT, version: final.version });
    expect(submitted.status).toBe('submitted');
    expect(submitted.changes).toEqual({ submitted_at: submitted.submitted_at, records_changed: false, items: [] });
    const frozen = await fails(ctx, 'saveHmisInputs', { month: MONTH, format_id: FORMAT, version: submitted.version, patch: {} });
    expect(frozen.message).toBe('hmis.error.submitted');

    // A counted value changes (vaginal → LSCS): refused without a reason, nothing saved.
    const record = await call(ctx, 'getEpisode', { id: a });
    const refused = await fails(ctx, 'updateEpisode', {
      id: a,
      version: record.record.version,
      fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
    });
    expect(refused.issues?.[0]).toMatchObject({
      field: 'reason',
      message: 'v.reason_after_submission',
      params: { month: MONTH },
    });
    expect(String(refused.issues?.[0]?.params?.items)).toContain('3.1');
    expect((await call(ctx, 'getEpisode', { id: a })).record).toMatchObject({
      mode: 'normal_vaginal',
      version: record.record.version,
    });

    // A field no item reads needs no reason.
    await call(ctx, 'updateEpisode', { id: a, version: record.record.version, fields: { mobile: '9876543210' } });
    expect((await call(ctx, 'getHmisReport', { month: MONTH })).changes).toMatchObject({ records_changed: false, items: [] });

    const current = await call(ctx, 'getEpisode', { id: a });
    await call(ctx, 'updateEpisode', {
      id: a,
      version: current.record.version,
      fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
      reason: 'Caesarean entered as normal by mistake',
    });
    const after = await call(ctx, 'getHmisReport', { month: MONTH });
    expect(after.status).toBe('submitted');
    // The screen keeps what was submitted, and shows what differs now.
    expect(value(after, '3.1').value).toBe(0);
    expect(after.changes!.records_changed).toBe(true);
    expect(after.changes!.items).toEqual([{ item_no: '3.1', submitted: 0, current: 1 }]);
    // The DHIS2 side gets the submitted figures.
    expect(hmisMonthValues(ctx, MONTH).items.find((i) => i.item_no === '3.1')!.value).toBe(0);

    const reopened = await call(ctx, 'reopenHmisReport', {
      month: MONTH,
      format_id: FORMAT,
      version: after.version,
      reason: 'District asked for the correction',
    });
    expect(reopened).toMatchObject({ status: 'draft', changes: null });
    expect(value(reopened, '3.1').value).toBe(1);
    const audit = ctx.sqlite
      .prepare("SELECT action, field, reason FROM audit_log WHERE entity = 'hmis_report' AND field = 'status' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { action: 'update', field: 'status', reason: expect.stringMatching(/^inputs [0-9a-f]{12}$/) },
      { action: 'reopen', field: 'status', reason: 'District asked for the correction' },
    ]);
  });

  it('notices edits to counted records that leave the figures the same', async () => {
    const { ctx, b } = await setup();
    const final = await makeFinal(ctx, await call(ctx, 'getHmisReport', { month: MONTH }));
    await call(ctx, 'submitHmisReport', { month: MONTH, format_id: FORMAT, version: final.version });
    const record = await call(ctx, 'getEpisode', { id: b });
    // 2400 g → 2450 g: still under 2500 g, so no item changes and no reason is needed.
    await call(ctx, 'updateBabies', {
      id: b,
      version: record.record.version,
      babies: [{ id: record.record.babies[0]!.id, baby_order: 1, birth_weight_g: 2450 }],
    });
    expect((await call(ctx, 'getHmisReport', { month: MONTH })).changes).toMatchObject({ records_changed: true, items: [] });
  });

  it('hands DHIS2 the month’s values in a simple shape', async () => {
    const { ctx } = await setup();
    const values = hmisMonthValues(ctx, MONTH);
    expect(values).toMatchObject({
      format_id: FORMAT,
      month: MONTH,
      facility: { name: 'Prasav Hospital', hmis_facility_code: '' },
    });
    expect(values.items.find((i) => i.item_no === '2.2')).toEqual({
      item_no: '2.2',
      item_key: 'deliveries.institutional',
      wording: 'Number of Institutional Deliveries conducted (Including C-Sections)',
      value: 2,
    });
    expect(values.items.find((i) => i.item_no === '1.1')!.value).toBeNull();
  });
});

describe('HMIS export set', () => {
  it('produces XLSX, PDF, CSV and JSON in one go, laid out as documented; a draft says so in every file', async () => {
    const { ctx } = await setup();
    const refused = await fails(ctx, 'exportHmisReport', { month: MONTH, final: true, destination: 'download' });
    expect(refused.message).toBe('hmis.error.not_final');
    const result = await call(ctx, 'exportHmisReport', { month: MONTH, final: false, destination: 'download' });
    expect(result.files.map((f) => f.name)).toEqual([
      'HMIS_facility_2026-10_hmis-2022-sb3_DRAFT.xlsx',
      'HMIS_facility_2026-10_hmis-2022-sb3_DRAFT.pdf',
      'HMIS_facility_2026-10_hmis-2022-sb3_DRAFT.csv',
      'HMIS_facility_2026-10_hmis-2022-sb3_DRAFT.json',
    ]);
    const bytes = (ext: string) => Buffer.from(result.files.find((f) => f.name.endsWith(ext))!.base64!, 'base64');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes('.xlsx') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report')!;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      'Format version', 'State', 'District', 'Sub-district/Block', 'Facility name', 'Facility type', 'Ownership', 'Reporting month', 'Generated at',
    ]); // prettier-ignore
    expect(sheet.getCell('B1').value).toBe(FORMAT);
    expect(sheet.getCell('B8').value).toBe(MONTH);
    expect(String(sheet.getCell('D1').value)).toContain('DRAFT');
    expect(sheet.getRow(10).cellCount).toBe(0);
    expect((sheet.getRow(11).values as unknown[]).slice(1)).toEqual([
      'Item No.',
      'Section',
      'Data Item',
      'In-facility',
      'Outreach',
      'Item Key',
      'Source',
      'Remarks',
    ]);
    expect(sheet.getCell('A12').value).toBe(result.report.items[0]!.item_no);
    const rowOf = (no: string) => result.report.items.findIndex((i) => i.item_no === no) + 12;
    // Item numbers are text (14.10 must not become 14.1), values integers, blanks blank.
    expect(sheet.getCell(`A${rowOf('14.10')}`).value).toBe('14.10');
    expect(sheet.getCell(`D${rowOf('2.2')}`).value).toBe(2);
    expect(sheet.getCell(`F${rowOf('2.2')}`).value).toBe('deliveries.institutional');
    expect(sheet.getCell(`D${rowOf('1.1')}`).value).toBeNull();
    expect(sheet.getCell(`G${rowOf('1.1')}`).value).toBe('manual');
    const checks = workbook.getWorksheet('Checks')!;
    expect((checks.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Rule', 'Target', 'Expression', 'Result']);
    expect(checks.rowCount).toBe(result.report.checks.length + 1);

    const csv = bytes('.csv').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[10]).toBe('Item No.,Section,Data Item,In-facility,Outreach,Item Key,Source,Remarks');
    expect(lines[rowOf('2.2') - 1]).toBe(
      '2.2,M2,Number of Institutional Deliveries conducted (Including C-Sections),2,,deliveries.institutional,computed,',
    );

    const json = JSON.parse(bytes('.json').toString('utf8'));
    expect(json).toMatchObject({ export_schema: 1, status: 'draft', report: { month: MONTH, format: { id: FORMAT } } });

    const dir = tempDir();
    writeFileSync(join(dir, 'r.pdf'), bytes('.pdf'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-']).toString();
    expect(text).toContain('Prasav Hospital');
    expect(text).toContain('अक्टूबर 2026 / October 2026');
    expect(text).toMatch(/2\.2\s+Number of Institutional Deliveries conducted \(Including C-Sections\)\s+2/);
    const flow = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'])
      .toString()
      .replace(/\s+/g, ' ');
    expect(flow).toContain('DRAFT – not for submission');
    expect(flow).toContain('Medical officer / in-charge (seal)');
  });

  it('writes a final set into the folder the desktop user picks, and nothing when the choice is cancelled', async () => {
    const { ctx } = await setup();
    await makeFinal(ctx, await call(ctx, 'getHmisReport', { month: MONTH }));
    expect((await fails(ctx, 'exportHmisReport', { month: MONTH, final: true, destination: 'folder' })).message).toBe(
      'hmis.error.no_folder',
    );
    // Stand-in for Electron's folder dialog (no Electron here): the handler writes where it answers.
    const folder = tempDir();
    let answer: string | null = null;
    ctx.chooseFolder = async () => answer;
    const cancelled = await call(ctx, 'exportHmisReport', { month: MONTH, final: true, destination: 'folder' });
    expect(cancelled).toMatchObject({ cancelled: true, files: [] });
    expect(readdirSync(folder)).toEqual([]);
    answer = folder;
    const saved = await call(ctx, 'exportHmisReport', { month: MONTH, final: true, destination: 'folder' });
    expect(saved.folder).toBe(folder);
    expect(saved.files.every((f) => f.base64 === null && f.size > 0)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(
      ['csv', 'json', 'pdf', 'xlsx'].map((ext) => `HMIS_facility_2026-10_hmis-2022-sb3.${ext}`),
    );
    expect(saved.report.final_exported_at).not.toBeNull();
    expect(readFileSync(join(folder, 'HMIS_facility_2026-10_hmis-2022-sb3.csv'), 'utf8')).toContain(',FINAL');
  });

  it('fills a district template through a map file, touching only the mapped cells', async () => {
    const { ctx } = await setup();
    const dir = join(ctx.dataDir, 'hmis-templates');
    mkdirSync(dir);
    const template = new ExcelJS.Workbook();
    const sheet = template.addWorksheet('HMIS');
    sheet.getCell('A1').value = 'Monthly report (district template)';
    sheet.getCell('A5').value = 'Institutional deliveries';
    await template.xlsx.writeFile(join(dir, 'kishanganj.xlsx'));
    writeFileSync(
      join(dir, 'kishanganj.json'),
      JSON.stringify({
        template_map: 1,
        template_id: 'kishanganj-2026',
        format_id: FORMAT,
        sheet: 'HMIS',
        header_cells: { facility_name: 'B2', month: 'B3' },
        items: { '2.2': { in_facility: 'C5', outreach: 'D5' }, '4.4.2': { in_facility: 'C6' } },
      }),
    );
    const result = await call(ctx, 'exportHmisReport', { month: MONTH, final: false, destination: 'download' });
    const filled = result.files.find((f) => f.name.endsWith('_kishanganj-2026.xlsx'))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(filled.base64!, 'base64') as unknown as ArrayBuffer);
    const out = book.getWorksheet('HMIS')!;
    expect([out.getCell('A1').value, out.getCell('A5').value]).toEqual([
      'Monthly report (district template)',
      'Institutional deliveries',
    ]);
    expect([out.getCell('B2').value, out.getCell('B3').value, out.getCell('C5').value, out.getCell('C6').value]).toEqual([
      'Prasav Hospital',
      MONTH,
      2,
      1,
    ]);
    expect(existsSync(join(dir, 'kishanganj.json'))).toBe(true);

    writeFileSync(
      join(dir, 'kishanganj.json'),
      JSON.stringify({
        template_map: 1,
        template_id: 'x',
        format_id: FORMAT,
        sheet: 'HMIS',
        header_cells: {},
        items: { '2.2': { in_facility: 'five' } },
      }),
    );
    const bad = await fails(ctx, 'exportHmisReport', { month: MONTH, final: false, destination: 'download' });
    expect(bad.issues?.map((i) => `${i.field}:${i.message}`)).toEqual(['kishanganj.json: items.2.2.in_facility:v.hmis_cell']);
  });
});
