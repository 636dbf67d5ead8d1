import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import { newestGoodBackup, recoverRegister, type GoodBackup } from '../backup/recover';
import { applyServerLimits, SERVER_OPTIONS } from './limits';
import { isAddressHost } from './server';

export interface RecoveryOptions {
  host: string;
  port: number;
  dataDir: string;
  dbPath: string;
  migrationsDir: string;
  /** Why the register did not open (`db_corrupt`). */
  error: AppError;
  now: () => Date;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Both languages, Hindi first, as on the printed slips. */
const both = (key: string, params?: Record<string, string | number>): string =>
  `<span lang="hi">${escape(translate('hi', key, params))}</span><br><span lang="en">${escape(translate('en', key, params))}</span>`;

// No script at all; a form posting back to this page; inline styles only on this one static page.
const RECOVERY_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function page(body: string, refresh = false): string {
  return `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>Prasav</title>${
    refresh ? '<meta http-equiv="refresh" content="3;url=/">' : ''
  }<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2327}
h1{font-size:1.4rem;color:#b3261e}.box{border:1px solid #d5dce0;border-radius:6px;padding:1rem;margin:1rem 0}
button{font:inherit;padding:.5rem 1rem;background:#0d5c63;color:#fff;border:0;border-radius:6px;cursor:pointer}</style></head><body>${body}</body></html>`;
}

function describe(good: GoodBackup): string {
  const m = good.manifest;
  const rows = Object.entries(m.counts)
    .map(([table, n]) => `${escape(table)}: ${n}`)
    .join(', ');
  return `<div class="box"><p>${both('recovery.newest', { at: m.created_at })}</p><p><code>${escape(m.file)}</code><br>${escape(
    m.facility_name,
  )}<br>${rows}</p><form method="post" action="/recovery/restore"><input type="hidden" name="file" value="${escape(
    m.file,
  )}"><button type="submit">${escape(translate('hi', 'recovery.restore'))} / ${escape(translate('en', 'recovery.restore'))}</button></form></div>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': RECOVERY_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

/**
 * Web mode's answer to a damaged register (the Electron shell shows a dialog instead): a page on the usual address
 * that explains, in Hindi and English, that nothing was written, and offers the newest good backup. Only the PC
 * itself may restore (loopback). Resolves once a backup has been restored, after which the caller opens the app.
 */
export function serveRecovery(options: RecoveryOptions): Promise<void> {
  return new Promise((resolveRecovered, rejectStart) => {
    const server = createServer(SERVER_OPTIONS, (req, res) => {
      void handle(req, res).catch((error: unknown) => {
        console.error('recovery page', error);
        send(res, 500, page(`<h1>${both('recovery.failed')}</h1>`));
      });
    });
    // The same limits as the app's own server: it may be on the LAN address while the register is being recovered.
    applyServerLimits(server);
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      const good = newestGoodBackup(options.dataDir, options.migrationsDir);
      const intro = `<h1>${both('recovery.title')}</h1><p>${both(options.error.message, options.error.params)}</p>`;
      if (req.method === 'POST' && req.url === '/recovery/restore') {
        const origin = req.headers.origin;
        const sameSite = origin === undefined || origin === `http://${req.headers.host}`;
        if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !isAddressHost(req.headers.host) || !sameSite) {
          return send(res, 403, page(`${intro}<p>${both('recovery.only_here')}</p>`));
        }
        const file = (await readForm(req)).get('file');
        if (!good || good.manifest.file !== file) return send(res, 409, page(`${intro}<p>${both('recovery.changed')}</p>`));
        const kept = recoverRegister(options.dbPath, good, options.migrationsDir, options.now());
        res.once('finish', () => {
          server.close(() => resolveRecovered());
          server.closeAllConnections();
        });
        send(res, 200, page(`<h1>${both('recovery.done_title')}</h1><p>${both('recovery.done', { kept })}</p>`, true));
        return;
      }
      const offer = good ? describe(good) : `<div class="box"><p>${both('recovery.none', { dir: options.dataDir })}</p></div>`;
      send(res, 503, page(intro + offer));
    };
    server.once('error', rejectStart);
    server.listen(options.port, options.host, () => {
      console.error(`The register could not be opened. Open http://${options.host}:${options.port}/ to restore a backup.`);
    });
  });
}
