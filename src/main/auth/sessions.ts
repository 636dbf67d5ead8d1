import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { Session } from '../session';

interface Entry {
  session: Session;
  createdAt: number;
  lastSeen: number;
}

/**
 * Logged-in sessions, in memory: a restart logs everyone out, which is what a shared reception PC wants. A token
 * is 32 random bytes; the HTTP transport keeps it in an HttpOnly cookie, IPC per window, so page script never sees
 * it. Every resolved call counts as activity; a session idle for longer than the admin's `idle_minutes`, or older than
 * `max_session_hours` however active, is gone.
 */
export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: () => { idle_minutes: number; max_session_hours: number },
  ) {}

  create(session: Session): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock().getTime();
    this.entries.set(token, { session, createdAt: now, lastSeen: now });
    return token;
  }

  /** The session for a token, refreshed; null when unknown, idle too long or too old (then it is dropped). */
  resolve(token: string | null | undefined): Session | null {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return null;
    const now = this.clock().getTime();
    const limits = this.limits();
    if (now - entry.lastSeen > limits.idle_minutes * 60_000 || now - entry.createdAt > limits.max_session_hours * 3_600_000) {
      this.entries.delete(token);
      return null;
    }
    entry.lastSeen = now;
    return entry.session;
  }

  destroy(token: string | null | undefined): void {
    if (token) this.entries.delete(token);
  }

  /** After a role change, a password reset or disabling: that user logs in again. */
  destroyUser(userId: string): void {
    for (const [token, entry] of this.entries) if (entry.session.userId === userId) this.entries.delete(token);
  }

  /** After a restore: the users are those of the backup now. */
  destroyAll(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
