import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';

/** Failed attempts from one place (IP address or window) within the window before it must wait. */
export const CLIENT_FAILURE_LIMIT = 20;
/** All attempts (right or wrong) from one place per window: each costs a scrypt hash, so this bounds the CPU. */
export const CLIENT_ATTEMPT_LIMIT = 300;
export const CLIENT_WINDOW_MS = 10 * 60_000;

interface UserState {
  failures: number;
  lockedUntil: number;
}

/**
 * Brakes on password guessing, per user (lockout after `lockout_attempts` consecutive failures) and per client
 * (rate limit). Kept in memory on purpose: a refused login must not write to the register (the fuzz test checks
 * that refused calls change nothing), and a remote guesser cannot restart the app to reset it.
 */
export class LoginGuard {
  private readonly users = new Map<string, UserState>();
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

  /** Before checking a password: throws `rate_limited` or `auth.locked`. */
  begin(clientKey: string, username: string): void {
    const now = this.clock().getTime();
    const client = this.client(clientKey);
    if (client.attempts.length >= CLIENT_ATTEMPT_LIMIT || client.failures.length >= CLIENT_FAILURE_LIMIT) {
      const oldest = Math.min(...client.attempts, ...client.failures);
      throw new AppError('rate_limited', {
        message: 'auth.rate_limited',
        params: { minutes: Math.max(1, Math.ceil((oldest + CLIENT_WINDOW_MS - now) / 60_000)) },
      });
    }
    client.attempts.push(now);
    const user = this.users.get(username);
    if (user && user.lockedUntil > now) throw this.lockedError(user.lockedUntil - now);
  }

  private lockedError(ms: number): AppError {
    return new AppError('unauthenticated', { message: 'auth.locked', params: { minutes: Math.max(1, Math.ceil(ms / 60_000)) } });
  }

  /** A wrong password: counts towards both limits; the error says when the account is now locked. */
  fail(clientKey: string, username: string): AppError {
    const now = this.clock().getTime();
    this.client(clientKey).failures.push(now);
    const policy = this.policy();
    const user = this.users.get(username) ?? { failures: 0, lockedUntil: 0 };
    user.failures += 1;
    if (user.failures >= policy.lockout_attempts) {
      user.failures = 0;
      user.lockedUntil = now + policy.lockout_minutes * 60_000;
      console.warn(`login: ${username} locked for ${policy.lockout_minutes} min after repeated wrong passwords`);
    }
    this.users.set(username, user);
    if (user.lockedUntil > now) return this.lockedError(user.lockedUntil - now);
    return new AppError('unauthenticated', { message: 'auth.bad_credentials' });
  }

  succeed(username: string): void {
    this.users.delete(username);
  }

  /** An admin resetting the password also lifts the lockout. */
  unlock(username: string): void {
    this.users.delete(username);
  }
}
