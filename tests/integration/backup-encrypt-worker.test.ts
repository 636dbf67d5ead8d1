import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { decryptFile } from '../../src/main/backup/crypto';
import { PARTIAL_SUFFIX, SECOND_SUBDIR } from '../../src/main/backup/files';
import { readManifests } from '../../src/main/backup/manifest';
import type { AppContext } from '../../src/main/context';
import { runJob } from '../../src/main/jobs/run';
import type { Session } from '../../src/main/session';
import { tempDir, testContext } from '../helpers/context';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const PASSPHRASE = 'a long passphrase for the drive';

async function run<T>(ctx: AppContext, op: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(ctx, ADMIN, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** The longest the main thread's event loop went without running a 5 ms timer while `work` ran, and how long it took. */
async function loopGap<T>(work: () => Promise<T>): Promise<{ result: T; maxGap: number; duration: number }> {
  const start = performance.now();
  let last = start;
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    const end = performance.now();
    return { result, maxGap: Math.max(maxGap, end - last), duration: end - start };
  } finally {
    clearInterval(timer);
  }
}

/** A register with plain copies on its USB drive (the admin chose so), as before encryption is turned on. */
async function plainDrive(copies: number, fillerMb = 0) {
  const ctx = testContext();
  await run(ctx, 'updateSettings', { hospital_name: 'Worker Road PHC' });
  // Years of records, roughly: encrypting and checking the copies then takes long enough to be seen on this thread.
  if (fillerMb > 0) {
    ctx.sqlite.exec('CREATE TABLE filler (b BLOB)');
    ctx.sqlite.prepare('INSERT INTO filler VALUES (randomblob(?))').run(fillerMb * 1024 * 1024);
  }
  const usb = tempDir('prasav-usb-');
  await run(ctx, 'updateBackupSettings', { second_dir: usb, encrypt_second: false });
  for (let i = 0; i < copies; i++) await run(ctx, 'createBackup');
  const dir = join(usb, SECOND_SUBDIR);
  const plain = readManifests(dir);
  expect(plain).toHaveLength(copies);
  expect(plain.every((m) => !m.encrypted)).toBe(true);
  return { ctx, dir, plain };
}

describe('encrypting the plain copies on the USB drive runs on the jobs worker', () => {
  it('keeps the window answering, and removes a plain copy only once its encrypted copy opens to the same file', async () => {
    const { ctx, dir, plain } = await plainDrive(3, 40);
    // One plain copy changed on the drive since it was verified: it is not a backup any more, so it is not encrypted.
    const damaged = plain[1]!;
    const bytes = readFileSync(join(dir, damaged.file));
    bytes[bytes.length - 100]! ^= 0xff;
    writeFileSync(join(dir, damaged.file), bytes);

    const { maxGap, duration } = await loopGap(() => run(ctx, 'setBackupPassphrase', { passphrase: PASSPHRASE }));
    // Key derivation (scrypt) and the encryption of every copy ran off this thread: its timers kept firing (run here,
    // the same call held it for 1.7 s; tried 2026-12-04).
    console.log(`setBackupPassphrase: ${duration.toFixed(0)} ms, longest main-thread gap ${maxGap.toFixed(0)} ms`);
    expect(maxGap).toBeLessThan(400);

    const after = readManifests(dir);
    expect(after.every((m) => m.encrypted)).toBe(true);
    expect(after.map((m) => m.created_at).sort()).toEqual(
      plain
        .filter((m) => m !== damaged)
        .map((m) => m.created_at)
        .sort(),
    );
    // Each encrypted copy opens with the passphrase alone (no key on the other PC) to exactly the verified backup.
    const otherPc = tempDir('prasav-other-pc-');
    for (const copy of after) {
      const original = plain.find((m) => m.created_at === copy.created_at)!;
      expect(decryptFile(join(dir, copy.file), null, otherPc, PASSPHRASE)).toBe(original.plain_sha256);
    }
  });

  it('keeps the plain copy when its encrypted copy cannot be written, and encrypts it once the drive lets it', async () => {
    const { ctx, dir, plain } = await plainDrive(1);
    // A left-over the drive will not let go of (a folder where the encrypted copy's temp file goes): writing fails.
    const stuck = join(dir, `${plain[0]!.file.replace(/\.sqlite$/, '.prasavenc')}${PARTIAL_SUFFIX}`);
    mkdirSync(stuck);
    const status = await run<{ encrypted: boolean; last_error: string | null }>(ctx, 'setBackupPassphrase', {
      passphrase: PASSPHRASE,
    });
    expect(status).toMatchObject({ encrypted: true, last_error: 'backup.second_failed' });
    expect(readManifests(dir)).toEqual(plain);
    expect(readFileSync(join(dir, plain[0]!.file)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    rmSync(stuck, { recursive: true });
    // The hourly check (or the drive plugged in again) runs the same job, with the key already set.
    await runJob(ctx, 'syncSecondCopy', undefined);
    const after = readManifests(dir);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ encrypted: true, plain_sha256: plain[0]!.plain_sha256 });
  });
});
