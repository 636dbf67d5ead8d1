import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n/translate';
import { dispatch } from '../api/dispatch';
import { LOCAL_ADMIN_SESSION } from '../session';
import type { CliCommand } from './command';
import { reportError } from '../report-error';
import { AppError } from '../../shared/errors';

const FORMATS: Record<string, 'json' | 'csv' | 'xlsx'> = { '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx' };

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a register file (.json exchange file, .csv or .xlsx, one row per mother). All or nothing.',
  usage: 'import FILE [--dry-run] [--data-dir DIR]',
  run: async (args, ctx) => {
    const { positionals, values } = parseArgs({
      args,
      strict: false,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, 'data-dir': { type: 'string' }, demo: { type: 'boolean' } },
    });
    const file = positionals[0];
    const format = file ? FORMATS[extname(file).toLowerCase()] : undefined;
    if (!file || !format) {
      console.error('Give a .json, .csv or .xlsx file.');
      return 2;
    }
    const bytes = readFileSync(file);
    const content = format === 'xlsx' ? bytes.toString('base64') : bytes.toString('utf8');
    const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'importRegister', {
      format,
      content,
      dry_run: values['dry-run'] === true,
    });
    if (!result.ok) {
      reportError(AppError.fromShape(result.error));
      return 2;
    }
    const r = result.data as {
      rows: number;
      created: number;
      duplicates: number;
      dry_run: boolean;
      errors: { line: number; field: string; message: string; params?: Record<string, string | number> }[];
      incomplete: { line: number; fields: string[] }[];
    };
    for (const e of r.errors) console.error(`line ${e.line}, ${e.field}: ${translate('en', e.message, e.params)}`);
    if (r.errors.length > 0) {
      console.error(`${r.errors.length} problems: nothing was imported. Fix the file and import it again.`);
      return 2;
    }
    console.log(`${r.rows} rows: ${r.created} ${r.dry_run ? 'would be ' : ''}created, ${r.duplicates} already in the register.`);
    for (const row of r.incomplete) {
      const fields = row.fields.map((f) => translate('en', `field.${f.replace(/^referral\./, '')}`)).join(', ');
      console.log(`line ${row.line}: closed but incomplete, to be completed on its record: ${fields}`);
    }
    return 0;
  },
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export the register (or the admissions between two dates) as the JSON exchange file.',
  usage: 'export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--include-aadhaar] [--out FILE] [--data-dir DIR]',
  run: async (args, ctx) => {
    const { values } = parseArgs({
      args,
      strict: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'include-aadhaar': { type: 'boolean' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
      },
    });
    const range = {
      ...(typeof values.from === 'string' ? { from: values.from } : {}),
      ...(typeof values.to === 'string' ? { to: values.to } : {}),
      include_aadhaar: values['include-aadhaar'] === true,
    };
    const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'exportRegister', range);
    if (!result.ok) {
      reportError(AppError.fromShape(result.error));
      return 2;
    }
    const { file_name, content } = result.data as { file_name: string; content: string };
    const out = typeof values.out === 'string' ? values.out : file_name;
    writeFileSync(out, content);
    console.log(`Wrote ${out}`);
    return 0;
  },
};
