import type { IncomingMessage, Server } from 'node:http';
import type { Server as TlsHttpServer } from 'node:https';
import { contract, type OpName } from '../../shared/contract';

/**
 * Request limits of the HTTP transport (web and LAN mode). A body is read only after the session was checked, and
 * at most this many bytes for the operation: anonymous callers reach only the small public operations, and the big
 * budget is an admin's register import alone. `Content-Length` above the limit is refused before reading.
 */
export const PUBLIC_BODY_BYTES = 16 * 1024;
export const DEFAULT_BODY_BYTES = 256 * 1024;
const LARGE_BODIES: Partial<Record<OpName, number>> = {
  /** A register file (XLSX as base64) of up to 30 million characters. */
  importRegister: 32 * 1024 * 1024,
  /** The 1 MB mapping CSV, JSON-escaped. */
  dhis2ImportMappingCsv: 3 * 1024 * 1024,
  /** The logo (280,000 characters of data URL). */
  updatePrintSettings: 1024 * 1024,
};

export function bodyLimit(op: OpName): number {
  if (contract[op].permission === 'public') return PUBLIC_BODY_BYTES;
  return LARGE_BODIES[op] ?? DEFAULT_BODY_BYTES;
}

/** Deeper JSON than any operation's input is refused before `JSON.parse` (deep nesting costs stack and time). */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a JSON text, counting brackets outside strings; stops counting once past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Header fields a request may carry: browsers send 15–25. */
export const MAX_HEADERS = 64;

/**
 * More header fields than `MAX_HEADERS`. Node since 24.18.1 (CVE-2026-58044) refuses such a request itself with 431
 * (`maxHeadersCount`, below); a Node before it, as an Electron build may bundle, only left the fields past the limit
 * out of `req.headers` (a `Content-Length` or `Cookie` among them unseen) while `rawHeaders` still held them all.
 */
export const tooManyHeaders = (req: IncomingMessage): boolean => req.rawHeaders.length > 2 * MAX_HEADERS;

/** Connections a reception PC's few browsers need, with room; Node closes any connection beyond it at once. */
export const MAX_CONNECTIONS = 128;

/**
 * Options for every HTTP(S) server: Node enforces the header and request timeouts only when it checks its
 * connections, every 30 s by default, so a client dribbling header lines was cut after 31 s, not 10 (measured).
 */
export const SERVER_OPTIONS = { connectionsCheckingInterval: 1_000 };

/**
 * Slow clients cannot hold the server: headers within 10 s, the whole request (a 30 MB import over Wi-Fi included)
 * within 2 min, idle keep-alive sockets closed after 5 s, any socket idle for 30 s closed.
 */
export function applyServerLimits(server: Server | TlsHttpServer): void {
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  server.setTimeout(30_000, (socket) => socket.destroy());
  server.maxHeadersCount = MAX_HEADERS;
}
