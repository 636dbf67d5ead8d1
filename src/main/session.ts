import type { Role } from '../shared/roles';

/** Who is calling. Every audit row names this user. */
export interface Session {
  userId: string;
  userName: string;
  role: Role;
}

/**
 * The reception PC's own session until user accounts exist (issue "Data safety and access"): the person at
 * the PC is the administrator. Transports pass the session they resolved; nothing else invents one.
 */
export const LOCAL_ADMIN_SESSION: Session = { userId: 'local', userName: 'local', role: 'admin' };
