import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupKind } from '../../shared/backup';
import { AppError } from '../../shared/errors';
import { decryptFile, encryptFile, type BackupKey } from './crypto';
import { freeBytes } from './disk';
import { backupFileName, fsyncDir, fsyncFile, PARTIAL_SUFFIX, removeIfExists, sha256File } from './files';
import { inspectBackupFile, readFacts, sameCounts } from './inspect';
import { writeManifest, type Manifest } from './manifest';

export interface BackupMeta {
  kind: BackupKind;
  now: Date;
  appVersion: string;
  schemaVersion: string;
}

/** Room for the copy plus a margin, so a backup never fills the disk the register lives on. */
const MARGIN_BYTES = 20 * 1024 * 1024;

function ensureRoom(dir: string, needed: number): void {
  const free = freeBytes(dir);
  if (free !== null && free < needed + MARGIN_BYTES) {
    throw new AppError('disk_low', { params: { dir, free_mb: Math.floor(free / 1048576) } });
  }
}

/** Leftovers of a backup cut off by a crash or power cut. */
function removePartials(dir: string): void {
  for (const name of readdirSync(dir)) if (name.endsWith(PARTIAL_SUFFIX)) removeIfExists(join(dir, name));
}

function freeName(dir: string, kind: BackupKind, at: Date, encrypted: boolean): string {
  for (let n = 0; ; n++) {
    const name = backupFileName(kind, at, encrypted, n);
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * A consistent, verified copy of the open register in `dir`. `VACUUM INTO` reads one snapshot (a concurrent write
 * cannot tear it) into a compact rollback-journal file; it is written under a `.partial` name, fsynced, checked with
 * `integrity_check` and compared row for row (counts per table, applied migrations) with the live register, and
 * only then renamed into place and described by its manifest. A crash at any point leaves either no backup or a
 * complete one.
 */
export function writeBackup(sqlite: Database.Database, dir: string, meta: BackupMeta): Manifest {
  mkdirSync(dir, { recursive: true });
  removePartials(dir);
  ensureRoom(dir, statSync(sqlite.name).size);
  const expected = readFacts(sqlite);
  const file = freeName(dir, meta.kind, meta.now, false);
  const target = join(dir, file);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    fsyncFile(partial);
    const check = inspectBackupFile(partial);
    if (!check.ok) throw new Error(`backup ${file} failed its check: ${check.problem}`);
    if (!sameCounts(check.counts, expected.counts) || check.migrations.join() !== expected.migrations.join()) {
      throw new Error(`backup ${file} does not hold what the register holds`);
    }
    const sha256 = sha256File(partial);
    const bytes = statSync(partial).size;
    renameSync(partial, target);
    fsyncDir(dir);
    const manifest: Manifest = {
      format: 1,
      file,
      kind: meta.kind,
      created_at: meta.now.toISOString(),
      app_version: meta.appVersion,
      schema_version: meta.schemaVersion,
      migrations: check.migrations,
      facility_name: check.facilityName,
      counts: check.counts,
      bytes,
      sha256,
      encrypted: false,
      plain_sha256: sha256,
      integrity: 'ok',
    };
    writeManifest(dir, manifest);
    return manifest;
  } finally {
    removeIfExists(partial);
  }
}

/**
 * Copies a verified backup to another folder (the second copy), encrypting it when a key is set, and verifies the
 * copy: its SHA-256 (plain) or that it decrypts, authenticated, to exactly the verified file (encrypted).
 */
export function copyBackup(
  sourceDir: string,
  manifest: Manifest,
  targetDir: string,
  key: BackupKey | null,
  dataDir: string,
): Manifest {
  mkdirSync(targetDir, { recursive: true });
  removePartials(targetDir);
  const source = join(sourceDir, manifest.file);
  ensureRoom(targetDir, manifest.bytes);
  const file = freeName(targetDir, manifest.kind, new Date(manifest.created_at), key !== null);
  const target = join(targetDir, file);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    let sha256: string;
    if (key) {
      sha256 = encryptFile(source, partial, key);
      if (decryptFile(partial, null, dataDir) !== manifest.plain_sha256)
        throw new Error(`encrypted copy ${file} does not verify`);
    } else {
      copyDurable(source, partial);
      sha256 = sha256File(partial);
      if (sha256 !== manifest.plain_sha256) throw new Error(`copy ${file} differs from the verified backup`);
    }
    const bytes = statSync(partial).size;
    renameSync(partial, target);
    fsyncDir(targetDir);
    const copy: Manifest = { ...manifest, file, bytes, sha256, encrypted: key !== null };
    writeManifest(targetDir, copy);
    return copy;
  } finally {
    removeIfExists(partial);
  }
}

function copyDurable(source: string, target: string): void {
  copyFileSync(source, target);
  fsyncFile(target);
}
