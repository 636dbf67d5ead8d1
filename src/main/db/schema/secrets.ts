import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Credentials the app must replay (the DHIS2 password or token), only ever as ciphertext from a SecretStore
 * (`src/main/secrets/`). `scheme` names the store that can decrypt it (Electron safeStorage or the file key).
 */
export const secrets = sqliteTable('secret', {
  name: text('name').primaryKey(),
  scheme: text('scheme').notNull(),
  ciphertext: text('ciphertext').notNull(),
  updated_at: text('updated_at').notNull(),
  updated_by: text('updated_by').notNull(),
});
