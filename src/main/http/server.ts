import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { AppErrorShape, CallResult } from '../../shared/errors';
import type { AppContext } from '../context';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { dispatch } from '../api/dispatch';
import type { Session } from '../session';
import { resolveStaticFile, sendFile } from './static';

/** Large enough for a register import file sent as base64; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HttpTransportOptions {
  ctx: AppContext;
  rendererDir: string;
  /** Who is calling; null = not logged in. */
  resolveSession: (req: IncomingMessage) => Session | null;
}

const STATUS: Record<AppErrorShape['code'], number> = {
  invalid_input: 400,
  needs_confirmation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  unavailable: 501,
  network: 502,
  remote: 502,
  internal: 500,
  db_corrupt: 503,
  db_newer: 503,
  migration_failed: 503,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

function sendJson(res: ServerResponse, status: number, body: CallResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

const fail = (code: AppErrorShape['code'], message = `error.${code}`): CallResult<never> => ({
  ok: false,
  error: { code, message },
});

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Cross-site requests are refused: a browser always sends Origin on a cross-origin POST, and JSON bodies need
 * a preflight we never grant. The Host check stops DNS-rebinding pages from reaching 127.0.0.1.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (!host) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function handleApi(options: HttpTransportOptions, req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('not_found'));
  if (!sameOrigin(req)) return sendJson(res, 403, fail('forbidden'));
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return sendJson(res, 415, fail('invalid_input'));
  }
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, fail('invalid_input'));
  let input: unknown = {};
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, fail('invalid_input'));
    }
  }
  const result = await dispatch(options.ctx, options.resolveSession(req), op, input);
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

function handleStatic(options: HttpTransportOptions, req: IncomingMessage, res: ServerResponse, path: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  // Unknown paths get the app shell (client-side navigation); missing assets still 404.
  const file =
    resolveStaticFile(options.rendererDir, path) ??
    (extname(path) ? null : resolveStaticFile(options.rendererDir, '/index.html'));
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  sendFile(res, file);
}

/** The HTTP transport: `POST /api/<op>` for the contract, the built renderer for everything else. */
export function createHttpTransport(options: HttpTransportOptions): Server {
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handled = path.startsWith('/api/')
      ? handleApi(options, req, res, path.slice('/api/'.length))
      : Promise.resolve(handleStatic(options, req, res, path));
    handled.catch((error: unknown) => {
      console.error('http transport', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal'));
      else res.destroy();
    });
  });
}
