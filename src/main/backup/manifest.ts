import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_KINDS, type BackupEntry, type BackupPlace } from '../../shared/backup';
import { ENCRYPTED_EXT, manifestPath, PLAIN_EXT, writeFileDurable } from './files';

/**
 * Written next to every backup after it was verified: `<backup file>.json`. A backup without its manifest (cut off
 * by a crash before it was verified) is never listed or restored.
 */
export const manifestSchema = z.object({
  format: z.literal(1),
  file: z.string(),
  kind: z.enum(BACKUP_KINDS),
  created_at: z.string(),
  app_version: z.string(),
  schema_version: z.string(),
  /** Applied migrations (drizzle `folderMillis`): a backup holding one this app does not know is from a newer app. */
  migrations: z.array(z.number()),
  facility_name: z.string(),
  counts: z.record(z.string(), z.number().int()),
  /** Size and SHA-256 of the file as stored (ciphertext when encrypted). */
  bytes: z.number().int(),
  sha256: z.string(),
  encrypted: z.boolean(),
  /** SHA-256 of the SQLite file itself (equal to `sha256` when not encrypted). */
  plain_sha256: z.string(),
  /** Result of `PRAGMA integrity_check` on the written copy. */
  integrity: z.literal('ok'),
});
export type Manifest = z.output<typeof manifestSchema>;

export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileDurable(manifestPath(join(dir, manifest.file)), JSON.stringify(manifest, null, 2));
}

/** Every complete backup in a folder (manifest present and readable, file present), newest first. */
export function readManifests(dir: string): Manifest[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const manifests: Manifest[] = [];
  for (const name of names) {
    if (!name.startsWith('prasav-') || !(name.endsWith(`${PLAIN_EXT}.json`) || name.endsWith(`${ENCRYPTED_EXT}.json`))) continue;
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (parsed.success && `${parsed.data.file}.json` === name && existsSync(join(dir, parsed.data.file))) {
        manifests.push(parsed.data);
      }
    } catch {
      // An unreadable manifest is as good as none: that backup is not offered.
    }
  }
  return manifests.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
}

/** A manifest as the UI lists it. */
export function toEntry(manifest: Manifest, place: BackupPlace, knownMigrations: ReadonlySet<number>): BackupEntry {
  return {
    place,
    file: manifest.file,
    kind: manifest.kind,
    created_at: manifest.created_at,
    app_version: manifest.app_version,
    schema_version: manifest.schema_version,
    facility_name: manifest.facility_name,
    counts: manifest.counts,
    bytes: manifest.bytes,
    encrypted: manifest.encrypted,
    newer: manifest.migrations.some((m) => !knownMigrations.has(m)),
  };
}
