// The local HTTP host: the built renderer and the kiosk API on 127.0.0.1 for the Chromium shell.
// Only the page this host served can call the API: it must show the per-launch token, and the
// browser's Origin and Host must be this host's own (which also defeats DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiReply, tokenHeader, tokenMetaName } from '../../contract/index.js';
import type { CallDispatcher } from '../services/dispatch.js';
import { contentSecurityPolicy } from './contentSecurity.js';
import { injectToken, readStaticFile } from './staticFiles.js';

export interface HttpHostOptions {
  dispatch: CallDispatcher;
  rendererDir: string;
  port: number;
  /** Fixed only by tests; otherwise a fresh random token per launch. */
  token?: string;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 64 * 1024;
const apiPrefix = '/api/';

const statusForError: Record<string, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'not-allowed': 409,
  unauthorized: 403,
  'unknown-call': 404,
  unavailable: 503,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: Buffer | string, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendReply(res: ServerResponse, reply: ApiReply<unknown>): void {
  const status = reply.ok ? 200 : (statusForError[reply.error.code] ?? 500);
  send(res, status, JSON.stringify(reply), 'application/json; charset=utf-8');
}

function refuse(
  res: ServerResponse,
  status: number,
  code: 'unauthorized' | 'invalid-input',
  message: string,
): void {
  const reply: ApiReply<never> = { ok: false, error: { code, message } };
  send(res, status, JSON.stringify(reply), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        // Answer at once and let the rest drain unread, so the client gets a 413, not a reset.
        reject(new Error('too-large'));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let ownHosts: string[] = [];

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid-input', 'Use POST for API calls.');
    const header = req.headers[tokenHeader];
    if (!sameSecret(typeof header === 'string' ? header : undefined, token)) {
      return refuse(
        res,
        403,
        'unauthorized',
        'This call needs the token of the page the kiosk served.',
      );
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !ownHosts.some((host) => origin === `http://${host}`)) {
      return refuse(
        res,
        403,
        'unauthorized',
        'Calls are accepted only from the kiosk page itself.',
      );
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      const tooLarge = (error as Error).message === 'too-large';
      return refuse(
        res,
        tooLarge ? 413 : 400,
        'invalid-input',
        tooLarge ? 'The request is too large.' : 'The body must be JSON.',
      );
    }
    sendReply(res, await options.dispatch(name, input));
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) {
      // Client-side routes fall back to the app page; missing assets are a plain 404.
      if (path.includes('.')) return send(res, 404, 'Not found', 'text/plain');
      return handleStatic(req, res, '/');
    }
    const body =
      path === '/' || path === '/index.html'
        ? injectToken(file.body.toString('utf8'), tokenMetaName, token)
        : file.body;
    send(res, 200, body, file.contentType);
  };

  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!ownHosts.includes(host)) {
      return send(res, 421, 'This host answers only on its own loopback address.', 'text/plain');
    }
    const path = new URL(req.url ?? '/', `http://${host}`).pathname;
    const work = path.startsWith(apiPrefix)
      ? handleApi(req, res, path.slice(apiPrefix.length))
      : handleStatic(req, res, path);
    work.catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
