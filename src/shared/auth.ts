import { z } from 'zod';
import { PERMISSIONS, ROLES } from './roles';

/** Log-in names: short, lower-case, no spaces, so they are typed the same way every time. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'v.username' });

/** Long enough to resist guessing, short enough to type at a busy desk; any script (Hindi passphrases work). */
export const PASSWORD_MIN = 8;
export const passwordSchema = z.string().min(PASSWORD_MIN, { error: 'v.password_short' }).max(200);

export const fullNameSchema = z.string().trim().min(1, { error: 'v.blank' }).max(80);

export const roleSchema = z.enum(ROLES);

/** A user as the Users screen shows them. Never carries the password hash. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  full_name: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  must_change_password: z.boolean(),
  created_at: z.string(),
  last_login_at: z.string().nullable(),
});
export type User = z.output<typeof userSchema>;

/** Who is logged in, as the renderer needs it (the session token itself never leaves the transport). */
export const sessionInfoSchema = z.object({
  user: userSchema.pick({ id: true, username: true, full_name: true, role: true }),
  /** The renderer locks the screen after this many idle minutes; the server expires the session too. */
  idle_minutes: z.number().int(),
  must_change_password: z.boolean(),
  /** What this user may do now (the role table the admin set): the renderer's `can()` reads it to hide or disable. */
  permissions: z.array(z.enum(PERMISSIONS)),
});
export type SessionInfo = z.output<typeof sessionInfoSchema>;

/** Admin settings for access: idle auto-lock and the lockout after failed passwords. */
export const securitySettingsSchema = z
  .object({
    idle_minutes: z.number().int().min(1).max(480),
    lockout_attempts: z.number().int().min(3).max(20),
    lockout_minutes: z.number().int().min(1).max(1440),
    /** A session ends this long after its login, however active (a shift), so a left-open browser does not stay in. */
    max_session_hours: z.number().int().min(1).max(72),
  })
  .strict();
export type SecuritySettings = z.output<typeof securitySettingsSchema>;

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  idle_minutes: 10,
  lockout_attempts: 5,
  lockout_minutes: 15,
  max_session_hours: 12,
};
