import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** `PRAGMA application_id` of a Prasav register ("PRSV"), so another program's SQLite file is not mistaken for ours. */
export const APPLICATION_ID = 0x50525356;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** `missing` (will be created), `empty` (zero bytes, safe to initialise), `sqlite`, or `foreign` (anything else). */
export function inspectDatabaseFile(path: string): 'missing' | 'empty' | 'sqlite' | 'foreign' {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return 'missing';
  }
  if (size === 0) return 'empty';
  if (size < 100) return 'foreign';
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === SQLITE_HEADER ? 'sqlite' : 'foreign';
  } finally {
    closeSync(fd);
  }
}
