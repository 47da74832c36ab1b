// A centre far away, for the drain benchmark: a TCP proxy on loopback that holds every chunk the
// centre sends back for `delayMs` before passing it on, so each reply arrives that much later
// (requests go through at once). It runs on a thread of its own, so the kiosk's event loop —
// blocked by its own fsyncs — is not the network's clock. Bytes, not HTTP: keep-alive, headers
// and bodies pass untouched, and chunks of one connection keep their order.
import { createConnection, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

interface ProxyJob {
  role: 'latency-proxy';
  targetUrl: string;
  delayMs: number;
}

export interface LatencyProxy {
  /** The centre's URL as seen through the proxy. */
  url: string;
  stop(): Promise<void>;
}

function serve(job: ProxyJob): void {
  const target = new URL(job.targetUrl);
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream);
    let closing = false;
    upstream.on('data', (chunk: Buffer) => {
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
      }, job.delayMs);
    });
    // The end follows the last delayed chunk, never overtakes it.
    upstream.on('end', () => {
      closing = true;
      setTimeout(() => client.end(), job.delayMs);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => {
      if (!closing) upstream.destroy();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    parentPort?.postMessage({ url: `http://127.0.0.1:${port}/` });
  });
  parentPort?.on('message', () => {
    server.close();
    process.exit(0);
  });
}

export async function startLatencyProxy(targetUrl: string, delayMs: number): Promise<LatencyProxy> {
  const job: ProxyJob = { role: 'latency-proxy', targetUrl, delayMs };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { url: string }) => resolve(message.url));
    worker.once('error', reject);
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
    },
  };
}

const job = workerData as ProxyJob | null | undefined;
if (!isMainThread && job?.role === 'latency-proxy') serve(job);
