/** `npm run cli -- push`: the real CLI process against the stand-in, on a register set up through the contract. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeApp } from '../../src/main/bootstrap';
import { blankMappingRow } from '../../src/shared/dhis2';
import { tempDir } from '../helpers/context';
import { call } from '../helpers/api';
import { connectedSetup, sampleReport } from '../helpers/dhis2';
import { addRecord } from '../helpers/register';
import { cli } from '../helpers/cli';

describe('cli push', () => {
  it('sends the register’s own figures for the month when no values file is given', async () => {
    const dataDir = tempDir();
    const { ctx, server } = await connectedSetup('2.42', { dataDir });
    // October 2026 in the register: twin girls (normal delivery) and a boy by C-section; one September birth.
    const delivery = (at: string, mode: 'normal_vaginal' | 'lscs_emergency') => ({
      admission_at: at.replace('T10', 'T06'),
      delivery_at: at,
      place_of_delivery: 'this_facility' as const,
      mode,
    });
    addRecord(ctx, delivery('2026-10-04T10:00:00+05:30', 'normal_vaginal'), [
      { sex: 'F', outcome: 'live' },
      { sex: 'F', outcome: 'live' },
    ]);
    addRecord(ctx, delivery('2026-10-20T10:00:00+05:30', 'lscs_emergency'), [{ sex: 'M', outcome: 'live' }]);
    addRecord(ctx, delivery('2026-09-30T10:00:00+05:30', 'normal_vaginal'), [{ sex: 'M', outcome: 'live' }]);
    // The real format has items the stand-in's data set does not carry: the admin excludes them (Settings, DHIS2).
    const { report } = await call(ctx, 'dhis2Report', { month: '2026-10' });
    expect(report?.format_id).toBe('hmis-2022-sb3');
    const carried = new Set(['2.2', '3.1', '4.1.1.a', '4.1.1.b']);
    for (const item of report!.items.filter((i) => !carried.has(i.item_no)))
      await call(ctx, 'dhis2SaveMappingRow', {
        format_id: report!.format_id,
        row: blankMappingRow(item.item_no, true),
      });
    closeApp(ctx);

    const pushed = await cli(['push', '--month', '2026-10', '--data-dir', dataDir]);
    expect(pushed.stdout).toContain('Sent and marked complete on DHIS2.');
    expect(pushed.code).toBe(0);
    expect(server.storedValues('202610', 'InFac000001')).toEqual({
      'LrDelivTot1/HllvX50cXC0': '2',
      'LrCsectn001/HllvX50cXC0': '1',
      'LrLiveBrth1/CocFemale01': '2',
      'LrLiveBrth1/CocMale0001': '1',
    });
    expect((await cli(['push', '--month', 'October', '--data-dir', tempDir()])).code).toBe(2);
  }, 60_000);

  it('dry-runs, then pushes values given in a file, on the connection saved in the data folder', async () => {
    const dataDir = tempDir();
    const { ctx, server } = await connectedSetup('2.42', { dataDir });
    closeApp(ctx);
    const values = join(tempDir(), 'values.json');
    writeFileSync(values, JSON.stringify([sampleReport()]));

    const dry = await cli(['push', '--month', '2026-10', '--dry-run', '--values', values, '--data-dir', dataDir]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run passed');
    expect(server.values.size).toBe(0);

    const pushed = await cli(['push', '--month', '2026-10', '--values', values, '--data-dir', dataDir]);
    expect(pushed.stdout).toContain('Sent and marked complete on DHIS2.');
    expect(pushed.code).toBe(0);
    expect(server.storedValues('202610', 'InFac000001')).toMatchObject({ 'LrLiveBrth1/CocFemale01': '21' });
    expect(server.completions.size).toBe(1);

    const missing = await cli(['push', '--month', '2026-09', '--values', values, '--data-dir', dataDir]);
    expect(missing.code).toBe(3);
  }, 60_000);
});
