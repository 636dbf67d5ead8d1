import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { HmisReport } from '../../shared/hmis/report';

import { exportFiles, writeFiles } from '../hmis/export';

import { monthOption, screenCall, type CliCommand } from './command';

function printReport(report: HmisReport): void {
  console.log(`${report.header.hospital_name} — HMIS ${report.month} — ${report.format.id} (${report.status})`);
  for (const item of report.items) {
    const value = item.value === null ? '' : String(item.value);
    const note = item.source === 'computed' ? '' : ` [${item.source}]`;
    console.log(`${item.item_no.padEnd(10)} ${value.padStart(6)}  ${item.wording_en.slice(0, 90)}${note}`);
  }
  const failed = report.checks.filter((c) => c.passed === false);
  for (const c of failed)
    console.log(`${c.severity.toUpperCase()} ${c.rule_id}${c.target ? ` ${c.target}` : ''}: ${c.message.en}`);
  console.log(
    `${report.summary.errors} errors, ${report.summary.warnings_open} open warnings; ${report.finalisable ? 'final' : 'draft'}.`,
  );
}

export const hmisCommand: CliCommand = {
  name: 'hmis',
  summary: 'The monthly HMIS report: print it (or --json), or write the export set (XLSX, PDF, CSV, JSON) to --out.',
  usage: 'hmis --month YYYY-MM [--format-id ID] [--out DIR] [--json] [--data-dir DIR]',
  run: async (args, ctx) => {
    const { values } = parseArgs({
      args,
      strict: false,
      options: {
        month: { type: 'string' },
        'format-id': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
      },
    });
    const month = monthOption(values.month);
    if (month === null) return 2;
    // The same operation the screen calls, so the numbers are the screen's numbers.
    const report = await screenCall(ctx, 'getHmisReport', {
      month,
      ...(typeof values['format-id'] === 'string' ? { format_id: values['format-id'] } : {}),
    });
    if (report === null) return 2;
    if (typeof values.out === 'string') {
      mkdirSync(values.out, { recursive: true });
      const status = report.status === 'submitted' ? 'submitted' : report.finalisable ? 'final' : 'draft';
      const files = await exportFiles(ctx, report, status);
      writeFiles(values.out, files);
      for (const f of files) console.log(`Wrote ${values.out}/${f.name}`);
    }
    if (values.json === true) console.log(JSON.stringify(report, null, 1));
    else if (typeof values.out !== 'string') printReport(report);
    return 0;
  },
};
