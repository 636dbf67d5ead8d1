import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { SECOND_SUBDIR } from '../../src/main/backup/files';
import type { AppContext } from '../../src/main/context';
import type { Session } from '../../src/main/session';
import { tempDir, testContext } from '../helpers/context';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };

async function run<T>(ctx: AppContext, op: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(ctx, ADMIN, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** Backup files (not manifests) in the USB folder, with whether each is a plain SQLite file. */
const usbFiles = (usb: string) =>
  readdirSync(join(usb, SECOND_SUBDIR))
    .filter((f) => !f.endsWith('.json'))
    .map((file) => ({
      file,
      plain:
        readFileSync(join(usb, SECOND_SUBDIR, file))
          .subarray(0, 15)
          .toString('latin1') === 'SQLite format 3',
    }));

describe('turning on backup encryption', () => {
  it('replaces the plain copies on the USB drive with verified encrypted ones', async () => {
    const ctx = testContext();
    await run(ctx, 'updateSettings', { hospital_name: 'Plaintext Hospital' });
    const usb = tempDir('prasav-usb-');
    // A register from before the passphrase was asked for with the folder: plain copies by the admin's choice.
    await run(ctx, 'updateBackupSettings', { second_dir: usb, encrypt_second: false });
    await run(ctx, 'createBackup');
    await run(ctx, 'createBackup');
    const before = usbFiles(usb);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.every((f) => f.plain)).toBe(true);

    await run(ctx, 'setBackupPassphrase', { passphrase: 'a long passphrase 2026' });
    const after = usbFiles(usb);
    expect(after.filter((f) => f.plain)).toEqual([]);
    expect(after).toHaveLength(before.length);
    for (const { file } of after) {
      const bytes = readFileSync(join(usb, SECOND_SUBDIR, file));
      expect(bytes.includes(Buffer.from('Plaintext Hospital'))).toBe(false);
    }
    // Each encrypted copy is listed and opens to the verified backup.
    const listed = await run<{ place: string; file: string; encrypted: boolean }[]>(ctx, 'listBackups');
    const second = listed.filter((e) => e.place === 'second');
    expect(second).toHaveLength(before.length);
    expect(second.every((e) => e.encrypted)).toBe(true);
    const preview = await run(ctx, 'previewBackup', { place: 'second', file: second[0]!.file });
    expect(preview).toMatchObject({ verified: true, facility_name: 'Plaintext Hospital' });
  });
});
