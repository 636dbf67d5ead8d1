import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit';
import type { AppContext } from '../context';
import { secrets } from '../db/schema';
import type { Session } from '../session';

/** Stores a secret as ciphertext (audited without its value). */
export function storeSecret(ctx: AppContext, session: Session, name: string, plain: string): void {
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

export function secretState(ctx: AppContext, name: string): SecretState {
  const row = ctx.db.select({ scheme: secrets.scheme }).from(secrets).where(eq(secrets.name, name)).get();
  return { present: !!row, readable: row?.scheme === ctx.secrets.scheme };
}

/** The plain secret, for the one request that needs it. Never log or return it. */
export function readSecret(ctx: AppContext, name: string): string {
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
