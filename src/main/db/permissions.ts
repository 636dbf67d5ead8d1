import { chmodSync, existsSync } from 'node:fs';

/**
 * On Linux (and macOS) the register is the user's alone: the data folder 0700, the database and its WAL/SHM files
 * 0600 (SQLite gives new WAL/SHM files the database file's mode). Windows does not enforce mode bits: the folder
 * sits in the user profile, whose ACL already keeps other users out.
 */
export function restrictDataFolder(dataDir: string, dbPath: string): void {
  if (process.platform === 'win32') return;
  chmodSync(dataDir, 0o700);
  for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}
