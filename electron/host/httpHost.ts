// The local HTTP host: the built renderer and the kiosk API on 127.0.0.1 for the Chromium shell.
// Only the page this host served can call the API: it must show the per-launch token, and the
// browser's Origin and Host must be this host's own (which also defeats DNS rebinding).
// Nothing a client sends can throw out of a handler: a throw there ends the process, and the
// kiosk window with it. Every request gets an answer or a closed socket, never a dead host.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type ApiReply, tokenHeader, tokenMetaName } from '../../contract/index.js';
import type { CallDispatcher } from '../services/dispatch.js';
import { errorFields } from '../services/errorFields.js';
import { type Logger, createLogger } from '../services/logger.js';
import { contentSecurityPolicy } from './contentSecurity.js';
import { readRequestTarget } from './requestTarget.js';
import { injectToken, readStaticFile } from './staticFiles.js';
import { createThrottledLog } from './throttledLog.js';

export interface HttpHostOptions {
  dispatch: CallDispatcher;
  rendererDir: string;
  port: number;
  /** Fixed only by tests; otherwise a fresh random token per launch. */
  token?: string;
  logger?: Logger;
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
    // A client that goes away mid-body gets neither 'end' nor always 'error': settle on 'close'.
    req.on('close', () => {
      if (!req.complete) reject(new Error('aborted'));
    });
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
  const logProblem = createThrottledLog(options.logger ?? createLogger(), 'http host refused');
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

  const handleStatic = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) {
      // Client-side routes fall back to the app page; missing assets are a plain 404. With the
      // app page itself gone (an update half-copied) that fallback would call itself forever.
      if (path === '/') return send(res, 503, 'The kiosk page is not installed.', 'text/plain');
      if (path.includes('.')) return send(res, 404, 'Not found', 'text/plain');
      return handleStatic(req, res, '/');
    }
    const body =
      path === '/' || path === '/index.html'
        ? injectToken(file.body.toString('utf8'), tokenMetaName, token)
        : file.body;
    send(res, 200, body, file.contentType);
  };

  const handleRequest = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = readRequestTarget(req.url);
    if (!target) return Promise.resolve(send(res, 400, 'Bad request target.', 'text/plain'));
    // Host names are case-insensitive; an absolute-form target's authority overrides Host.
    const host = (target.authority ?? req.headers.host ?? '').toLowerCase();
    if (!ownHosts.includes(host)) {
      return Promise.resolve(
        send(res, 421, 'This host answers only on its own loopback address.', 'text/plain'),
      );
    }
    return target.path.startsWith(apiPrefix)
      ? handleApi(req, res, target.path.slice(apiPrefix.length))
      : handleStatic(req, res, target.path);
  };

  const failed = (res: ServerResponse, error: unknown) => {
    logProblem('handler-failed', errorFields(error));
    try {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
      else res.destroy();
    } catch {
      res.destroy();
    }
  };

  // Each socket's latest response: a raw 400 written while one is on the wire would corrupt it.
  const responses = new WeakMap<Socket, ServerResponse>();

  const server: Server = createServer((req, res) => {
    responses.set(req.socket, res);
    let work: Promise<void>;
    try {
      work = handleRequest(req, res);
    } catch (error) {
      return failed(res, error);
    }
    work.catch((error: unknown) => failed(res, error));
  });

  // What Node's HTTP parser refuses (bad request lines, invalid methods, bad header bytes,
  // headers over the size limit, timeouts) arrives here with no request object. Answer as Node
  // would without a listener, and log only the kind: the raw bytes may hold anything.
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
    const code = error.code ?? 'unknown';
    if (code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    logProblem(`client-error:${code}`);
    const res = responses.get(socket);
    if (res !== undefined && res.headersSent && !res.writableFinished) {
      socket.destroy();
      return;
    }
    const status =
      code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    // end() flushes the answer, then closes; the server does not keep half-open sockets.
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // After listen, a server error (EMFILE when out of file handles, say) has no listener and would
  // end the process; the server keeps accepting once handles are free again.
  server.on('error', (error) => logProblem('server-error', errorFields(error)));

  await new Promise<void>((resolve, reject) => {
    const refused = (error: Error) => reject(error);
    server.once('error', refused);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', refused);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  // On the default port a browser sends Host without it.
  if (port === 80) ownHosts.push('127.0.0.1', 'localhost');
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
