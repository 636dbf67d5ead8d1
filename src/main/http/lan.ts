import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { join } from 'node:path';
import type { LanStatus } from '../../shared/lan';
import type { AppContext, LanControl } from '../context';
import { lanAddresses, readLanSettings } from '../lan/settings';
import { applyServerLimits, MAX_CONNECTIONS, SERVER_OPTIONS } from './limits';
import { connectionGate, plainAddress } from './per-address';
import { httpRequestHandler } from './server';
import { lanCertificate } from './tls';

/** First byte of a TLS ClientHello; anything else on the LAN port is plain HTTP. */
const TLS_HANDSHAKE = 0x16;

/**
 * LAN mode: the same transport as web mode, over TLS, bound to one chosen network address (never 0.0.0.0), only
 * while the admin has it on. Every operation needs a logged-in session, the role check is the dispatcher's. The
 * certificate is the register's own (`tls.ts`); its fingerprint is shown to the admin here and on the other PC's
 * login page. Plain HTTP on the same port gets only a redirect to https, never the app. Loopback web mode stays HTTP.
 */
export class LanServer implements LanControl {
  private server: NetServer | null = null;
  private closeAll: (() => void) | null = null;
  private bound: { host: string; port: number } | null = null;
  private problem: string | null = null;
  private fingerprint: string | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly rendererDir: string,
    readonly addresses: () => string[] = lanAddresses,
  ) {}

  status(): LanStatus {
    return {
      settings: readLanSettings(this.ctx),
      addresses: this.addresses(),
      running: this.server !== null,
      url: this.bound ? `https://${this.bound.host}:${this.bound.port}/` : null,
      fingerprint: this.server ? this.fingerprint : null,
      problem: this.problem,
      available: true,
    };
  }

  /** Starts, moves or stops the server to match the saved settings. */
  async apply(): Promise<LanStatus> {
    const settings = readLanSettings(this.ctx);
    const want = settings.enabled ? { host: settings.host, port: settings.port } : null;
    if (want && this.bound && want.host === this.bound.host && want.port === this.bound.port) return this.status();
    await this.close();
    this.problem = null;
    if (!want) return this.status();
    if (!this.addresses().includes(want.host)) {
      // The PC got another address (DHCP): the admin chooses again.
      this.problem = 'lan.address_gone';
      return this.status();
    }
    try {
      const certificate = await lanCertificate(join(this.ctx.dataDir, 'keys'), this.addresses());
      this.fingerprint = certificate.fingerprint;
      const tls = createHttpsServer(
        { ...SERVER_OPTIONS, key: certificate.key, cert: certificate.cert, minVersion: 'TLSv1.2' },
        httpRequestHandler({ ctx: this.ctx, rendererDir: this.rendererDir }),
      );
      applyServerLimits(tls);
      const redirect = createHttpServer(SERVER_OPTIONS, (req, res) => {
        // The bound address, never the request's Host: a redirect cannot be aimed elsewhere.
        const path = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : '/';
        res.writeHead(301, { Location: `https://${want.host}:${want.port}${path}`, Connection: 'close' }).end();
      });
      applyServerLimits(redirect);
      // The reception PC reaching its own LAN address is never capped by address; the other PCs are.
      const own = new Set([want.host, ...this.addresses()].map(plainAddress));
      const admit = connectionGate((address) => own.has(address));
      // One port, both protocols: the first byte tells a TLS handshake from plain HTTP.
      const server = createNetServer((socket) => {
        if (!admit(socket)) return;
        socket.setTimeout(10_000, () => socket.destroy());
        socket.once('data', (first: Buffer) => {
          socket.setTimeout(0);
          socket.pause();
          socket.unshift(first);
          (first[0] === TLS_HANDSHAKE ? tls : redirect).emit('connection', socket);
          process.nextTick(() => socket.resume());
        });
      });
      server.maxConnections = MAX_CONNECTIONS;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(want.port, want.host, () => resolve());
      });
      this.server = server;
      this.closeAll = () => {
        tls.closeAllConnections();
        redirect.closeAllConnections();
      };
      this.bound = want;
      console.log(`LAN mode: serving https://${want.host}:${want.port}/`);
    } catch (error) {
      this.problem = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'lan.port_busy' : 'lan.failed';
      console.warn('LAN mode could not start', (error as NodeJS.ErrnoException).code ?? 'error');
    }
    return this.status();
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.bound = null;
    this.closeAll?.();
    this.closeAll = null;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
