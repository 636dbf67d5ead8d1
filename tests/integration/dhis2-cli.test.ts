/** `npm run cli -- push`: the real CLI process against the stand-in, on a register set up through the contract. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeApp } from '../../src/main/bootstrap';
import { tempDir } from '../helpers/context';
import { connectedSetup, sampleReport } from '../helpers/dhis2';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'main', 'cli.ts'), ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('cli push', () => {
  it('says plainly that nothing was sent when no HMIS values are available', async () => {
    const result = await cli(['push', '--month', '2026-10', '--data-dir', tempDir()]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('the values of the month cannot be computed; nothing was sent');
    expect((await cli(['push', '--month', 'October', '--data-dir', tempDir()])).code).toBe(2);
  });

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
