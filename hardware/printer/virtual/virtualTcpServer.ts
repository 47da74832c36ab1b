// The virtual printer as a network printer: raw TCP on a loopback port (0 picks a free one).
import { createServer, type Socket } from 'node:net';
import type { VirtualPrinter } from './virtualPrinter.js';

export interface VirtualTcpServerOptions {
  /** Loopback only by default: the simulator is not a service for the lobby network. */
  readonly host?: string;
  readonly port?: number;
  /** Each connection is reset after this many bytes: a printer that goes away mid-job. */
  readonly dropAfterBytes?: number;
}

export interface VirtualTcpServer {
  readonly host: string;
  readonly port: number;
  /** Changes dropAfterBytes for connections made from now on (undefined: never drop). */
  setDropAfterBytes(bytes: number | undefined): void;
  /** Connections accepted so far, and open now (per-job clients open one per job). */
  readonly accepted: number;
  readonly openConnections: number;
  /** Resets every open connection now (power cut, cable pulled). */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function listenTcp(
  printer: VirtualPrinter,
  options: VirtualTcpServerOptions = {},
): Promise<VirtualTcpServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let dropAfterBytes = options.dropAfterBytes;
  let accepted = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    accepted += 1;
    const limit = dropAfterBytes;
    let taken = 0;
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // a reset peer is normal here
    socket.on('end', () => socket.end()); // the client's job is done: close our side too
    socket.on('data', (chunk: Buffer) => {
      const room = limit === undefined ? chunk.length : limit - taken;
      const accepted = chunk.subarray(0, Math.max(0, room));
      taken += accepted.length;
      const reply = accepted.length > 0 ? printer.receive(accepted) : Buffer.alloc(0);
      if (accepted.length < chunk.length) {
        socket.resetAndDestroy();
        return;
      }
      if (reply.length > 0) socket.write(reply);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host,
    port,
    get accepted() {
      return accepted;
    },
    get openConnections() {
      return sockets.size;
    },
    setDropAfterBytes: (bytes) => {
      dropAfterBytes = bytes;
    },
    dropConnections: () => {
      for (const socket of sockets) socket.resetAndDestroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
