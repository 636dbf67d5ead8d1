import type { OpInput, OpName, OpOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { MONTH } from '../../shared/time';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { reportError } from '../report-error';
import { LOCAL_ADMIN_SESSION } from '../session';

/** One CLI command: `npm run cli -- <name> [options]`. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Commands that need the register get it opened (and closed) for them. */
  run: (args: string[], ctx: AppContext) => Promise<number> | number;
}

/** `--month YYYY-MM` as given, or null after telling how to give it. */
export function monthOption(value: unknown): string | null {
  if (typeof value === 'string' && MONTH.test(value)) return value;
  console.error('Give the month as --month YYYY-MM.');
  return null;
}

/**
 * A screen's own operation, as the local administrator: the CLI prints the numbers the screen shows. Null after
 * printing the refusal.
 */
export async function screenCall<N extends OpName>(ctx: AppContext, op: N, input: OpInput<N>): Promise<OpOutput<N> | null> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (result.ok) return result.data as OpOutput<N>;
  reportError(AppError.fromShape(result.error));
  return null;
}
