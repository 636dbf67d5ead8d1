/**
 * Who may call an operation. Roles are not a ladder (a clerk may print slips, a nurse may not change
 * settings), so each operation names the permission it needs and each role lists what it holds.
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

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['public', 'account', 'user', 'register.write', 'clinical.write', 'register.export', 'report.signoff', 'admin'],
  doctor: ['public', 'account', 'user', 'register.write', 'clinical.write', 'report.signoff'],
  nurse: ['public', 'account', 'user', 'register.write', 'clinical.write'],
  clerk: ['public', 'account', 'user', 'register.write'],
};

/** A user logged in with a password an admin set may only replace it (and log out). */
const TEMPORARY_PASSWORD_PERMISSIONS: readonly Permission[] = ['public', 'account'];

/** The one permission check, used by the dispatcher for every operation on every transport (and by the UI to hide). */
export function roleAllows(role: Role | null, permission: Permission, options: { temporaryPassword?: boolean } = {}): boolean {
  if (permission === 'public') return true;
  if (role === null) return false;
  if (options.temporaryPassword) return TEMPORARY_PASSWORD_PERMISSIONS.includes(permission);
  return ROLE_PERMISSIONS[role].includes(permission);
}
