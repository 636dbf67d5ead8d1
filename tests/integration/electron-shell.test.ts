/**
 * The desktop shell, src/main/index.ts, loaded as Electron would load it, against the real services and a real register
 * in a temp data folder. Only the `electron` module is replaced (vi.doMock), by tests/helpers/fake-electron.ts: the
 * Electron binary cannot run on this machine, and the fake stands in for the binary alone. Everything behind it is
 * ours and real: bootstrap, IPC binding and dispatcher, printing and PDFs (rendered by the system Chromium where
 * Electron's printToPDF would render them), backups and recovery. `npm run test:electron` drives the real window on a
 * machine that has the binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { dataBackupDir } from '../../src/main/backup/service';
import { APP_HOST, APP_SCHEME } from '../../src/main/electron/ipc';
import { checkoutResourcePaths, DB_FILE_NAME } from '../../src/main/paths';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { printSettings, updatePrintSettings } from '../../src/main/slips/service';
import { ipcChannel, OP_NAMES, type OpName } from '../../src/shared/contract';
import { PAPERS } from '../../src/shared/slips/settings';
import { seedUser } from '../helpers/auth';
import { fixedClock, sharedPdf, tempDir } from '../helpers/context';
import { FakeElectron, FakeEvent, FakeMachine } from '../helpers/fake-electron';
import { fillPrintSettings, SLIP_NOW, twinDelivery } from '../helpers/slip-records';

const argv = process.argv;
const updates = process.env.PRASAV_UPDATES;
/** Folders that live for the whole file (the helpers' tempDir is emptied after each test). */
const folders: string[] = [];
const folder = (prefix: string) => {
  folders.push(mkdtempSync(join(tmpdir(), prefix)));
  return folders.at(-1)!;
};
afterAll(() => {
  process.argv = argv;
  if (updates !== undefined) process.env.PRASAV_UPDATES = updates;
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Polls until `check` holds: the shell's start and quit run across promise turns and timers. */
async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * One launch of the app: a fresh module graph (a new process, as far as the shell can tell) with the fake in place
 * of `electron`, the command line Electron passes (`electron . --data-dir …`), then `ready`.
 */
async function launch(machine: FakeMachine, dataDir: string, prepare?: (e: FakeElectron) => void): Promise<FakeElectron> {
  const electron = new FakeElectron(machine, (html) => sharedPdf().htmlToPdf(html));
  prepare?.(electron);
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  process.argv = ['/opt/electron/electron', '.', '--data-dir', dataDir];
  // Update checks stay off (a reception PC is often offline); electron-updater would need the real binary.
  delete process.env.PRASAV_UPDATES;
  await import('../../src/main/index');
  electron.emitReady();
  return electron;
}

/** Started: the main window exists, or the app gave up and quit. */
const started = (e: FakeElectron) => until(() => e.windows.length > 0 || e.quitted, 'the app to start');

let machine: FakeMachine;
let dataDir: string;
let episodeId: number;
let clerk: { username: string; password: string };
let admin: { username: string; password: string };

/** A register made beforehand through the real services: users, a delivered twin record, A5 discharge slips ×2. */
beforeAll(() => {
  machine = new FakeMachine(folder('prasav-userdata-'), folder('prasav-documents-'));
  machine.printers = [
    { name: 'HP_LaserJet', displayName: 'HP LaserJet', description: '', options: { 'is-default': 'true' } },
  ] as typeof machine.printers;
  dataDir = folder('prasav-shell-');
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir,
    demo: false,
    appVersion: '0.0.0-test',
    runtime: 'node',
    clock: fixedClock(SLIP_NOW),
    pdf: sharedPdf(),
  });
  clerk = seedUser(ctx, 'clerk');
  admin = seedUser(ctx, 'admin');
  fillPrintSettings(ctx);
  episodeId = twinDelivery(ctx);
  const discharge = printSettings(ctx).discharge;
  updatePrintSettings(ctx, LOCAL_ADMIN_SESSION, { discharge: { ...discharge, paper: 'A5', copies: 2 } });
  closeApp(ctx);
});

describe('the Electron shell (src/main/index.ts) on a fake electron module', () => {
  let app: FakeElectron;
  const call = async (op: OpName, input: unknown) =>
    (await app.invoke(ipcChannel(op), input)) as { ok: boolean; data?: unknown; error?: { code: string } };

  it('takes the single-instance lock, registers app:// before ready and opens one hardened window', async () => {
    app = await launch(machine, dataDir);
    await started(app);
    expect(app.quitted).toBe(false);
    expect(app.events.slice(0, 3)).toEqual(['requestSingleInstanceLock', 'registerSchemesAsPrivileged', 'ready']);
    expect(machine.lockHolder).toBe(app);
    expect(app.privilegedSchemes).toEqual([
      { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect([...app.protocolHandlers.keys()]).toEqual([APP_SCHEME]);
    const foreign = await app.protocolHandlers.get(APP_SCHEME)!(new Request('app://elsewhere/index.html'));
    expect(foreign.status).toBe(404);

    expect(app.windows).toHaveLength(1);
    const win = app.mainWindow();
    expect(win.webContents.url).toBe(`${APP_SCHEME}://${APP_HOST}/index.html`);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(win.options.webPreferences?.preload).toMatch(/preload[/\\]index\.js$/);
    await until(() => win.shown, 'ready-to-show');
    // No navigation away, no new windows, no webviews, no permissions, no remote requests.
    const away = new FakeEvent();
    win.webContents.emit('will-navigate', away, 'https://example.org/');
    expect(away.defaultPrevented).toBe(true);
    const inside = new FakeEvent();
    win.webContents.emit('will-navigate', inside, 'app://prasav/index.html#/register');
    expect(inside.defaultPrevented).toBe(false);
    const webview = new FakeEvent();
    win.webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.org/' } as Electron.HandlerDetails)).toEqual({
      action: 'deny',
    });
    const granted: boolean[] = [];
    app.permissionRequestHandler?.(win.webContents, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    const cancels: (boolean | undefined)[] = [];
    for (const url of ['https://example.org/x.js', 'app://prasav/assets/app.js'])
      app.requestFilter?.({ url }, (response) => cancels.push(response.cancel));
    expect(cancels).toEqual([true, false]);
    expect(app.applicationMenu).not.toBeNull();
  });

  it('a second instance quits at once and the first window comes to the front', async () => {
    app.mainWindow().minimized = true;
    const second = await launch(machine, dataDir);
    expect(second.events).toContain('quit()');
    expect(second.quitted).toBe(true);
    expect(second.windows).toHaveLength(0);
    expect(second.ipcHandlers.size).toBe(0);
    expect(machine.lockHolder).toBe(app);
    expect(app.mainWindow().minimized).toBe(false);
    expect(app.mainWindow().focused).toBe(true);
  });

  it('binds every contract operation on IPC and refuses every one from a foreign page or a sub-frame', async () => {
    expect([...app.ipcHandlers.keys()].sort()).toEqual(OP_NAMES.map(ipcChannel).sort());
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'error.forbidden' } };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const name of OP_NAMES) {
      expect(await app.invoke(ipcChannel(name), {}, { url: 'https://evil.example/', parent: null })).toEqual(forbidden);
      expect(await app.invoke(ipcChannel(name), {}, { url: 'app://prasav/index.html', parent: {} })).toEqual(forbidden);
    }
    // Each refusal is logged with the frame it came from.
    expect(warn).toHaveBeenCalledTimes(2 * OP_NAMES.length);
    warn.mockRestore();
    // From the app's own page the same channel answers.
    expect(await call('setupStatus', {})).toMatchObject({ ok: true, data: { first_run: false } });
  });

  it('prints every copy of a slip on the chosen printer at the paper size from print settings', async () => {
    expect(await call('login', clerk)).toMatchObject({ ok: true });
    const printers = await call('listPrinters', {});
    expect(printers).toEqual({
      ok: true,
      data: { available: true, printers: [{ name: 'HP_LaserJet', display_name: 'HP LaserJet', is_default: true }] },
    });
    const [width, height] = PAPERS.A5;
    const result = await call('printSlip', {
      episode_id: episodeId,
      slip: 'discharge',
      printer_name: 'HP_LaserJet',
      silent: false,
    });
    expect(result).toEqual({ ok: true, data: { printed: true, copies: 2, duplicate: false } });
    expect(app.prints).toHaveLength(2);
    for (const p of app.prints) {
      expect(p.options).toMatchObject({
        silent: false,
        deviceName: 'HP_LaserJet',
        pageSize: { width: width * 1000, height: height * 1000 },
      });
      expect(p.html).toContain(`@page{size:${width}mm ${height}mm`);
    }
    // Each copy came from its own hidden, sandboxed document window with JavaScript off, gone afterwards.
    const documents = app.created.filter((w) => w.webContents.url.startsWith('data:'));
    expect(documents).toHaveLength(2);
    for (const w of documents) {
      expect(w.options).toMatchObject({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
      });
      expect(w.isDestroyed()).toBe(true);
    }
    expect(app.windows).toHaveLength(1);
  });

  it('saves a slip PDF through printToPDF at the CSS page size, where the save dialog says', async () => {
    const target = join(machine.documents, 'chosen.pdf');
    app.saveDialogAnswer = { canceled: false, filePath: target };
    const result = await call('saveSlipPdf', { episode_id: episodeId, slip: 'discharge' });
    expect(result).toMatchObject({ ok: true, data: { saved_path: target, cancelled: false, pdf_base64: null } });
    expect(app.saveDialogs.at(-1)).toMatchObject({
      defaultPath: expect.stringContaining(machine.documents),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(app.pdfs.at(-1)?.options).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    // The file on disk is an A5 page (148 × 210 mm = 419.5 × 595.3 pt; Chromium rounds to whole CSS pixels).
    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+4(19|20)(\.\d+)? x 59[45](\.\d+)? pts \(A5\)/);
  });

  it('writes the HMIS export set into the folder chosen in the folder dialog', async () => {
    const folder = tempDir('prasav-export-');
    app.openDialogAnswer = { canceled: false, filePaths: [folder] };
    const result = await call('exportHmisReport', { month: '2026-03', final: false, destination: 'folder' });
    expect(result).toMatchObject({ ok: true, data: { folder, cancelled: false } });
    expect(app.openDialogs.at(-1)?.properties).toEqual(expect.arrayContaining(['openDirectory']));
    const written = readdirSync(folder);
    expect(written.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(written.some((f) => f.endsWith('.xlsx'))).toBe(true);
  });

  it('asks in the UI language before a window with unsaved entries closes; Stay keeps the window', async () => {
    const win = app.mainWindow();
    win.webContents.unloadRefused = true;
    for (const [lang, leave, stay] of [
      ['en', 'Leave', 'Stay'],
      ['hi', 'छोड़ें', 'रुकें'],
    ] as const) {
      expect(await call('setLanguage', { ui_language: lang })).toMatchObject({ ok: true });
      app.messageBoxAnswers.push(1);
      win.close();
      expect(app.windows).toContain(win);
      expect(app.quitting).toBe(false);
      const asked = app.messageBoxes.at(-1)!;
      expect(asked.response).toBe(1);
      expect(asked.options).toMatchObject({ type: 'question', buttons: [leave, stay], cancelId: 1, defaultId: 1 });
    }
    expect(app.messageBoxes.at(-1)!.options.message).toBe('इस स्क्रीन की प्रविष्टियाँ रजिस्टर में सहेजी नहीं गई हैं।');
  });

  it('writes a verified exit backup before the app quits when the clerk closes the window (and answers Leave)', async () => {
    const backups = dataBackupDir(dataDir);
    const before = existsSync(backups) ? readdirSync(backups) : [];
    const asked = app.messageBoxes.length;
    app.messageBoxAnswers.push(0);
    app.mainWindow().close();
    expect(app.messageBoxes.slice(asked).map((m) => m.response)).toEqual([0]);
    await until(() => app.quitted, 'quit after the exit backup');
    const exitFiles = readdirSync(backups).filter((f) => !before.includes(f) && f.includes('exit'));
    expect(exitFiles.some((f) => f.endsWith('.sqlite'))).toBe(true);
    expect(exitFiles.some((f) => f.endsWith('.json'))).toBe(true);
    // Quit was held (will-quit prevented) until the backup was written, then asked for again.
    expect(app.events.filter((e) => e === 'quit()')).toHaveLength(2);
    expect(machine.lockHolder).toBeNull();
  });

  it('offers the newest good backup when the register is damaged, keeps the damaged file and opens the restored one', async () => {
    writeFileSync(join(dataDir, DB_FILE_NAME), Buffer.alloc(64 * 1024, 'not a database '));
    app = await launch(machine, dataDir, (e) => (e.messageBoxAnswers = [0, 0]));
    await started(app);
    const [offer, done] = app.messageBoxes;
    expect(offer?.options.type).toBe('error');
    expect(offer?.options.message).toContain('The register could not be opened');
    expect(offer?.options.buttons?.[0]).toContain('Restore the newest good backup');
    expect(done?.options.type).toBe('info');
    const kept = readdirSync(dataDir).filter((f) => f.startsWith('damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dataDir, kept[0]!, DB_FILE_NAME), 'utf8')).toMatch(/^not a database/);
    expect(app.windows).toHaveLength(1);
    // The restored register has the users and the record.
    expect(await call('login', admin)).toMatchObject({ ok: true });
    const slip = await call('previewSlip', { episode_id: episodeId, slip: 'discharge' });
    expect(slip.ok).toBe(true);
    app.app.quit();
    await until(() => app.quitted, 'quit');
  });

  it('with no backup to offer, explains, opens the data folder on request and quits without a window', async () => {
    const bare = tempDir('prasav-damaged-');
    mkdirSync(bare, { recursive: true });
    writeFileSync(join(bare, DB_FILE_NAME), 'garbage, not SQLite'.repeat(4096));
    const e = await launch(machine, bare, (x) => (x.messageBoxAnswers = [0]));
    await started(e);
    expect(e.errorBoxes).toEqual([]);
    expect(e.quitted).toBe(true);
    expect(e.windows).toHaveLength(0);
    expect(e.messageBoxes).toHaveLength(1);
    expect(e.messageBoxes[0]!.options.buttons).toEqual(['डेटा फ़ोल्डर खोलें / Open data folder', 'बंद करें / Quit']);
    expect(e.openedPaths).toEqual([bare]);
    expect(readFileSync(join(bare, DB_FILE_NAME), 'utf8')).toMatch(/^garbage/);
  });

  it('when the check after the window shows finds the register damaged, offers the newest good backup and reloads the window', async () => {
    // Closed cleanly, so it opens on the cheap checks; the damaged page is one they do not read.
    const dbPath = join(dataDir, DB_FILE_NAME);
    const probe = new Database(dbPath);
    const root = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'referral_feedback'").pluck().get() as number;
    probe.close();
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, (root - 1) * 4096, root * 4096);
    writeFileSync(dbPath, bytes);
    const keptBefore = readdirSync(dataDir).filter((f) => f.startsWith('damaged-'));
    app = await launch(machine, dataDir, (e) => (e.messageBoxAnswers = [0, 0]));
    await started(app);
    expect(app.windows).toHaveLength(1);
    await until(() => app.messageBoxes.length === 2, 'the recovery dialog and its outcome');
    const [offer, done] = app.messageBoxes;
    expect(offer?.options.message).toContain('The register could not be opened');
    expect(offer?.options.detail).toContain('found the register file damaged');
    expect(offer?.options.buttons?.[0]).toContain('Restore the newest good backup');
    expect(done?.options.type).toBe('info');
    // The damaged file is kept exactly as it was found: nothing was written to it.
    const kept = readdirSync(dataDir).filter((f) => f.startsWith('damaged-') && !keptBefore.includes(f));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dataDir, kept[0]!, DB_FILE_NAME))).toEqual(bytes);
    expect(app.mainWindow().reloads).toBe(1);
    expect(await call('login', admin)).toMatchObject({ ok: true });
    app.app.quit();
    await until(() => app.quitted, 'quit');
  });
});
