// The TCP link's clean close, against real loopback servers: our FIN after the last byte, then
// the peer's close awaited (a spooler prints on it); a peer that never closes is reset after
// closeTimeoutMs rather than holding the kiosk.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTcpLink } from '../../../../hardware/link/tcpLink.js';

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(onSocket: (socket: Socket) => void, allowHalfOpen = false): Promise<number> {
  const server = createServer({ allowHalfOpen }, (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

describe('the TCP link', () => {
  it('closes after the last byte and waits for the peer to close its side', async () => {
    const events: string[] = [];
    let received = 0;
    const port = await listen((socket) => {
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
      socket.on('end', () => {
        events.push(`peer saw our end after ${received} bytes`);
        // A print server finishing its spool file before it lets go.
        setImmediate(() => {
          events.push('peer closes');
          socket.end();
        });
      });
    }, true);
    const connection = await createTcpLink({ host: '127.0.0.1', port }).open();
    expect(connection.description).toBe(`tcp://127.0.0.1:${port}`);
    await connection.write(Buffer.alloc(100_000, 0x41));
    await connection.close();
    events.push('close() resolved');
    expect(events).toEqual([
      'peer saw our end after 100000 bytes',
      'peer closes',
      'close() resolved',
    ]);
    expect(await connection.closed).toBeUndefined();
    await expect(connection.write(Uint8Array.of(1))).rejects.toMatchObject({ code: 'not-open' });
  });

  it('resets a peer that never closes, after closeTimeoutMs', async () => {
    let peerEnded = false;
    const port = await listen((socket) => socket.on('end', () => (peerEnded = true)), true);
    const connection = await createTcpLink({ host: '127.0.0.1', port, closeTimeoutMs: 50 }).open();
    await connection.close();
    expect(peerEnded).toBe(true);
    expect(connection.isClosed).toBe(true);
    expect(await connection.closed).toBeUndefined();
  });

  it('reports a peer that goes away as link-lost', async () => {
    const port = await listen((socket) => setImmediate(() => socket.resetAndDestroy()));
    const connection = await createTcpLink({ host: '127.0.0.1', port }).open();
    expect(await connection.closed).toMatchObject({ code: 'link-lost' });
  });

  it('fails to open with open-failed when nothing listens', async () => {
    const port = await listen(() => undefined);
    const server = servers.pop();
    await new Promise((resolve) => server?.close(resolve));
    await expect(createTcpLink({ host: '127.0.0.1', port }).open()).rejects.toMatchObject({
      code: 'open-failed',
    });
  });
});
