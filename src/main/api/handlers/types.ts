import type { OpName, OpOutput, OpParsedInput } from '../../../shared/contract';
import type { AppContext } from '../../context';
import type { Session, SessionCarrier } from '../../session';

/** What a handler receives beside its validated input. */
export interface CallContext {
  ctx: AppContext;
  /** null only for `public` operations called before login. */
  session: Session | null;
  /** How the caller's transport keeps its session (used by login and logout only). */
  carrier: SessionCarrier;
}

export type Handler<N extends OpName> = (input: OpParsedInput<N>, call: CallContext) => OpOutput<N> | Promise<OpOutput<N>>;

/** A group of handlers, typed by the contract. */
export type Handlers<N extends OpName> = { [K in N]: Handler<K> };

/** The session of an operation whose permission is not `public` (the dispatcher has already checked it). */
export function requireSession(call: CallContext): Session {
  if (!call.session) throw new Error('handler called without a session');
  return call.session;
}
