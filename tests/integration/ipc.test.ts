import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { ipcChannel, OP_NAMES } from '../../src/shared/contract';
import { bindIpc, isAppFrame, type IpcMainLike } from '../../src/main/electron/ipc';
import { seedUser } from '../helpers/auth';
import { testContext } from '../helpers/context';

/** Stands in for Electron's ipcMain: records handlers and lets the test invoke them like ipcRenderer would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** `window` stands for the sending webContents (its id); `destroyed` listeners fire on `closeWindow`. */
  private readonly destroyed = new Map<number, (() => void)[]>();
  invoke(channel: string, url: string, input: unknown, parent: object | null = null, window = 1): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const sender = {
      id: window,
      once: (name: string, fn: () => void) => {
        if (name === 'destroyed') this.destroyed.set(window, [...(this.destroyed.get(window) ?? []), fn]);
      },
    };
    const event = { senderFrame: { url, parent }, sender } as unknown as IpcMainInvokeEvent;
    return listener(event, input);
  }
  closeWindow(window: number): void {
    for (const fn of this.destroyed.get(window) ?? []) fn();
    this.destroyed.delete(window);
  }
}

const APP_PAGE = 'app://prasav/index.html#/settings';

/** The binding on a real register, with the admin logged in from window 1 (through the contract's `login`). */
async function setup() {
  const ctx = testContext();
  const ipc = new FakeIpcMain();
  const unbind = bindIpc(ipc, { ctx, isTrustedSender: isAppFrame });
  const admin = seedUser(ctx, 'admin');
  const login = (await ipc.invoke(ipcChannel('login'), APP_PAGE, admin)) as { ok: boolean };
  expect(login.ok).toBe(true);
  return { ctx, ipc, unbind };
}

describe('Electron IPC binding', () => {
  it('registers one channel per contract operation and removes them again', async () => {
    const { ipc, unbind } = await setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(OP_NAMES.map(ipcChannel).sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('updates the hospital name through the same dispatcher the HTTP transport uses', async () => {
    const { ipc } = await setup();
    const saved = await ipc.invoke(ipcChannel('updateSettings'), APP_PAGE, { hospital_name: 'Kishanganj Sewa Sadan' });
    expect(saved).toMatchObject({ ok: true, data: { hospital_name: 'Kishanganj Sewa Sadan', time_zone: 'Asia/Kolkata' } });
    const read = await ipc.invoke(ipcChannel('getSettings'), APP_PAGE, {});
    expect(read).toMatchObject({ ok: true, data: { hospital_name: 'Kishanganj Sewa Sadan' } });
  });

  it('refuses calls from a foreign page or a sub-frame without running them', async () => {
    const { ipc } = await setup();
    for (const [url, parent] of [
      ['https://evil.example/', null],
      ['file:///C:/Users/clerk/Downloads/page.html', null],
      [APP_PAGE, {}],
    ] as const) {
      const result = await ipc.invoke(ipcChannel('updateSettings'), url, { hospital_name: 'Hijacked' }, parent);
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'error.forbidden' } });
    }
    const read = (await ipc.invoke(ipcChannel('getSettings'), APP_PAGE, {})) as { data: { hospital_name: string } };
    expect(read.data.hospital_name).not.toBe('Hijacked');
  });

  it('returns the typed error shape for bad input and changes nothing', async () => {
    const { ipc } = await setup();
    const before = await ipc.invoke(ipcChannel('getSettings'), APP_PAGE, {});
    const result = await ipc.invoke(ipcChannel('updateSettings'), APP_PAGE, {
      hospital_name: '',
      time_zone: 'Asia/Patna',
      ui_language: 'fr',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'error.invalid_input',
        issues: expect.arrayContaining([
          expect.objectContaining({ field: 'hospital_name', message: 'v.blank' }),
          expect.objectContaining({ field: 'time_zone', message: 'v.time_zone' }),
          expect.objectContaining({ field: 'ui_language', message: 'v.invalid_option' }),
        ]),
      },
    });
    expect(await ipc.invoke(ipcChannel('getSettings'), APP_PAGE, {})).toEqual(before);
  });

  it('refuses non-object input and unknown fields', async () => {
    const { ipc } = await setup();
    for (const input of ['DROP TABLE settings', 42, [1, 2], { hospital_name: 'X', is_admin: true }]) {
      const result = (await ipc.invoke(ipcChannel('updateSettings'), APP_PAGE, input)) as {
        ok: boolean;
        error: { code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid_input');
    }
  });

  it('keeps one session per window: another window is not logged in, logout and closing end it', async () => {
    const { ctx, ipc } = await setup();
    const other = (await ipc.invoke(ipcChannel('getSettings'), APP_PAGE, {}, null, 2)) as {
      ok: boolean;
      error: { code: string };
    };
    expect(other).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await ipc.invoke(ipcChannel('whoami'), APP_PAGE, {})).toMatchObject({ ok: true, data: { user: { role: 'admin' } } });
    expect(ctx.sessions.size).toBe(1);
    await ipc.invoke(ipcChannel('logout'), APP_PAGE, {});
    expect(await ipc.invoke(ipcChannel('whoami'), APP_PAGE, {})).toEqual({ ok: true, data: null });
    expect(ctx.sessions.size).toBe(0);

    const clerk = seedUser(ctx, 'clerk');
    await ipc.invoke(ipcChannel('login'), APP_PAGE, clerk, null, 3);
    const refused = (await ipc.invoke(ipcChannel('updateSettings'), APP_PAGE, { hospital_name: 'X' }, null, 3)) as {
      error: { code: string };
    };
    expect(refused.error.code).toBe('forbidden');
    expect(ctx.sessions.size).toBe(1);
    ipc.closeWindow(3);
    expect(ctx.sessions.size).toBe(0);
  });
});
