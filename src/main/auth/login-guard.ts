import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';

/** Failed attempts from one remote client (IP address) within the window before it must wait. */
export const CLIENT_FAILURE_LIMIT = 20;
/** All attempts (right or wrong) from one remote client per window: each costs a scrypt hash, so this bounds the CPU. */
export const CLIENT_ATTEMPT_LIMIT = 300;
export const CLIENT_WINDOW_MS = 10 * 60_000;
/** The first wait after `lockout_attempts` wrong passwords; each further wrong one doubles it, up to `lockout_minutes`. */
export const FIRST_WAIT_MS = 30_000;
/** On the reception PC itself a wait never exceeds this: whoever sits there already holds the register file. */
export const LOCAL_MAX_WAIT_MS = 60_000;
/** Above this many remembered (user, client) pairs, finished ones are forgotten (a guesser cycling names). */
const MAX_PAIRS = 10_000;

/** The reception PC itself: an app window (IPC), the CLI, or a loopback connection in web mode. */
export function isLocalClient(client: string): boolean {
  return (
    client === 'local' ||
    client.startsWith('window:') ||
    /^127\.\d+\.\d+\.\d+$/.test(client) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/.test(client) ||
    client === '::1'
  );
}

/** Every local client is one place: wrong passwords typed in one window slow the next window down too. */
const place = (client: string) => (isLocalClient(client) ? 'local' : client);

interface PairState {
  failures: number;
  waitUntil: number;
  lastFailure: number;
}

/**
 * Brakes on password guessing, per (user, client): after `lockout_attempts` wrong passwords for one account from one
 * place, that place waits before the next try, 30 s and doubling per further wrong password up to `lockout_minutes`.
 * Another place is never slowed down, so a guesser on the LAN cannot shut the reception PC (or the only admin) out;
 * on the reception PC a wait is at most a minute. Remote clients also have a rate limit across user names. Kept in
 * memory on purpose: a refused login must not write to the register, and a remote guesser cannot restart the app.
 */
export class LoginGuard {
  private readonly pairs = new Map<string, PairState>();
  private readonly clients = new Map<string, { attempts: number[]; failures: number[] }>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: () => { lockout_attempts: number; lockout_minutes: number },
  ) {}

  private client(key: string) {
    const now = this.clock().getTime();
    let state = this.clients.get(key);
    if (!state) {
      state = { attempts: [], failures: [] };
      this.clients.set(key, state);
    }
    state.attempts = state.attempts.filter((t) => now - t < CLIENT_WINDOW_MS);
    state.failures = state.failures.filter((t) => now - t < CLIENT_WINDOW_MS);
    return state;
  }

  private static pairKey(client: string, username: string): string {
    return `${place(client)}\n${username}`;
  }

  /** Before checking a password: throws `rate_limited` (remote client) or `auth.wait` (this account from here). */
  begin(clientKey: string, username: string): void {
    const now = this.clock().getTime();
    if (!isLocalClient(clientKey)) {
      const client = this.client(clientKey);
      if (client.attempts.length >= CLIENT_ATTEMPT_LIMIT || client.failures.length >= CLIENT_FAILURE_LIMIT) {
        const oldest = Math.min(...client.attempts, ...client.failures);
        throw new AppError('rate_limited', {
          message: 'auth.rate_limited',
          params: { minutes: Math.max(1, Math.ceil((oldest + CLIENT_WINDOW_MS - now) / 60_000)) },
        });
      }
      client.attempts.push(now);
    }
    const pair = this.pairs.get(LoginGuard.pairKey(clientKey, username));
    if (pair && pair.waitUntil > now) throw waitError(pair.waitUntil - now);
  }

  /**
   * A wrong password: counts towards both brakes. Returns the wait error when this one started a wait, else
   * `otherwise` (the caller's own "wrong password").
   */
  fail(clientKey: string, username: string, otherwise: AppError): AppError {
    const now = this.clock().getTime();
    if (!isLocalClient(clientKey)) this.client(clientKey).failures.push(now);
    const key = LoginGuard.pairKey(clientKey, username);
    const pair = this.pairs.get(key) ?? { failures: 0, waitUntil: 0, lastFailure: 0 };
    pair.failures += 1;
    pair.lastFailure = now;
    const policy = this.policy();
    const over = pair.failures - policy.lockout_attempts;
    if (over >= 0) {
      const cap = Math.min(policy.lockout_minutes * 60_000, isLocalClient(clientKey) ? LOCAL_MAX_WAIT_MS : Infinity);
      const wait = Math.min(cap, FIRST_WAIT_MS * 2 ** Math.min(over, 20));
      pair.waitUntil = now + wait;
      console.warn(
        `login: wrong passwords from ${isLocalClient(clientKey) ? 'this PC' : 'a LAN client'}, waiting ${wait / 1000} s`,
      );
    }
    this.pairs.set(key, pair);
    this.prune(now);
    return pair.waitUntil > now ? waitError(pair.waitUntil - now) : otherwise;
  }

  private prune(now: number): void {
    if (this.pairs.size <= MAX_PAIRS) return;
    for (const [key, pair] of this.pairs) {
      if (pair.waitUntil <= now && now - pair.lastFailure > CLIENT_WINDOW_MS) this.pairs.delete(key);
    }
  }

  succeed(clientKey: string, username: string): void {
    this.pairs.delete(LoginGuard.pairKey(clientKey, username));
  }

  /** An admin resetting the password also lifts every wait on that account. */
  unlock(username: string): void {
    for (const key of this.pairs.keys()) if (key.endsWith(`\n${username}`)) this.pairs.delete(key);
  }
}

function waitError(ms: number): AppError {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 120
    ? new AppError('unauthenticated', { message: 'auth.wait_seconds', params: { seconds } })
    : new AppError('unauthenticated', { message: 'auth.wait_minutes', params: { minutes: Math.ceil(seconds / 60) } });
}
