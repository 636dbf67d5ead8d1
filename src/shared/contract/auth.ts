import { z } from 'zod';
import {
  fullNameSchema,
  passwordSchema,
  roleSchema,
  securitySettingsSchema,
  sessionInfoSchema,
  userSchema,
  usernameSchema,
} from '../auth';
import { LANGUAGES } from '../i18n/define';
import { op } from './define';

const empty = z.object({}).strict();

/** What the login and first-run screens need before anyone is logged in (nothing private). */
export const setupStatusSchema = z.object({
  first_run: z.boolean(),
  hospital_name: z.string(),
  ui_language: z.enum(LANGUAGES),
  demo: z.boolean(),
  version: z.string(),
});
export type SetupStatus = z.output<typeof setupStatusSchema>;

const newUser = { username: usernameSchema, full_name: fullNameSchema, password: passwordSchema };

/**
 * Users, sessions and access settings. `login`, `createFirstAdmin` and `logout` start or end the caller's session
 * through the transport (HTTP: an HttpOnly cookie; IPC: per window); the token is never in a response body.
 */
export const authOps = {
  setupStatus: op({ input: empty, output: setupStatusSchema, permission: 'public', mutates: false }),
  /** Only while no user exists: the first person creates the administrator and is logged in as them. */
  createFirstAdmin: op({ input: z.object(newUser).strict(), output: sessionInfoSchema, permission: 'public', mutates: true }),
  login: op({
    input: z.object({ username: usernameSchema, password: z.string().min(1).max(200) }).strict(),
    output: sessionInfoSchema,
    permission: 'public',
    // Records the time of the last login on the user (shown on the Users screen).
    mutates: true,
  }),
  logout: op({ input: empty, output: z.object({ ok: z.literal(true) }), permission: 'public', mutates: false }),
  /** The caller's session, or null when not logged in (or expired). */
  whoami: op({ input: empty, output: sessionInfoSchema.nullable(), permission: 'public', mutates: false }),
  changeOwnPassword: op({
    input: z.object({ current_password: z.string().min(1).max(200), new_password: passwordSchema }).strict(),
    output: sessionInfoSchema,
    permission: 'account',
    mutates: true,
  }),
  listUsers: op({ input: empty, output: z.array(userSchema), permission: 'admin', mutates: false }),
  createUser: op({
    input: z.object({ ...newUser, role: roleSchema }).strict(),
    output: userSchema,
    permission: 'admin',
    mutates: true,
  }),
  /** Change name or role, disable or enable. Users are never deleted: their names stay in the audit trail. */
  updateUser: op({
    input: z
      .object({ id: z.string().min(1).max(64), full_name: fullNameSchema, role: roleSchema, disabled: z.boolean() })
      .partial({ full_name: true, role: true, disabled: true })
      .strict(),
    output: userSchema,
    permission: 'admin',
    mutates: true,
  }),
  /** Sets a temporary password the user must change at the next login. */
  resetPassword: op({
    input: z.object({ id: z.string().min(1).max(64), password: passwordSchema }).strict(),
    output: userSchema,
    permission: 'admin',
    mutates: true,
  }),
  getSecuritySettings: op({ input: empty, output: securitySettingsSchema, permission: 'admin', mutates: false }),
  updateSecuritySettings: op({
    input: securitySettingsSchema.partial().strict(),
    output: securitySettingsSchema,
    permission: 'admin',
    mutates: true,
  }),
};
