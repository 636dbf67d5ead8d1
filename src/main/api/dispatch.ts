import { contract, isOpName, type OpName } from '../../shared/contract';
import { AppError, type CallResult } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { parseInput } from '../../shared/validation';
import { readRoleTable } from '../auth/roles';
import type { AppContext } from '../context';
import { NO_CARRIER, type Session, type SessionCarrier } from '../session';
import { beforeCall } from '../db/call-gate';
import { isBusy } from '../db/busy';
import { logFailure } from '../log';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';

/**
 * The one entry point both transports call: validates the operation name, the caller's permission and the
 * input, runs the handler, checks its output against the contract, and turns every failure into the typed
 * error shape. It never throws. `session` is what the transport resolved from its carrier (cookie, window);
 * the role check (against the table the admin set) happens here and nowhere else, so IPC and HTTP enforce the same rules.
 */
export async function dispatch(
  ctx: AppContext,
  session: Session | null,
  name: string,
  rawInput: unknown,
  carrier: SessionCarrier = NO_CARRIER,
): Promise<CallResult<unknown>> {
  try {
    if (!isOpName(name)) throw new AppError('unknown_operation', { params: { op: name.slice(0, 60) } });
    const def = contract[name];
    await beforeCall(ctx, def.mutates);
    const allowed =
      def.permission === 'public' ||
      roleAllows(readRoleTable(ctx), session?.role ?? null, def.permission, { temporaryPassword: session?.temporaryPassword });
    if (!allowed) {
      if (!session) throw new AppError('unauthenticated');
      throw new AppError('forbidden', session.temporaryPassword ? { message: 'auth.must_change_password' } : {});
    }
    const input = parseInput(def.input, rawInput ?? {});
    const handler = handlers[name] as Handler<OpName>;
    const output = await handler(input as never, { ctx, session, carrier });
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      throw new Error(`output of ${name} breaks the contract: ${checked.error.message}`);
    }
    return { ok: true, data: checked.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    if (isBusy(error)) return { ok: false, error: new AppError('busy').toShape() };
    // Unexpected: log with a reference the clerk can read out, never the stack to the client.
    const ref = logFailure(`${isOpName(name) ? name : 'unknown operation'} failed`, error);
    return { ok: false, error: { code: 'internal', message: 'error.internal', params: { ref } } };
  }
}
