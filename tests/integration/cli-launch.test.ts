import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../src/main/args';
import { closeApp } from '../../src/main/bootstrap';
import { loadRecord } from '../../src/main/register/service';
import { printLog } from '../../src/main/slips/service';
import { AppError } from '../../src/shared/errors';
import { fixedClock, tempDir, testContext } from '../helpers/context';
import { SLIP_NOW, twinDelivery } from '../helpers/slip-records';
import { cli } from '../helpers/cli';

/* Issue 10 items 15 and 17: `--demo` with `--data-dir` is refused, and the CLI names records by serial number. */

describe('--demo with --data-dir', () => {
  it('is refused in both languages before anything is written to the folder', async () => {
    expect(() => parseLaunchArgs(['--demo', '--data-dir', 'D:\\PrasavData'])).toThrow(AppError);
    expect(parseLaunchArgs(['--demo'])).toMatchObject({ demo: true, dataDir: undefined });
    const dir = tempDir();
    const run = await cli(['info', '--demo', '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--demo cannot be used with --data-dir ${dir}`);
    expect(run.stderr).toContain('डेमो अस्पताल');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

describe('cli slip --episode', () => {
  it('takes the register serial number as well as the id, and says "no record" for an unknown one', async () => {
    const dataDir = tempDir();
    const ctx = testContext({ dataDir, clock: fixedClock(SLIP_NOW) });
    const id = twinDelivery(ctx);
    const serial = loadRecord(ctx, id).serial_no;
    expect(serial).toMatch(/^\d{4}\/\d{4}$/);
    closeApp(ctx);

    const out = join(tempDir(), 'slip.pdf');
    const bySerial = await cli(['slip', 'discharge', '--episode', serial, '--out', out, '--data-dir', dataDir]);
    expect(bySerial.stderr).toBe('');
    expect(bySerial.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const byId = await cli(['slip', 'discharge', '--episode', String(id), '--out', out, '--data-dir', dataDir]);
    expect(byId.code).toBe(0);

    const missing = join(tempDir(), 'none.pdf');
    const unknown = await cli(['slip', 'discharge', '--episode', '2026/0154', '--out', missing, '--data-dir', dataDir]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('No record 2026/0154 in this register.');
    expect(existsSync(missing)).toBe(false);

    const after = testContext({ dataDir });
    expect(printLog(after, id).map((l) => l.channel)).toEqual(['cli', 'cli']);
  }, 120_000);
});
