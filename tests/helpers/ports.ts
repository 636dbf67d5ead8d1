import { createServer, type AddressInfo } from 'node:net';

/**
 * A TCP port free at this moment: the system picks one for a probe, which is closed at once. `anyAddress` probes
 * every interface (for a server that will listen on the LAN address too), otherwise loopback.
 */
export async function freePort(options: { anyAddress?: boolean } = {}): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => (options.anyAddress ? probe.listen(0, resolve) : probe.listen(0, '127.0.0.1', resolve)));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
