/**
 * Plain-Node entry: the same services as the desktop app behind the HTTP transport, serving the built
 * renderer. Used for development in a browser and by the end-to-end tests (`npm run web -- --demo`).
 */
import type { AddressInfo } from 'node:net';
import { AppError } from '../shared/errors';
import { parseLaunchArgs } from './args';
import { closeApp, openApp } from './bootstrap';
import { createHttpTransport } from './http/server';
import { checkoutResourcePaths, defaultDataDir } from './paths';
import { chromiumPdfRenderer } from './pdf/chromium';
import { reportError } from './report-error';
import { fileReportProvider } from './report-provider';
import { LOCAL_ADMIN_SESSION } from './session';
import { checkoutVersion } from './version';

function main(): void {
  const args = parseLaunchArgs(process.argv.slice(2));
  const paths = checkoutResourcePaths();
  let ctx;
  try {
    ctx = openApp({
      ...paths,
      dataDir: args.dataDir ?? defaultDataDir(),
      demo: args.demo,
      appVersion: checkoutVersion(),
      runtime: 'node',
      pdf: chromiumPdfRenderer(),
      reportProvider: args.reportValues ? fileReportProvider(args.reportValues) : null,
    });
    ctx.dhis2.queue.start();
  } catch (error) {
    reportError(error);
    process.exit(error instanceof AppError ? 2 : 1);
  }
  const host = args.host ?? '127.0.0.1';
  const server = createHttpTransport({
    ctx,
    rendererDir: paths.rendererDir,
    // Loopback only, one user at the PC: the local administrator (accounts arrive with LAN mode).
    resolveSession: () => LOCAL_ADMIN_SESSION,
  });
  server.listen(args.port ?? 5180, host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Prasav is running at http://${host}:${port}/`);
    console.log(`Data folder: ${ctx.dataDir}${ctx.demo ? ' (demo, thrown away on exit)' : ''}`);
  });
  const stop = (): void => {
    server.close();
    closeApp(ctx);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
