import { AppError } from '../../shared/errors';
import type { AppContext } from '../context';
import { runJob } from '../jobs/run';
import { quickCheck } from './open';

/**
 * What calls may do while the register is in a state other than open and checked, asked by the dispatcher before
 * every call:
 * - The full `quick_check` of a register that was closed cleanly runs on the jobs worker once the app answers instead
 *   of before it starts (docs/ARCHITECTURE.md, start-up checks). Until it has passed, calls that write wait for it, so
 *   nothing is written to a file not yet checked; once it has failed, every call is refused with `db_corrupt` and the
 *   entry point offers the recovery, as for a register that did not open.
 * - While a restore waits for its safety backup on the worker, writes are refused: one made after the backup's
 *   snapshot would be in neither the safety backup nor the restored register.
 */
interface Owed {
  passed: Promise<void>;
  pass: () => void;
}

const owed = new WeakMap<object, Owed>();
const damaged = new WeakMap<object, AppError>();
const held = new WeakMap<object, AppError>();

/** Called by `openApp` when `openDatabase` left the full check to the caller: writes wait from now on. */
export function oweFullCheck(ctx: object): void {
  let pass = (): void => undefined;
  const passed = new Promise<void>((resolve) => (pass = resolve));
  owed.set(ctx, { passed, pass });
}

/** The damage the background check found (the register is then closed to every call), or undefined. */
export const registerDamage = (ctx: object): AppError | undefined => damaged.get(ctx);

/** After a recovery swapped a good register in and reopened it. */
export function clearDamage(ctx: object): void {
  damaged.delete(ctx);
}

/** What the dispatcher asks before every call: refused when damaged or held; a write waits for a check still running. */
export async function beforeCall(ctx: object, mutates: boolean): Promise<void> {
  const waiting = mutates ? owed.get(ctx) : undefined;
  if (waiting) await waiting.passed;
  const refusal = damaged.get(ctx) ?? (mutates ? held.get(ctx) : undefined);
  if (refusal) throw refusal;
}

/** Runs `work` with every write call refused with `refusal` (reads go on); one hold at a time. */
export async function refusingWrites<T>(ctx: object, refusal: AppError, work: () => Promise<T>): Promise<T> {
  if (held.has(ctx)) throw refusal;
  held.set(ctx, refusal);
  try {
    return await work();
  } finally {
    held.delete(ctx);
  }
}

async function checkOnWorker(ctx: AppContext): Promise<string> {
  try {
    return await runJob(ctx, 'quickCheck', undefined);
  } catch (error) {
    // The worker itself failed (not the check): the check still has to happen, so here.
    console.error('background register check failed on its worker; checking here', error);
    return quickCheck(ctx.sqlite);
  }
}

/**
 * Runs the owed check (nothing when `openDatabase` already ran it) and resolves with the damage found, or null.
 * Writes that waited go on once it passed; after damage they and every later call get `db_corrupt`.
 */
export async function checkRegisterInBackground(ctx: AppContext): Promise<AppError | null> {
  const pending = owed.get(ctx);
  if (!pending) return registerDamage(ctx) ?? null;
  const result = await checkOnWorker(ctx);
  if (result !== 'ok') {
    console.error(`register check found damage: ${result.slice(0, 500)}`);
    // No path in the message: a call from the LAN may be refused with it before the listener closes.
    damaged.set(ctx, new AppError('db_corrupt', { message: 'startup.damaged' }));
  }
  owed.delete(ctx);
  pending.pass();
  return registerDamage(ctx) ?? null;
}
