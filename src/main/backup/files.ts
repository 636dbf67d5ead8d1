import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { BackupKind } from '../../shared/backup';

/** Inside the admin's second folder, so a USB drive's other files are left alone. */
export const SECOND_SUBDIR = 'Prasav-backups';
/** Inside the data folder. */
export const DATA_SUBDIR = 'backups';
export const PLAIN_EXT = '.sqlite';
export const ENCRYPTED_EXT = '.prasavenc';
/** A backup being written; never listed, removed by the next backup. */
export const PARTIAL_SUFFIX = '.partial';

/** `prasav-20261125T175734123Z-daily.sqlite`: sorts by time, says why it was taken. */
export function backupFileName(kind: BackupKind, at: Date, encrypted: boolean, n = 0): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `prasav-${stamp}-${kind}${n > 0 ? `-${n}` : ''}${encrypted ? ENCRYPTED_EXT : PLAIN_EXT}`;
}

export const manifestPath = (backupPath: string): string => `${backupPath}.json`;

const CHUNK = 1 << 20;

/** Calls `fn` with each chunk of a file, read synchronously (backups run where async is not possible: exit, open). */
export function readChunks(path: string, fn: (chunk: Buffer) => void, start = 0, end = Infinity): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = start;
    while (position < end) {
      const n = readSync(fd, buffer, 0, Math.min(CHUNK, end - position), position);
      if (n === 0) break;
      fn(buffer.subarray(0, n));
      position += n;
    }
  } finally {
    closeSync(fd);
  }
}

export function sha256File(path: string): string {
  const hash = createHash('sha256');
  readChunks(path, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}

/** Makes a rename or a new file in `dir` survive a power cut (POSIX); Windows cannot open folders and needs none. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a small file so that a reader sees the old content or the new, never half: temp, fsync, rename. */
export function writeFileDurable(path: string, data: string | Buffer): void {
  const temp = `${path}${PARTIAL_SUFFIX}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  fsyncDir(dirname(path));
}

/** Removes a file if present (used for temp files; a backup is removed only by rotation). */
export function removeIfExists(path: string): void {
  rmSync(path, { force: true });
}
