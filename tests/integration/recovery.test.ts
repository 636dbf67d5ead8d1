import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { backupNow } from '../../src/main/backup/service';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { serveRecovery } from '../../src/main/http/recovery';
import { checkoutResourcePaths } from '../../src/main/paths';
import type { Session } from '../../src/main/session';
import { AppError } from '../../src/shared/errors';
import { tempDir, testContext } from '../helpers/context';
import { freePort } from '../helpers/ports';

const ADMIN: Session = { userId: 'a', userName: 'admin', role: 'admin' };

describe('web-mode recovery page for a damaged register', () => {
  it('explains in both languages, offers the newest good backup, and restores it when asked from this PC', async () => {
    const dataDir = tempDir();
    const paths = checkoutResourcePaths();
    const open = () => openApp({ ...paths, dataDir, demo: false, appVersion: '0', runtime: 'node' });
    const ctx = open();
    await dispatch(ctx, ADMIN, 'updateSettings', { hospital_name: 'Recovered Hospital' });
    const [good] = backupNow(ctx, 'daily');
    closeApp(ctx);
    const dbPath = join(dataDir, 'prasav.sqlite');
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 4096, 8192);
    writeFileSync(dbPath, bytes);
    let error: AppError | undefined;
    try {
      open();
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(readFileSync(dbPath)).toEqual(bytes); // nothing written

    const port = await freePort();
    const recovered = serveRecovery({
      host: '127.0.0.1',
      port,
      dataDir,
      dbPath,
      migrationsDir: paths.migrationsDir,
      error: error!,
      now: () => new Date(),
    });
    const base = `http://127.0.0.1:${port}`;
    const page = await (async () => {
      for (let i = 0; i < 50; i++) {
        try {
          return await fetch(`${base}/`);
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      throw new Error('recovery page did not start');
    })();
    expect(page.status).toBe(503);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('रजिस्टर नहीं खुल सका');
    expect(html).toContain('The register could not be opened');
    expect(html).toContain(good!.file);
    // The app server's limits hold here too (it may be on the LAN address): 70 header fields are refused.
    const crowded = await fetch(`${base}/`, {
      headers: Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`x-h${i}`, '1'])),
    });
    expect(crowded.status).toBe(431);

    // A page from another site cannot trigger the restore.
    const foreign = await fetch(`${base}/recovery/restore`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
      body: `file=${good!.file}`,
    });
    expect(foreign.status).toBe(403);
    const done = await fetch(`${base}/recovery/restore`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
      body: `file=${encodeURIComponent(good!.file)}`,
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('damaged-');
    await recovered;
    const reopened = open();
    const name = reopened.sqlite.prepare("SELECT value FROM settings WHERE key = 'facility'").pluck().get() as string;
    expect(JSON.parse(name).hospital_name).toBe('Recovered Hospital');
    closeApp(reopened);
  });
});

describe('disk space', () => {
  it('warns on the home screen when free space is below the threshold', async () => {
    const ctx = testContext();
    const status = async () =>
      ((await dispatch(ctx, ADMIN, 'backupStatus', {})) as { data: { disk: { low: boolean; free_mb: number } } }).data.disk;
    const before = await status();
    expect(before.free_mb).toBeGreaterThan(0);
    expect(before.low).toBe(false);
    await dispatch(ctx, ADMIN, 'updateBackupSettings', { disk_warn_mb: Math.min(1_000_000, before.free_mb + 1) });
    // (A disk with more than the largest allowed threshold free cannot be made "low".)
    expect((await status()).low).toBe(before.free_mb < 1_000_000);
  });
});
