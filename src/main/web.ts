/**
 * Plain-Node entry: the same services as the desktop app behind the HTTP transport, serving the built
 * renderer. Used for development in a browser and by the end-to-end tests (`npm run web -- --demo`).
 * Loopback only unless `--host` says otherwise; LAN mode (Settings) adds a listener on a chosen network address.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppError } from '../shared/errors';
import { parseLaunchArgs } from './args';
import { closeApp, openApp, shutdownApp, startCheckedRegister, type OpenAppOptions } from './bootstrap';
import { offsetFileClock } from './clock';
import type { AppContext } from './context';
import { checkRegisterInBackground } from './db/call-gate';
import { LanServer } from './http/lan';
import { serveRecovery } from './http/recovery';
import { createHttpTransport } from './http/server';
import { checkoutResourcePaths, DB_FILE_NAME, defaultDataDir } from './paths';
import { reportError } from './report-error';
import { fileReportProvider } from './report-provider';
import { checkoutVersion } from './version';

/** The recovery page for a damaged register, on the address the screens use; resolves once a backup is restored. */
function recoveryPage(options: OpenAppOptions, host: string, port: number, error: AppError): Promise<void> {
  return serveRecovery({
    host,
    port,
    dataDir: options.dataDir,
    dbPath: join(options.dataDir, DB_FILE_NAME),
    migrationsDir: options.migrationsDir,
    error,
    now: () => new Date(),
  });
}

/** Opens the register; a damaged one is offered for recovery on the same address first (never written to). */
async function openOrRecover(options: OpenAppOptions, host: string, port: number): Promise<AppContext> {
  for (;;) {
    try {
      return openApp(options);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'db_corrupt' || options.demo) throw error;
      reportError(error);
      await recoveryPage(options, host, port, error);
    }
  }
}

/**
 * Serves the opened register until the process is stopped or the background check finds it damaged; then the
 * transport and the register are closed (no exit backup of a damaged file) and the damage is returned.
 */
async function serve(
  ctx: AppContext,
  rendererDir: string,
  host: string,
  port: number,
): Promise<{ damage: AppError; port: number }> {
  const server = createHttpTransport({ ctx, rendererDir });
  ctx.lan = new LanServer(ctx, rendererDir);
  let stopSchedule = (): void => undefined;
  const listening = new Promise<number>((resolve) =>
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      console.log(`Prasav is running at http://${host}:${actual}/`);
      console.log(`Data folder: ${ctx.dataDir}${ctx.demo ? ' (demo, thrown away on exit)' : ''}`);
      resolve(actual);
    }),
  );
  let stopping = false;
  stop = (): void => {
    if (stopping) return;
    stopping = true;
    stopSchedule();
    server.closeAllConnections();
    server.close();
    void shutdownApp(ctx).finally(() => process.exit(0));
  };
  const actual = await listening;
  // The full check of the register first (writes wait for it), then the day's backup: both on the worker thread,
  // once the server answers, not before. LAN mode (if the admin turned it on) serves only a checked register.
  const damage = await checkRegisterInBackground(ctx);
  // Stopped meanwhile: `stop` ends the process.
  if (stopping) return new Promise(() => undefined);
  if (!damage) {
    stopSchedule = await startCheckedRegister(ctx);
    return new Promise(() => undefined);
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  closeApp(ctx);
  return { damage, port: actual };
}

/** Ends the process cleanly (Ctrl+C, SIGTERM): replaced by `serve` while a register is open. */
let stop = (): void => process.exit(0);

async function main(): Promise<void> {
  let args: ReturnType<typeof parseLaunchArgs>;
  try {
    args = parseLaunchArgs(process.argv.slice(2));
  } catch (error) {
    reportError(error);
    process.exit(2);
  }
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  const paths = checkoutResourcePaths();
  const host = args.host ?? '127.0.0.1';
  let port = args.port ?? 5180;
  const options: OpenAppOptions = {
    ...paths,
    dataDir: args.dataDir ?? defaultDataDir(),
    demo: args.demo,
    appVersion: checkoutVersion(),
    runtime: 'node',
    deferFullCheck: true,
    ...(args.reportValues ? { reportProvider: fileReportProvider(args.reportValues) } : {}),
    ...(args.clockFile ? { clock: offsetFileClock(args.clockFile) } : {}),
  };
  if (args.clockFile) console.log(`Clock: this PC's, moved by the minutes in ${args.clockFile} (tests only)`);
  for (;;) {
    let ctx: AppContext;
    try {
      ctx = await openOrRecover(options, host, port);
    } catch (error) {
      reportError(error);
      process.exit(error instanceof AppError ? 2 : 1);
    }
    const found = await serve(ctx, paths.rendererDir, host, port);
    // Damage found after the start: the same recovery page as at start-up, on the address the screens use.
    stop = (): void => process.exit(0);
    reportError(found.damage);
    port = found.port;
    await recoveryPage(options, host, port, found.damage);
  }
}

void main();
