import type { Role } from './roles';

/**
 * The demo hospital's accounts (`--demo` only: a throw-away database), one per role; user name = role. Documented
 * in the README and used by the end-to-end fixtures to log in.
 */
export const DEMO_PASSWORDS: Record<Role, string> = {
  admin: 'demo-admin-1',
  doctor: 'demo-doctor-1',
  nurse: 'demo-nurse-1',
  clerk: 'demo-clerk-1',
};
