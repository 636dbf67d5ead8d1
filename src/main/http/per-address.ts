import type { Server, Socket } from 'node:net';
import { MAX_CONNECTIONS } from './limits';

/**
 * Connections one other address may hold at once. A browser opens at most 6 per site over HTTP/1.1, so this is four
 * busy tabs of the app on one PC (or several PCs behind one Wi-Fi router's address); one address holding more is
 * a broken or hostile client, which without this cap could take all `MAX_CONNECTIONS` and shut everyone else out.
 */
export const MAX_CONNECTIONS_PER_ADDRESS = 24;
/**
 * Connections kept free for the reception PC itself (its own addresses, exempt from the per-address cap): all other
 * addresses together hold at most `MAX_CONNECTIONS` minus these, so the reception PC can always connect.
 */
export const OWN_RESERVED_CONNECTIONS = 16;

/** `::ffff:192.168.1.5` (an IPv4 client on a dual-stack socket) is the same client as `192.168.1.5`. */
export const plainAddress = (address: string | undefined): string => (address ?? 'unknown').replace(/^::ffff:/, '');

/**
 * Admits or closes each new connection by its address: the reception PC's own (`isOwn`) always within the server's
 * cap, any other up to `MAX_CONNECTIONS_PER_ADDRESS` and while all others together leave the reserve free. Returns
 * false for a connection it closed. One gate per listening server.
 */
export function connectionGate(isOwn: (address: string) => boolean): (socket: Socket) => boolean {
  const held = new Map<string, number>();
  let others = 0;
  return (socket) => {
    const address = plainAddress(socket.remoteAddress);
    if (isOwn(address)) return true;
    const count = held.get(address) ?? 0;
    if (count >= MAX_CONNECTIONS_PER_ADDRESS || others >= MAX_CONNECTIONS - OWN_RESERVED_CONNECTIONS) {
      socket.destroy();
      return false;
    }
    held.set(address, count + 1);
    others++;
    socket.once('close', () => {
      others--;
      const left = (held.get(address) ?? 1) - 1;
      if (left > 0) held.set(address, left);
      else held.delete(address);
    });
    return true;
  };
}

/** The gate on a server whose own `connection` handling comes after (the HTTP server of web mode). */
export function gateConnections(server: Server, isOwn: (address: string) => boolean): void {
  const admit = connectionGate(isOwn);
  server.prependListener('connection', (socket: Socket) => void admit(socket));
}
