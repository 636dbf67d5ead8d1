import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION, type Session } from '../../src/main/session';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import { AppError, type AppErrorShape } from '../../src/shared/errors';

/** Calls an operation through the real dispatcher (permissions, input and output validation, the handler). */
export async function call<N extends OpName>(
  ctx: AppContext,
  op: N,
  input: OpInput<N>,
  session: Session = LOCAL_ADMIN_SESSION,
): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, session, op, input);
  if (!result.ok) throw AppError.fromShape(result.error);
  return result.data as OpOutput<N>;
}

/** The error an operation must fail with. */
export async function fails(
  ctx: AppContext,
  op: OpName,
  input: unknown,
  session: Session = LOCAL_ADMIN_SESSION,
): Promise<AppErrorShape> {
  const result = await dispatch(ctx, session, op, input);
  if (result.ok) throw new Error(`${op} should have failed`);
  return result.error;
}
