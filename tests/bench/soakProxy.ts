// The network between the kiosk and the centre, for the soak: a TCP proxy on loopback that can be
// cut and restored. Cut "refuse" resets every connection (a dead link, a firewall's RST); cut
// "blackhole" accepts and never answers (a Wi-Fi that hangs), so the kiosk's own timeouts fire.
// It runs on a thread of its own, so its sockets are not counted among the kiosk's handles and
// its buffers not in the kiosk's heap; the worker is one steady handle.
import { type Socket, createConnection, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export type NetworkState = 'up' | 'refuse' | 'blackhole';

interface ProxyJob {
  role: 'soak-proxy';
  targetUrl: string;
}

export interface SoakProxy {
  /** The centre's URL as seen through the proxy. */
  url: string;
  /** Resolves once the proxy is in the state: existing connections are cut when it goes down. */
  set(state: NetworkState): Promise<void>;
  /** Heap used by the proxy's thread after a GC there: to tell its memory from the kiosk's. */
  heapUsed(): Promise<number>;
  stop(): Promise<void>;
}

function serve(job: ProxyJob): void {
  const target = new URL(job.targetUrl);
  let state: NetworkState = 'up';
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };
  const server = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    if (state === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    // Black hole: read and drop; the kiosk gives up on its own.
    if (state === 'blackhole') {
      client.resume();
      return;
    }
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    parentPort?.postMessage({ url: `http://127.0.0.1:${port}/` });
  });
  parentPort?.on('message', (message: { state?: NetworkState; stop?: true; memory?: true }) => {
    if (message.memory) {
      globalThis.gc?.();
      parentPort?.postMessage({ heapUsed: process.memoryUsage().heapUsed });
      return;
    }
    if (message.stop) {
      for (const socket of open) socket.destroy();
      server.close();
      process.exit(0);
    }
    if (message.state) {
      state = message.state;
      if (state !== 'up') for (const socket of open) socket.destroy();
      parentPort?.postMessage({ state });
    }
  });
}

export async function startSoakProxy(targetUrl: string): Promise<SoakProxy> {
  const job: ProxyJob = { role: 'soak-proxy', targetUrl };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { url: string }) => resolve(message.url));
    worker.once('error', reject);
  });
  return {
    url,
    set: (state) =>
      new Promise((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage({ state });
      }),
    heapUsed: () =>
      new Promise((resolve) => {
        worker.once('message', (message: { heapUsed: number }) => resolve(message.heapUsed));
        worker.postMessage({ memory: true });
      }),
    stop: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ stop: true });
      await exited;
    },
  };
}

const job = workerData as ProxyJob | null | undefined;
if (!isMainThread && job?.role === 'soak-proxy') serve(job);
