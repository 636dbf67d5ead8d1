import type { Server } from 'node:http';
import type { LanStatus } from '../../shared/lan';
import type { AppContext, LanControl } from '../context';
import { lanAddresses, readLanSettings } from '../lan/settings';
import { createHttpTransport } from './server';

/**
 * LAN mode: a second HTTP transport bound to one chosen network address (never 0.0.0.0), only while the admin has
 * it on. It is the same transport as web mode: every operation needs a logged-in session, the role check is the
 * dispatcher's.
 */
export class LanServer implements LanControl {
  private server: Server | null = null;
  private bound: { host: string; port: number } | null = null;
  private problem: string | null = null;

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
      url: this.bound ? `http://${this.bound.host}:${this.bound.port}/` : null,
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
    const server = createHttpTransport({ ctx: this.ctx, rendererDir: this.rendererDir });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(want.port, want.host, () => resolve());
      });
      this.server = server;
      this.bound = want;
      console.log(`LAN mode: serving http://${want.host}:${want.port}/`);
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
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
