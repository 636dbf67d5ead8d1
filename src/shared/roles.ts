import { z } from 'zod';

/**
 * Who may call an operation. Roles are not a ladder (a clerk may print slips, a nurse may not change
 * settings), so each operation names the permission it needs and each role holds what the hospital's admin
 * grants it (settings section `roles`); `ROLE_PERMISSIONS` is only the starting point of a fresh install.
 */
export const ROLES = ['admin', 'doctor', 'nurse', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Anyone, logged in or not (app info, login). */
  'public',
  /** One's own account (change one's password): the only thing allowed with a temporary password. */
  'account',
  /** Any logged-in user (read the register, own preferences). */
  'user',
  /** Admit, edit identity and outcome, print slips. */
  'register.write',
  /** Clinical fields: obstetric status, delivery, babies. */
  'clinical.write',
  /** Export the whole register or a date range (every identity field) as a file: audited per export. */
  'register.export',
  /** Sign off the monthly report. */
  'report.signoff',
  /** Facility settings, users, backups, push settings. */
  'admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Every role holds these whatever the admin sets: logging in, one's own password, reading the register. */
export const FIXED_PERMISSIONS = ['public', 'account', 'user'] as const satisfies readonly Permission[];
export type GrantablePermission = Exclude<Permission, (typeof FIXED_PERMISSIONS)[number]>;
/** What the admin grants or takes away per role; a permission added to PERMISSIONS appears here (and on the Roles screen). */
export const GRANTABLE_PERMISSIONS = PERMISSIONS.filter(
  (p): p is GrantablePermission => !(FIXED_PERMISSIONS as readonly Permission[]).includes(p),
);

/**
 * The defaults of a fresh install (and of any permission the admin has not decided about yet). In a small private
 * hospital the clerk copies the labour-room notes into the register, so the clerk writes all of it.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['public', 'account', 'user', 'register.write', 'clinical.write', 'register.export', 'report.signoff', 'admin'],
  doctor: ['public', 'account', 'user', 'register.write', 'clinical.write', 'report.signoff'],
  nurse: ['public', 'account', 'user', 'register.write', 'clinical.write'],
  clerk: ['public', 'account', 'user', 'register.write', 'clinical.write'],
};

/** One switch of the role table, `clerk:clinical.write`: flat, so each change is one audit row. */
export type RoleGrantKey = `${Role}:${GrantablePermission}`;
export const roleGrantKey = (role: Role, permission: GrantablePermission): RoleGrantKey => `${role}:${permission}`;
const GRANT_KEYS = ROLES.flatMap((role) => GRANTABLE_PERMISSIONS.map((p) => roleGrantKey(role, p)));

/** The admin cannot lock everyone out: the admin role always keeps `admin`. */
const ADMIN_KEEPS_ADMIN = roleGrantKey('admin', 'admin');

const grantShape = Object.fromEntries(GRANT_KEYS.map((key) => [key, z.boolean()])) as Record<RoleGrantKey, z.ZodBoolean>;

/**
 * Settings section `roles`. Stored keys are merged over the defaults, so a permission added in a later release
 * takes its default until the admin decides; a stored key this release does not know is dropped, not an error
 * (the dispatcher reads this table on every call).
 */
export const roleSettingsSchema = z
  .object(grantShape)
  .refine((s) => s[ADMIN_KEEPS_ADMIN], { error: 'v.admin_keeps_admin', path: [ADMIN_KEEPS_ADMIN] });
export type RoleSettings = z.output<typeof roleSettingsSchema>;
export const roleSettingsPatchSchema = z.object(grantShape).partial().strict();

export const DEFAULT_ROLE_SETTINGS = Object.fromEntries(
  ROLES.flatMap((role) => GRANTABLE_PERMISSIONS.map((p) => [roleGrantKey(role, p), ROLE_PERMISSIONS[role].includes(p)])),
) as RoleSettings;

/** What each role holds, fixed permissions included. */
export type RoleTable = Readonly<Record<Role, readonly Permission[]>>;

export function roleTable(settings: RoleSettings): RoleTable {
  const table = {} as Record<Role, Permission[]>;
  for (const role of ROLES) {
    table[role] = [...FIXED_PERMISSIONS, ...GRANTABLE_PERMISSIONS.filter((p) => settings[roleGrantKey(role, p)])];
  }
  return table;
}

export const DEFAULT_ROLE_TABLE = roleTable(DEFAULT_ROLE_SETTINGS);

/** A user logged in with a password an admin set may only replace it (and log out). */
const TEMPORARY_PASSWORD_PERMISSIONS: readonly Permission[] = ['public', 'account'];

/** What one user holds now: the session info the renderer's `can()` reads. */
export function permissionsOf(table: RoleTable, role: Role, options: { temporaryPassword?: boolean } = {}): Permission[] {
  return options.temporaryPassword ? [...TEMPORARY_PASSWORD_PERMISSIONS] : [...table[role]];
}

/** The one permission check, used by the dispatcher for every operation on every transport. */
export function roleAllows(
  table: RoleTable,
  role: Role | null,
  permission: Permission,
  options: { temporaryPassword?: boolean } = {},
): boolean {
  if (permission === 'public') return true;
  if (role === null) return false;
  return permissionsOf(table, role, options).includes(permission);
}
