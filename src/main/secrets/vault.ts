import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit';
import type { DbHandle } from '../db/handle';
import { secrets } from '../db/schema';
import type { Session } from '../session';
import type { SecretStore } from './secret-store';

/** What the vault reads and writes through: the register and the store that encrypts. */
export type VaultHolder = Pick<DbHandle, 'db' | 'clock'> & { secrets: SecretStore };

/** Stores a secret as ciphertext (audited without its value). */
export function storeSecret(ctx: VaultHolder, session: Session, name: string, plain: string): void {
  const ciphertext = ctx.secrets.encrypt(plain);
  const at = ctx.clock();
  ctx.db.transaction((tx) => {
    const row = { name, scheme: ctx.secrets.scheme, ciphertext, updated_at: at.toISOString(), updated_by: session.userId };
    tx.insert(secrets).values(row).onConflictDoUpdate({ target: secrets.name, set: row }).run();
    writeAudit(tx, session, at, [{ entity: 'secret', entityId: name, action: 'update', field: 'value', newValue: '(changed)' }]);
  });
}

export interface SecretState {
  present: boolean;
  /** False when another store (desktop safeStorage vs. web-mode key file) wrote it. */
  readable: boolean;
}

export function secretState(ctx: Omit<VaultHolder, 'clock'>, name: string): SecretState {
  const row = ctx.db.select({ scheme: secrets.scheme }).from(secrets).where(eq(secrets.name, name)).get();
  return { present: !!row, readable: row?.scheme === ctx.secrets.scheme };
}

/** The plain secret, for the one request that needs it. Never log or return it. */
export function readSecret(ctx: Omit<VaultHolder, 'clock'>, name: string): string {
  const row = ctx.db.select().from(secrets).where(eq(secrets.name, name)).get();
  if (!row) throw new AppError('invalid_input', { message: 'dhis2.error.no_secret', field: 'secret' });
  if (row.scheme !== ctx.secrets.scheme) {
    throw new AppError('invalid_input', { message: 'dhis2.error.secret_other_runtime', field: 'secret' });
  }
  try {
    return ctx.secrets.decrypt(row.ciphertext);
  } catch {
    throw new AppError('invalid_input', { message: 'dhis2.error.secret_unreadable', field: 'secret' });
  }
}
