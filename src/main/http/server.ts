import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { contract, isOpName } from '../../shared/contract';
import type { AppErrorShape, CallResult } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import type { AppContext } from '../context';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { dispatch } from '../api/dispatch';
import { logFailure } from '../log';
import type { SessionCarrier } from '../session';
import { applyServerLimits, bodyLimit, jsonDepthExceeds, MAX_JSON_DEPTH, SERVER_OPTIONS, tooManyHeaders } from './limits';
import { gateConnections } from './per-address';
import { isLocalClient } from '../auth/login-guard';
import { resolveStaticFile, sendFile } from './static';
import { readRoleTable } from '../auth/roles';

export interface HttpTransportOptions {
  ctx: AppContext;
  rendererDir: string;
}

/** The session cookie: HttpOnly (page script never sees it), SameSite=Strict (never sent by another site's page). */
export const SESSION_COOKIE = 'prasav_session';
const COOKIE_ATTRIBUTES = 'HttpOnly; SameSite=Strict; Path=/';

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
  rate_limited: 429,
  backup_refused: 409,
  disk_low: 507,
  busy: 503,
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

/**
 * Answers without reading the request body: the connection closes after the answer, so an unread body (a flood)
 * is neither buffered nor drained.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: CallResult<unknown>): void {
  if (!req.complete) {
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.socket.destroy());
  }
  sendJson(res, status, body);
}

/** The body, or why there is none: larger than the operation allows, or the client went away. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
  });
}

/**
 * The server is reached by address (`127.0.0.1`, `192.168.1.20`) or `localhost`, never by a domain name: a page on
 * evil.example that re-points its name at this PC (DNS rebinding) sends `Host: evil.example` and is refused.
 */
export function isAddressHost(host: string | undefined): boolean {
  if (!host) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || /^(\d{1,3}\.){3}\d{1,3}$/.test(hostname) || /^\[[0-9a-f:.]+\]$/i.test(hostname);
}

/**
 * Cross-site requests are refused (CSRF): a browser always sends Origin on a cross-origin POST (and JSON bodies need
 * a preflight we never grant), modern ones also `Sec-Fetch-Site`; the session cookie is SameSite=Strict on top.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (!isAddressHost(host)) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** The cookie carries the session; `login`/`logout` set or clear it. The token never appears in a response body. */
function cookieCarrier(req: IncomingMessage, res: ServerResponse): SessionCarrier {
  const token = readCookie(req, SESSION_COOKIE);
  // Over TLS (LAN mode) the browser must never send the cookie over plain HTTP.
  const attributes = 'encrypted' in req.socket ? `${COOKIE_ATTRIBUTES}; Secure` : COOKIE_ATTRIBUTES;
  return {
    token,
    client: req.socket.remoteAddress ?? 'unknown',
    attach: (next) => res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${next}; ${attributes}`),
    detach: () => res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`),
  };
}

/**
 * Everything that can be decided from the headers is decided before a byte of the body is read: origin, content
 * type, operation, the caller's session and permission, the declared size.
 */
async function handleApi(options: HttpTransportOptions, req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
  if (req.method !== 'POST') return refuse(req, res, 405, fail('not_found'));
  if (!sameOrigin(req)) return refuse(req, res, 403, fail('forbidden'));
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return refuse(req, res, 415, fail('invalid_input'));
  }
  const carrier = cookieCarrier(req, res);
  const session = options.ctx.sessions.resolve(carrier.token);
  // An expired or unknown cookie is cleared, so the browser stops sending it.
  if (carrier.token && !session) carrier.detach();
  if (
    !isOpName(op) ||
    // The table the admin set (Settings → Roles), as the dispatcher checks it.
    !roleAllows(readRoleTable(options.ctx), session?.role ?? null, contract[op].permission, {
      temporaryPassword: session?.temporaryPassword,
    })
  ) {
    // The dispatcher words the refusal (unknown operation, unauthenticated, forbidden); the body is never read.
    const refused = await dispatch(options.ctx, session, op, {}, carrier);
    return refuse(req, res, refused.ok ? 500 : STATUS[refused.error.code], refused);
  }
  const limit = bodyLimit(op);
  if (Number(req.headers['content-length'] ?? 0) > limit) return refuse(req, res, 413, fail('invalid_input'));
  const body = await readBody(req, limit);
  if (body === 'aborted') return;
  if (body === 'too_large') return refuse(req, res, 413, fail('invalid_input'));
  let input: unknown = {};
  if (body.length > 0) {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return sendJson(res, 400, fail('invalid_input'));
    try {
      input = JSON.parse(text);
    } catch {
      return sendJson(res, 400, fail('invalid_input'));
    }
  }
  const result = await dispatch(options.ctx, session, op, input, carrier);
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

/** The request handler of both transports (plain HTTP on loopback, TLS on the LAN). */
export function httpRequestHandler(options: HttpTransportOptions): RequestListener {
  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (tooManyHeaders(req)) {
      res.setHeader('Connection', 'close');
      return sendJson(res, 431, fail('invalid_input'));
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handled = path.startsWith('/api/')
      ? handleApi(options, req, res, path.slice('/api/'.length))
      : Promise.resolve(handleStatic(options, req, res, path));
    handled.catch((error: unknown) => {
      logFailure('http transport', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal'));
      else res.destroy();
    });
  };
}

/** The HTTP transport: `POST /api/<op>` for the contract, the built renderer for everything else. */
export function createHttpTransport(options: HttpTransportOptions): Server {
  const server = createServer(SERVER_OPTIONS, httpRequestHandler(options));
  applyServerLimits(server);
  // Web mode listens on loopback (the reception PC) unless started with `--host`: then other addresses are capped.
  gateConnections(server, isLocalClient);
  return server;
}
