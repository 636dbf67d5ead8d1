import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../../shared/roles';

/**
 * People who log in. Never deleted (their names stay in the audit trail): disabled instead. The password is kept
 * only as a scrypt hash with its own salt and parameters (`src/main/auth/password.ts`).
 */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Lower-case log-in name, unique. */
  username: text('username').notNull().unique(),
  full_name: text('full_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  password_hash: text('password_hash').notNull(),
  must_change_password: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  created_at: text('created_at').notNull(),
  updated_at: text('updated_at').notNull(),
  last_login_at: text('last_login_at'),
});
