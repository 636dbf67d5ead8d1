import { httpPath, OP_NAMES, type OpName, type PrasavApi, type PrasavBridge } from '../../../shared/contract';
import { AppError, type AppErrorShape, type CallResult } from '../../../shared/errors';

declare global {
  interface Window {
    prasav?: PrasavBridge;
  }
}

/** IPC when the Electron preload exposed `window.prasav`; HTTP (same origin) in a browser. */
export const transportKind: 'ipc' | 'http' = typeof window !== 'undefined' && window.prasav ? 'ipc' : 'http';

const networkError: AppErrorShape = { code: 'network', message: 'error.network' };

async function callHttp(name: OpName, input: unknown): Promise<CallResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(httpPath(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: networkError };
  }
  try {
    return (await response.json()) as CallResult<unknown>;
  } catch {
    return { ok: false, error: { ...networkError, params: { status: response.status } } };
  }
}

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/**
 * Called when a call is refused because the session is gone (idle expiry on the server, restore, role change): the
 * app then shows the lock screen over the page, so a half-filled form survives. Returns an unsubscribe function.
 */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** A wrong password at the login form is not a lost session. */
const LOGIN_OPS: ReadonlySet<OpName> = new Set(['login', 'createFirstAdmin', 'logout', 'changeOwnPassword']);

async function call(name: OpName, input: unknown): Promise<unknown> {
  const bridge = window.prasav;
  const result = bridge
    ? await (bridge[name] as (i: unknown) => Promise<CallResult<unknown>>)(input ?? {})
    : await callHttp(name, input);
  if (!result.ok) {
    if (result.error.code === 'unauthenticated' && !LOGIN_OPS.has(name)) sessionLostListeners.forEach((fn) => fn());
    throw AppError.fromShape(result.error);
  }
  return result.data;
}

/** The typed client: `await api.getSettings({})`. Failures reject with an AppError carrying the typed shape. */
export const api = Object.fromEntries(OP_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as PrasavApi;
