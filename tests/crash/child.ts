/**
 * The crash harness's child: the real data layer (openApp → openDatabase → migrations, the dispatcher, handlers,
 * backups) writing as fast as it can until the parent kills it with SIGKILL. After each write that returned success
 * it reports `ack <n>` on stdout with a blocking write, so "acknowledged" means "the save returned success" exactly.
 * argv: <dataDir> <migrationsDir> <write> <first write number>
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { backupNow } from '../../src/main/backup/service';
import { openApp } from '../../src/main/bootstrap';
import { CRASH_SESSION, CRASH_WRITES } from './writes';

/**
 * Every so many writes the child also takes a manual backup, so kills land inside backups too. It calls the backup
 * service on this thread: the app runs the same function on a worker thread (jobs/), whose start-up would make most
 * backups outlive the child's few hundred milliseconds, and a SIGKILL ends the worker with the process either way.
 */
export const BACKUP_EVERY = 15;

async function main(): Promise<void> {
  const [dataDir, migrationsDir, writeName, firstArg] = process.argv.slice(2);
  const write = CRASH_WRITES[writeName!];
  if (!dataDir || !migrationsDir || !write) throw new Error('usage: child <dataDir> <migrationsDir> <write> <first>');
  const ctx = openApp({
    dataDir,
    migrationsDir,
    resourcesDir: join(migrationsDir, '..', 'resources'),
    rendererDir: '',
    demo: false,
    appVersion: 'crash-harness',
    runtime: 'node',
  });
  writeSync(1, 'ready\n');
  for (let i = Number(firstArg); ; i++) {
    await write.write(ctx, CRASH_SESSION, i);
    writeSync(1, `ack ${i}\n`);
    if (i % BACKUP_EVERY === 0) {
      backupNow(ctx, 'manual');
      writeSync(1, 'backup\n');
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
