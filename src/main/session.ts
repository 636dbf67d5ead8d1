import type { Role } from '../shared/roles';

/** Who is calling. Every audit row names this user. */
export interface Session {
  userId: string;
  userName: string;
  role: Role;
  /** Logged in with a password an admin set: only changing it is allowed until then. */
  temporaryPassword?: boolean;
}

/**
 * How a transport carries a session between calls: HTTP in an HttpOnly cookie, IPC per window. `login`,
 * `createFirstAdmin` and `logout` attach or detach one; nothing else sees the token.
 */
export interface SessionCarrier {
  /** The token the caller presented, if any. */
  readonly token: string | null;
  /** Where the call came from (IP address, window), for login rate limits and logs. */
  readonly client: string;
  attach(token: string): void;
  detach(): void;
}

/** For callers without a transport (CLI, tests calling `dispatch` directly): sessions go nowhere. */
export const NO_CARRIER: SessionCarrier = { token: null, client: 'local', attach: () => undefined, detach: () => undefined };

/**
 * The CLI's session: whoever runs `npm run cli` on the data folder already holds the register file itself, so
 * they act as the administrator (audit rows name `cli`). Transports never use it: they resolve logged-in sessions.
 */
export const LOCAL_ADMIN_SESSION: Session = { userId: 'cli', userName: 'cli', role: 'admin' };
