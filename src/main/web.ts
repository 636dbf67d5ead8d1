/**
 * Plain-Node entry: the same services as the desktop app behind the HTTP transport, serving the built
 * renderer. Used for development in a browser and by the end-to-end tests (`npm run web -- --demo`).
 * Loopback only unless `--host` says otherwise; LAN mode (Settings) adds a listener on a chosen network address.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppError } from '../shared/errors';
import { parseLaunchArgs } from './args';
import { startBackupSchedule } from './backup/schedule';
import { warmDashboard } from './care/warm';
import { openApp, shutdownApp, type OpenAppOptions } from './bootstrap';
import { offsetFileClock } from './clock';
import type { AppContext } from './context';
import { LanServer } from './http/lan';
import { serveRecovery } from './http/recovery';
import { createHttpTransport } from './http/server';
import { checkoutResourcePaths, DB_FILE_NAME, defaultDataDir } from './paths';
import { reportError } from './report-error';
import { fileReportProvider } from './report-provider';
import { checkoutVersion } from './version';

/** Opens the register; a damaged one is offered for recovery on the same address first (never written to). */
async function openOrRecover(options: OpenAppOptions, host: string, port: number): Promise<AppContext> {
  for (;;) {
    try {
      return openApp(options);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'db_corrupt' || options.demo) throw error;
      reportError(error);
      await serveRecovery({
        host,
        port,
        dataDir: options.dataDir,
        dbPath: join(options.dataDir, DB_FILE_NAME),
        migrationsDir: options.migrationsDir,
        error,
        now: () => new Date(),
      });
    }
  }
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseLaunchArgs>;
  try {
    args = parseLaunchArgs(process.argv.slice(2));
  } catch (error) {
    reportError(error);
    process.exit(2);
  }
  const paths = checkoutResourcePaths();
  const host = args.host ?? '127.0.0.1';
  const port = args.port ?? 5180;
  let ctx: AppContext;
  try {
    ctx = await openOrRecover(
      {
        ...paths,
        dataDir: args.dataDir ?? defaultDataDir(),
        demo: args.demo,
        appVersion: checkoutVersion(),
        runtime: 'node',
        ...(args.reportValues ? { reportProvider: fileReportProvider(args.reportValues) } : {}),
        ...(args.clockFile ? { clock: offsetFileClock(args.clockFile) } : {}),
      },
      host,
      port,
    );
    ctx.dhis2.queue.start();
  } catch (error) {
    reportError(error);
    process.exit(error instanceof AppError ? 2 : 1);
  }
  const server = createHttpTransport({ ctx, rendererDir: paths.rendererDir });
  ctx.lan = new LanServer(ctx, paths.rendererDir);
  await ctx.lan.apply();
  let stopSchedule = (): void => undefined;
  server.listen(port, host, () => {
    const { port: actual } = server.address() as AddressInfo;
    console.log(`Prasav is running at http://${host}:${actual}/`);
    console.log(`Data folder: ${ctx.dataDir}${ctx.demo ? ' (demo, thrown away on exit)' : ''}`);
    if (args.clockFile) console.log(`Clock: this PC's, moved by the minutes in ${args.clockFile} (tests only)`);
    // The day's backup and the dashboard's warm-up run on a worker thread once the server answers, not before.
    stopSchedule = startBackupSchedule(ctx);
    void warmDashboard(ctx);
  });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    stopSchedule();
    server.closeAllConnections();
    server.close();
    void shutdownApp(ctx).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
