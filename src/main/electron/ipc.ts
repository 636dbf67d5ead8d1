import type { IpcMainInvokeEvent } from 'electron';
import { ipcChannel, OP_NAMES } from '../../shared/contract';
import type { CallResult } from '../../shared/errors';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import type { SessionCarrier } from '../session';

/** The part of `ipcMain` the binding uses, so tests can pass a stand-in and exercise this very code. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcBindingOptions {
  ctx: AppContext;
  /** Only the app's own top-level page may call: not an iframe, not a page navigated elsewhere. */
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
}

const refused: CallResult<never> = { ok: false, error: { code: 'forbidden', message: 'error.forbidden' } };

/**
 * Registers one `ipcMain.handle` per contract operation; returns a function that removes them. Each window has its
 * own session, kept here in main (the page never holds a token); closing the window ends it.
 */
export function bindIpc(ipcMain: IpcMainLike, options: IpcBindingOptions): () => void {
  const { ctx } = options;
  const tokens = new Map<number, string>();
  const carrierFor = (event: IpcMainInvokeEvent): SessionCarrier => {
    const id = event.sender.id;
    return {
      token: tokens.get(id) ?? null,
      client: `window:${id}`,
      attach: (token) => {
        if (!tokens.has(id)) {
          event.sender.once('destroyed', () => {
            ctx.sessions.destroy(tokens.get(id));
            tokens.delete(id);
          });
        }
        tokens.set(id, token);
      },
      detach: () => tokens.delete(id),
    };
  };
  for (const name of OP_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input) => {
      if (!options.isTrustedSender(event)) {
        console.warn(`refused IPC ${name} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return refused;
      }
      const carrier = carrierFor(event);
      return dispatch(ctx, ctx.sessions.resolve(carrier.token), name, input, carrier);
    });
  }
  return () => {
    for (const name of OP_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}

/** The app's pages are served from `app://prasav/`; anything else (or a sub-frame) is not trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'prasav';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export function isAppFrame(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
