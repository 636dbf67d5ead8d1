import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { SessionInfo, User } from '../../shared/auth';
import { DEFAULT_SECURITY_SETTINGS, securitySettingsSchema, type SecuritySettings } from '../../shared/auth';
import { AppError } from '../../shared/errors';
import { fieldError } from '../../shared/validation';
import { permissionsOf, type Role } from '../../shared/roles';
import { writeAudit, type AuditEntry } from '../audit';
import type { AppContext } from '../context';
import type { DbHandle } from '../db/handle';
import { users } from '../db/schema';
import type { Session, SessionCarrier } from '../session';
import { readSection } from '../settings/store';
import { readRoleTable } from './roles';
import { dummyPasswordHash, hashDemoPasswordSync, hashPassword, needsRehash, verifyPassword } from './password';

type UserRow = typeof users.$inferSelect;

export function readSecuritySettings(ctx: Pick<DbHandle, 'db'>): SecuritySettings {
  return readSection(ctx, 'security', securitySettingsSchema, DEFAULT_SECURITY_SETTINGS);
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  full_name: row.full_name,
  role: row.role,
  disabled: row.disabled,
  must_change_password: row.must_change_password,
  created_at: row.created_at,
  last_login_at: row.last_login_at,
});

const sessionOf = (row: UserRow): Session => ({
  userId: row.id,
  userName: row.username,
  role: row.role,
  temporaryPassword: row.must_change_password,
});

export function countUsers(ctx: Pick<DbHandle, 'db'>): number {
  return ctx.db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function listUsers(ctx: Pick<DbHandle, 'db'>): User[] {
  return ctx.db.select().from(users).orderBy(users.username).all().map(toUser);
}

function findById(ctx: Pick<DbHandle, 'db'>, id: string): UserRow {
  const row = ctx.db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw new AppError('not_found', { field: 'id' });
  return row;
}

export function sessionInfo(ctx: Pick<DbHandle, 'db'>, session: Session): SessionInfo {
  return {
    user: { id: session.userId, username: session.userName, full_name: fullName(ctx, session), role: session.role },
    idle_minutes: readSecuritySettings(ctx).idle_minutes,
    must_change_password: session.temporaryPassword === true,
    permissions: permissionsOf(readRoleTable(ctx), session.role, { temporaryPassword: session.temporaryPassword }),
  };
}

/** The person's full name (slips print it as "Prepared by"); the login name for accounts outside the table (CLI). */
export function fullName(ctx: Pick<DbHandle, 'db'>, session: Session): string {
  return ctx.db.select({ n: users.full_name }).from(users).where(eq(users.id, session.userId)).get()?.n ?? session.userName;
}

interface NewUser {
  username: string;
  full_name: string;
  password: string;
  role: Role;
}

function insertUser(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  actor: Session | null,
  input: NewUser,
  hash: string,
  opts: { firstAdmin: boolean; temporary: boolean },
): UserRow {
  return ctx.db.transaction((tx) => {
    // Checked inside the write transaction: two first-run screens cannot both create "the" admin.
    if (opts.firstAdmin && (tx.select({ n: count() }).from(users).get()?.n ?? 0) > 0) {
      throw new AppError('conflict', { message: 'auth.already_set_up' });
    }
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get())
      throw fieldError('username', 'v.username_taken');
    const at = ctx.clock().toISOString();
    const row: UserRow = {
      id: randomUUID(),
      username: input.username,
      full_name: input.full_name,
      role: input.role,
      password_hash: hash,
      must_change_password: opts.temporary,
      disabled: false,
      created_at: at,
      updated_at: at,
      last_login_at: null,
    };
    tx.insert(users).values(row).run();
    const entries: AuditEntry[] = (['username', 'full_name', 'role'] as const).map((field) => ({
      entity: 'user',
      entityId: row.id,
      action: 'create',
      field,
      newValue: row[field],
    }));
    writeAudit(tx, actor ?? sessionOf(row), ctx.clock(), entries);
    return row;
  });
}

/** First run: the first user is an administrator, logged in at once. Refused as soon as any user exists. */
export async function createFirstAdmin(
  ctx: Pick<AppContext, 'db' | 'clock' | 'sessions'>,
  carrier: SessionCarrier,
  input: Omit<NewUser, 'role'>,
): Promise<SessionInfo> {
  if (countUsers(ctx) > 0) throw new AppError('conflict', { message: 'auth.already_set_up' });
  const row = insertUser(ctx, null, { ...input, role: 'admin' }, await hashPassword(input.password), {
    firstAdmin: true,
    temporary: false,
  });
  return startSession(ctx, carrier, row);
}

/** An admin creates the account with a password they chose, so the user replaces it at the first login. */
export async function createUser(ctx: Pick<DbHandle, 'db' | 'clock'>, actor: Session, input: NewUser): Promise<User> {
  const hash = await hashPassword(input.password);
  return toUser(insertUser(ctx, actor, input, hash, { firstAdmin: false, temporary: true }));
}

/** Demo accounts: created with known, documented passwords that need no change. */
export function createDemoUser(ctx: Pick<DbHandle, 'db' | 'clock'>, actor: Session, input: NewUser): User {
  return toUser(insertUser(ctx, actor, input, hashDemoPasswordSync(input.password), { firstAdmin: false, temporary: false }));
}

function startSession(ctx: Pick<AppContext, 'db' | 'clock' | 'sessions'>, carrier: SessionCarrier, row: UserRow): SessionInfo {
  const at = ctx.clock().toISOString();
  // Not audited: a login changes no record; the Users screen shows it.
  ctx.db.update(users).set({ last_login_at: at }).where(eq(users.id, row.id)).run();
  const session = sessionOf(row);
  ctx.sessions.destroy(carrier.token);
  carrier.attach(ctx.sessions.create(session));
  return sessionInfo(ctx, session);
}

export async function login(
  ctx: DbHandle & Pick<AppContext, 'sessions' | 'loginGuard'>,
  carrier: SessionCarrier,
  input: { username: string; password: string },
): Promise<SessionInfo> {
  ctx.loginGuard.begin(carrier.client, input.username);
  const row = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok) {
    throw ctx.loginGuard.fail(
      carrier.client,
      input.username,
      new AppError('unauthenticated', { message: 'auth.bad_credentials' }),
    );
  }
  ctx.loginGuard.succeed(carrier.client, input.username);
  if (needsRehash(row.password_hash)) void upgradeHash(ctx, row, input.password);
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (row.disabled) throw new AppError('forbidden', { message: 'auth.disabled' });
  return startSession(ctx, carrier, row);
}

/**
 * Re-hashes at today's cost after a login with an older hash, in the background (the login is not delayed). Only if
 * the stored hash is still the one verified, so a password changed meanwhile wins. Not audited: the password is the
 * same, only its storage changes (like `last_login_at`).
 */
export async function upgradeHash(ctx: Pick<DbHandle, 'sqlite'>, row: UserRow, password: string): Promise<void> {
  try {
    const hash = await hashPassword(password);
    ctx.sqlite
      .prepare('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?')
      .run(hash, row.id, row.password_hash);
  } catch (error) {
    // The app closed meanwhile or the register is busy: the next login tries again.
    console.warn('password re-hash postponed', (error as { code?: string }).code ?? 'error');
  }
}

export function logout(ctx: Pick<AppContext, 'sessions'>, carrier: SessionCarrier): { ok: true } {
  ctx.sessions.destroy(carrier.token);
  carrier.detach();
  return { ok: true };
}

export async function changeOwnPassword(
  ctx: Pick<AppContext, 'db' | 'clock' | 'sessions' | 'loginGuard'>,
  session: Session,
  carrier: SessionCarrier,
  input: { current_password: string; new_password: string },
): Promise<SessionInfo> {
  // The same brake as login: a session left open must not become an unlimited password oracle.
  ctx.loginGuard.begin(carrier.client, session.userName);
  const row = findById(ctx, session.userId);
  if (!(await verifyPassword(input.current_password, row.password_hash))) {
    throw ctx.loginGuard.fail(carrier.client, session.userName, fieldError('current_password', 'v.password_wrong'));
  }
  ctx.loginGuard.succeed(carrier.client, session.userName);
  if (input.new_password === input.current_password) throw fieldError('new_password', 'v.password_same');
  const hash = await hashPassword(input.new_password);
  ctx.db.transaction((tx) => {
    tx.update(users)
      .set({ password_hash: hash, must_change_password: false, updated_at: ctx.clock().toISOString() })
      .where(eq(users.id, row.id))
      .run();
    writeAudit(tx, session, ctx.clock(), [{ entity: 'user', entityId: row.id, action: 'update', field: 'password' }]);
  });
  // Other sessions of this user (another PC) end; this one continues with full rights.
  ctx.sessions.destroyUser(row.id);
  return startSession(ctx, carrier, { ...row, must_change_password: false });
}

function activeAdmins(ctx: Pick<DbHandle, 'db'>): UserRow[] {
  return ctx.db
    .select()
    .from(users)
    .all()
    .filter((u) => u.role === 'admin' && !u.disabled);
}

/** Name, role, disabled. The last active administrator cannot be demoted or disabled (nobody could manage users). */
export function updateUser(
  ctx: Pick<AppContext, 'db' | 'clock' | 'sessions'>,
  actor: Session,
  input: { id: string; full_name?: string; role?: Role; disabled?: boolean },
): User {
  const before = findById(ctx, input.id);
  const after: UserRow = {
    ...before,
    full_name: input.full_name ?? before.full_name,
    role: input.role ?? before.role,
    disabled: input.disabled ?? before.disabled,
  };
  const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
  if (losesAdmin && activeAdmins(ctx).length <= 1) {
    throw new AppError('conflict', { message: 'auth.last_admin', field: input.role ? 'role' : 'disabled' });
  }
  if (input.id === actor.userId && after.disabled)
    throw new AppError('conflict', { message: 'auth.disable_self', field: 'disabled' });
  const changes: AuditEntry[] = (['full_name', 'role', 'disabled'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({
      entity: 'user',
      entityId: before.id,
      action: 'update',
      field,
      oldValue: before[field],
      newValue: after[field],
    }));
  if (changes.length === 0) return toUser(before);
  ctx.db.transaction((tx) => {
    tx.update(users)
      .set({ full_name: after.full_name, role: after.role, disabled: after.disabled, updated_at: ctx.clock().toISOString() })
      .where(eq(users.id, before.id))
      .run();
    writeAudit(tx, actor, ctx.clock(), changes);
  });
  // A changed role or a disabled account takes effect now, not at the next login.
  if (before.role !== after.role || after.disabled) ctx.sessions.destroyUser(before.id);
  return toUser(findById(ctx, before.id));
}

export async function resetPassword(
  ctx: Pick<AppContext, 'db' | 'clock' | 'sessions' | 'loginGuard'>,
  actor: Session,
  input: { id: string; password: string },
): Promise<User> {
  const row = findById(ctx, input.id);
  const hash = await hashPassword(input.password);
  ctx.db.transaction((tx) => {
    tx.update(users)
      .set({ password_hash: hash, must_change_password: true, updated_at: ctx.clock().toISOString() })
      .where(eq(users.id, row.id))
      .run();
    writeAudit(tx, actor, ctx.clock(), [
      { entity: 'user', entityId: row.id, action: 'update', field: 'password', reason: 'reset by administrator' },
    ]);
  });
  ctx.sessions.destroyUser(row.id);
  ctx.loginGuard.unlock(row.username);
  return toUser(findById(ctx, row.id));
}
