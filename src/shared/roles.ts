/**
 * Who may call an operation. Roles are not a ladder (a clerk may print slips, a nurse may not change
 * settings), so each operation names the permission it needs and each role lists what it holds.
 */
export const ROLES = ['admin', 'doctor', 'nurse', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Anyone, logged in or not (app info, login). */
  'public',
  /** Any logged-in user (read the register, own preferences). */
  'user',
  /** Admit, edit identity and outcome, print slips. */
  'register.write',
  /** Clinical fields: obstetric status, delivery, babies. */
  'clinical.write',
  /** Sign off the monthly report. */
  'report.signoff',
  /** Facility settings, users, backups, push settings. */
  'admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['public', 'user', 'register.write', 'clinical.write', 'report.signoff', 'admin'],
  doctor: ['public', 'user', 'register.write', 'clinical.write', 'report.signoff'],
  nurse: ['public', 'user', 'register.write', 'clinical.write'],
  clerk: ['public', 'user', 'register.write'],
};

export function roleAllows(role: Role | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  return role !== null && ROLE_PERMISSIONS[role].includes(permission);
}
