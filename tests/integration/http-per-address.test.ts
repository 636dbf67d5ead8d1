import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { LanServer } from '../../src/main/http/lan';
import { MAX_CONNECTIONS } from '../../src/main/http/limits';
import { MAX_CONNECTIONS_PER_ADDRESS, OWN_RESERVED_CONNECTIONS } from '../../src/main/http/per-address';
import type { Session } from '../../src/main/session';
import { serveHttp } from '../helpers/auth';
import { tempDir, testContext } from '../helpers/context';
import { freePort } from '../helpers/ports';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const lans: LanServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const lan of lans.splice(0)) await lan.close();
});

/**
 * LAN mode bound to 127.0.0.1, which is the reception PC's own address here; the other PCs are other loopback
 * addresses (127.0.0.2, …), which Linux lets a client connect from.
 */
async function lanServer(): Promise<number> {
  const ctx = testContext();
  const lan = new LanServer(ctx, tempDir(), () => ['127.0.0.1']);
  ctx.lan = lan;
  lans.push(lan);
  const port = await freePort();
  expect(await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true, port })).toMatchObject({ ok: true });
  return port;
}

/** Opens a TCP connection from `from` and sends nothing (what a slow or hostile client does). */
function hold(port: number, from: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: '127.0.0.1', port, localAddress: from }, () => resolve(socket));
    socket.on('error', reject);
    sockets.push(socket);
  });
}

/** Whether the server closed the connection within `ms` (a closed one was refused). */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** A TLS handshake from `from`: resolves true when the server answered it (the client got in). */
function handshake(port: number, from: string): Promise<boolean> {
  return new Promise((resolve) => {
    const tcp = tcpConnect({ host: '127.0.0.1', port, localAddress: from });
    const socket = tlsConnect({ socket: tcp, servername: 'localhost', rejectUnauthorized: false }, () => {
      resolve(true);
      socket.end();
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });
}

describe('connections per address on the LAN port', () => {
  it('closes the connection one address opens beyond its cap; another PC and the reception PC still get in', async () => {
    const port = await lanServer();
    const held = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_ADDRESS; i++) held.push(await hold(port, '127.0.0.2'));
    const extra = await hold(port, '127.0.0.2');
    expect(await closedWithin(extra, 2_000)).toBe(true);
    // The ones within the cap are kept (they have 10 s to send their first byte).
    expect(await Promise.all(held.map((s) => closedWithin(s, 50)))).toEqual(held.map(() => false));
    expect(await handshake(port, '127.0.0.3')).toBe(true);
    expect(await handshake(port, '127.0.0.1')).toBe(true);

    // One connection closed: the address may open one again.
    held.pop()!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await handshake(port, '127.0.0.2')).toBe(true);
  });

  it('keeps connections free for the reception PC however many other addresses fill the port', async () => {
    const port = await lanServer();
    const others = MAX_CONNECTIONS - OWN_RESERVED_CONNECTIONS;
    const held: Socket[] = [];
    for (let i = 0; held.length < others; i++) {
      const from = `127.0.1.${10 + Math.floor(i / MAX_CONNECTIONS_PER_ADDRESS)}`;
      held.push(await hold(port, from));
    }
    expect(await Promise.all(held.map((s) => closedWithin(s, 50)))).toEqual(held.map(() => false));
    // A new address finds the others' share full…
    expect(await closedWithin(await hold(port, '127.0.2.1'), 2_000)).toBe(true);
    // …while the reception PC still connects, several times over.
    const own = await Promise.all(Array.from({ length: 4 }, () => handshake(port, '127.0.0.1')));
    expect(own).toEqual([true, true, true, true]);
  });
});

describe('connections per address in web mode', () => {
  it('never caps the reception PC itself (loopback) by address', async () => {
    const { port } = new URL(await serveHttp(testContext()));
    const held: Socket[] = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_ADDRESS + 6; i++) held.push(await hold(Number(port), '127.0.0.2'));
    expect(await Promise.all(held.map((s) => closedWithin(s, 100)))).toEqual(held.map(() => false));
  });
});

describe('slow clients', () => {
  it('closes a connection still sending header lines after the 10 s header timeout', { timeout: 30_000 }, async () => {
    const { port } = new URL(await serveHttp(testContext()));
    const started = Date.now();
    const socket = await hold(Number(port), '127.0.0.1');
    socket.write('POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const dribble = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 500);
    expect(await closedWithin(socket, 15_000)).toBe(true);
    clearInterval(dribble);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(9);
    expect(seconds).toBeLessThan(13);
  });
});
