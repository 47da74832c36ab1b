// A stand-in platform on 127.0.0.1:0 (node:http), for tests where the wire detail is the point:
// each test answers calls with its own handler and reads back exactly what the client sent.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenCall {
  method: string;
  /** Path and query as sent, e.g. /open311/v2/services.json?jurisdiction_id=city */
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (call: SeenCall, res: ServerResponse) => void;

export interface LocalPlatform {
  url: string;
  calls: SeenCall[];
  close(): Promise<void>;
}

export async function startLocalPlatform(handle: Handler): Promise<LocalPlatform> {
  const calls: SeenCall[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const call: SeenCall = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      calls.push(call);
      open.add(res);
      res.on('close', () => open.delete(res));
      handle(call, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
        // Keep-alive sockets the client left idle would hold close() for seconds.
        server.closeAllConnections();
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
