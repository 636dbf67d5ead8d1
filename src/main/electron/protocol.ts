import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { resolveStaticFile } from '../http/static';
import { APP_HOST, APP_SCHEME } from './ipc';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Must run before `app.ready`: `app://` behaves like https (secure context, fetch) instead of file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `app://prasav/…`, never anything outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file =
      url.host === APP_HOST
        ? (resolveStaticFile(rendererDir, url.pathname) ??
          (extname(url.pathname) ? null : resolveStaticFile(rendererDir, '/index.html')))
        : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), {
      headers: {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
