import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { templateColumns } from '../../src/main/register/exchange/table';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import { exchangeJsonSchema } from '../../src/shared/register/exchange-schema';
import { fixedClock, testContext } from '../helpers/context';

async function call<N extends OpName>(ctx: AppContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as OpOutput<N>;
}

const context = () => testContext({ clock: fixedClock('2026-10-20T12:00:00+05:30') });

const CSV = [
  'mother_name,age_years,admission_at,relation_type,relative_name,village_ward,mobile,delivery_at,mode,place_of_delivery,number_of_babies,baby1_sex,baby1_outcome,baby1_birth_weight_g,baby1_bf_within_1h,baby2_sex,baby2_outcome,baby2_birth_weight_g,complications,outcome,outcome_at,discharge_condition,#clerk note',
  'सुनीता देवी,24,05-10-2026 06:10,wife_of,रमेश यादव,Belwa,9876543210,05-10-2026 9:40 am,normal_vaginal,this_facility,2,F,live,2100,हाँ,M,fresh_still_birth,1900,pph;sepsis,discharged,07-10-2026 10:00,stable,twins',
  '"Khatoon, Shabnam",19,2026-10-06 23:15,wife_of,Mohammad Alam,Dogachhi,7004001234,,,,,,,,,,,,,,,,',
].join('\r\n');

describe('register exchange: spreadsheets', () => {
  it('imports one row per mother with baby columns, and the same file again creates nothing', async () => {
    const ctx = context();
    const first = await call(ctx, 'importRegister', { format: 'csv', content: `\uFEFF${CSV}` });
    expect(first).toMatchObject({ rows: 2, created: 2, duplicates: 0, errors: [] });
    const again = await call(ctx, 'importRegister', { format: 'csv', content: CSV });
    expect(again).toMatchObject({ rows: 2, created: 0, duplicates: 2, errors: [] });
    const [sunita] = await call(ctx, 'findEpisodes', { query: 'sunita' });
    const detail = await call(ctx, 'getEpisode', { id: sunita!.id });
    expect(detail.record).toMatchObject({
      serial_no: '2026/0001',
      record_state: 'closed',
      admission_at: '2026-10-05T06:10:00+05:30',
      delivery_at: '2026-10-05T09:40:00+05:30',
      complications: ['pph', 'sepsis'],
      number_of_babies: 2,
    });
    expect(
      detail.record.babies.map((b) => [b.baby_order, b.sex, b.outcome, b.birth_weight_g, b.bf_within_1h, b.born_at]),
    ).toEqual([
      [1, 'F', 'live', 2100, true, '2026-10-05T09:40:00+05:30'],
      [2, 'M', 'fresh_still_birth', 1900, null, '2026-10-05T09:40:00+05:30'],
    ]);
    const [shabnam] = await call(ctx, 'findEpisodes', { query: 'शबनम' });
    expect(shabnam).toMatchObject({ mother_name: 'Khatoon, Shabnam', record_state: 'admitted', serial_no: '2026/0002' });
  });

  it('reports every bad row with its line and field, and imports nothing', async () => {
    const ctx = context();
    const bad = [
      'mother_name,age_years,admission_at,mobile,baby1_birth_weight_g,delivery_at,mode,place_of_delivery,baby1_sex,baby1_outcome,favourite_colour',
      'Rina,24,05-10-2026 06:10,12345,,,,,,,',
      ',30,31-02-2026 10:00,9876543210,,,,,,,',
      'Puja,abc,06-10-2026 07:00,,7000,06-10-2026 08:00,normal_vaginal,this_facility,F,live,',
      'Kajal,22,01-12-2026 10:00,,,,,,,,',
    ].join('\n');
    const result = await call(ctx, 'importRegister', { format: 'csv', content: bad });
    expect(result.created).toBe(0);
    expect(result.errors.map((e) => `${e.line}:${e.field}:${e.message}`).sort()).toEqual(
      [
        '1:favourite_colour:v.unknown_column',
        '2:mobile:v.mobile',
        '3:admission_at:v.date_time',
        '4:age_years:v.number',
        '5:admission_at:v.future',
      ].sort(),
    );
    expect(await call(ctx, 'findEpisodes', { query: 'rina' })).toEqual([]);
    const weight = await call(ctx, 'importRegister', {
      format: 'csv',
      content:
        'mother_name,age_years,admission_at,delivery_at,mode,place_of_delivery,baby1_sex,baby1_outcome,baby1_birth_weight_g\nPuja,22,06-10-2026 07:00,06-10-2026 08:00,normal_vaginal,this_facility,F,live,7000',
    });
    expect(weight.errors).toEqual([expect.objectContaining({ line: 2, field: 'babies.0.birth_weight_g', message: 'v.too_big' })]);
  });

  it('reads an XLSX sheet (dates as Excel dates) the same way', async () => {
    const ctx = context();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['mother_name', 'age_years', 'admission_at', 'lmp', 'mobile']);
    sheet.addRow(['Priyanka Kumari', 21, new Date(Date.UTC(2026, 9, 8, 14, 30)), new Date(Date.UTC(2026, 0, 12)), '9123456780']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await call(ctx, 'importRegister', { format: 'xlsx', content });
    expect(result).toMatchObject({ rows: 1, created: 1, errors: [] });
    const [found] = await call(ctx, 'findEpisodes', { query: 'प्रियंका' });
    const detail = await call(ctx, 'getEpisode', { id: found!.id });
    expect(detail.record).toMatchObject({ admission_at: '2026-10-08T14:30:00+05:30', lmp: '2026-01-12', mobile: '9123456780' });
  });

  it('refuses a file that is not what it claims', async () => {
    const ctx = context();
    const xlsx = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'importRegister', {
      format: 'xlsx',
      content: Buffer.from('not a zip').toString('base64'),
    });
    expect(xlsx).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'error.import_unreadable' } });
    const json = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'importRegister', {
      format: 'json',
      content: '{"format":"other","version":3}',
    });
    expect(json).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'error.import_format' } });
  });

  it('documents every importable column', () => {
    const columns = templateColumns();
    expect(columns).toEqual(expect.arrayContaining(['mother_name', 'admission_at', 'baby1_sex', 'baby2_birth_weight_g']));
    expect(columns).not.toContain('baby1_baby_order');
  });
});

describe('register exchange: JSON', () => {
  it('exports and re-imports the register with identical content, once', async () => {
    const source = context();
    await call(source, 'importRegister', { format: 'csv', content: CSV });
    const [sunita] = await call(source, 'findEpisodes', { query: 'sunita' });
    await call(source, 'updateEpisode', {
      id: sunita!.id,
      version: 1,
      fields: { rch_id: '123456789012' },
      reason: 'from MCP card',
    });
    const exported = await call(source, 'exportRegister', {});
    const target = context();
    expect(await call(target, 'importRegister', { format: 'json', content: exported.content })).toMatchObject({
      rows: 2,
      created: 2,
      errors: [],
    });
    expect(await call(target, 'importRegister', { format: 'json', content: exported.content })).toMatchObject({
      rows: 2,
      created: 0,
      duplicates: 2,
    });
    const reexported = await call(target, 'exportRegister', {});
    const withoutImportRows = (text: string) =>
      (JSON.parse(text) as { episodes: { history: { action: string }[] }[] }).episodes.map((e) => ({
        ...e,
        history: e.history.filter((h) => h.action !== 'import'),
      }));
    expect(withoutImportRows(reexported.content)).toEqual(withoutImportRows(exported.content));
    const history = await call(target, 'episodeHistory', {
      id: (await call(target, 'findEpisodes', { query: 'sunita' }))[0]!.id,
    });
    expect(history.map((h) => h.field)).toContain('rch_id');
  });

  it('reports bad records by position and field', async () => {
    const ctx = context();
    const exported = JSON.parse((await call(testContext(), 'exportRegister', {})).content) as { episodes: unknown[] };
    exported.episodes = [{ uid: 'x' }];
    const result = await call(ctx, 'importRegister', { format: 'json', content: JSON.stringify(exported) });
    expect(result.created).toBe(0);
    expect(result.errors.length).toBeGreaterThan(5);
    expect(result.errors.every((e) => e.line === 1)).toBe(true);
    expect(result.errors.map((e) => e.field)).toContain('serial_no');
  });

  it('keeps the published JSON Schema in step with the zod schemas (npm run schema)', () => {
    const published = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'register-exchange.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(exchangeJsonSchema())));
  });
});
