// Two network printers as they behave in the field, on loopback, both real TCP servers over a
// VirtualPrinter: a spooling print server that prints a job only once its connection closes
// (CUPS or Windows raw queues, print boxes), and a printer that serves one client at a time and
// keeps the others waiting until it is free.
import { createServer, type Server, type Socket } from 'node:net';
import type { VirtualPrinter } from '../../../../../hardware/printer/virtual/virtualPrinter.js';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface SpoolingServer {
  readonly port: number;
  /** Connections that have sent something and not yet closed: jobs stuck in the spool. */
  readonly spooling: number;
  close(): Promise<void>;
}

/** Keeps each connection's bytes and hands them to the printer when the client closes. */
export async function listenSpooling(printer: VirtualPrinter): Promise<SpoolingServer> {
  const sockets = new Set<Socket>();
  const open = new Map<Socket, Buffer[]>();
  const server = createServer((socket) => {
    sockets.add(socket);
    open.set(socket, []);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => open.get(socket)?.push(chunk));
    // Our end of the job: the client's FIN. Release it, then close our side.
    socket.on('end', () => {
      const chunks = open.get(socket) ?? [];
      open.delete(socket);
      printer.receive(Buffer.concat(chunks));
      socket.end();
    });
    socket.on('close', () => {
      sockets.delete(socket);
      open.delete(socket);
    });
  });
  const port = await listen(server);
  return {
    port,
    get spooling() {
      return [...open.values()].filter((chunks) => chunks.length > 0).length;
    },
    close: () => closeServer(server, sockets),
  };
}

export interface SingleClientPrinter {
  readonly port: number;
  /** Clients accepted by the kernel but kept waiting because another one has the printer. */
  readonly waiting: number;
  /** Clients served so far (their connection reached the printer). */
  readonly served: number;
  close(): Promise<void>;
}

/** Serves one connection at a time; the next one waits (unread) until the current one closes. */
export async function listenSingleClient(printer: VirtualPrinter): Promise<SingleClientPrinter> {
  const sockets = new Set<Socket>();
  const queue: Socket[] = [];
  let active: Socket | undefined;
  let served = 0;
  const serve = (socket: Socket): void => {
    active = socket;
    served += 1;
    socket.on('data', (chunk: Buffer) => {
      const reply = printer.receive(chunk);
      if (reply.length > 0) socket.write(reply);
    });
    socket.resume();
  };
  const server = createServer({ pauseOnConnect: true }, (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      sockets.delete(socket);
      const queued = queue.indexOf(socket);
      if (queued >= 0) queue.splice(queued, 1);
      if (active !== socket) return;
      active = undefined;
      const next = queue.shift();
      if (next) serve(next);
    });
    if (active) queue.push(socket);
    else serve(socket);
  });
  const port = await listen(server);
  return {
    port,
    get waiting() {
      return queue.length;
    },
    get served() {
      return served;
    },
    close: () => closeServer(server, sockets),
  };
}
