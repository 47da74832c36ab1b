// Carries out a chaos decision on the socket. `reply` is the real answer when the fault comes
// after the call was handled (so a truncated body is a cut-off copy of the real one), or null
// when it comes before.
import type { ServerResponse } from 'node:http';
import type { Reply } from '../http/reply.js';
import { sendReply } from '../http/send.js';
import type { ChaosDecision } from './chaosEngine.js';

type Fault = Exclude<ChaosDecision, { fault: 'none' }>;

const jsonType = 'application/json; charset=utf-8';
const htmlPage = (title: string) =>
  `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><hr><center>nginx</center></body></html>\n`;

function malformed(res: ServerResponse, fault: Fault, reply: Reply | null): void {
  // A mangled body needs a status that carries one: the real 2xx when there was one, else 200.
  const status =
    reply && reply.status >= 200 && reply.status < 300 && reply.status !== 204 ? reply.status : 200;
  switch (fault.variant) {
    case 'truncated-json': {
      const body = reply?.body ?? '[{"service_request_id":"1","service_notice":"已受理';
      res.writeHead(status, { 'Content-Type': jsonType });
      res.end(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
      return;
    }
    case 'wrong-shape':
      res.writeHead(status, { 'Content-Type': jsonType });
      res.end(JSON.stringify({ ok: true, data: { service_request_id: { value: 1 } } }));
      return;
    case 'html-ok':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(htmlPage('Welcome'));
      return;
    case 'html-error':
      res.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(htmlPage('502 Bad Gateway'));
      return;
  }
}

/** hung: where a never-answered response is kept, so closing the server can end it. */
export function sendFault(
  res: ServerResponse,
  fault: Fault,
  reply: Reply | null,
  hung: Set<ServerResponse>,
): void {
  switch (fault.fault) {
    case 'error500':
      res.writeHead(500, { 'Content-Type': jsonType });
      res.end(JSON.stringify([{ code: 'internal_error', description: 'Injected server error.' }]));
      return;
    case 'rateLimit429':
      res.writeHead(429, {
        'Content-Type': jsonType,
        'Retry-After': String(fault.retryAfterSeconds),
      });
      res.end(
        JSON.stringify([{ code: 'rate_limited', description: 'Too many requests; retry later.' }]),
      );
      return;
    case 'hang':
      hung.add(res);
      res.once('close', () => hung.delete(res));
      return;
    case 'drop':
      res.socket?.destroy();
      return;
    case 'malformed':
      malformed(res, fault, reply);
      return;
    case 'slow': {
      // The real answer, too late; kept in `hung` so closing the server ends the wait.
      hung.add(res);
      const timer = setTimeout(() => {
        hung.delete(res);
        if (!res.destroyed) sendReply(res, reply ?? { status: 204, headers: {}, body: null });
      }, fault.slowMs);
      res.once('close', () => {
        clearTimeout(timer);
        hung.delete(res);
      });
      return;
    }
  }
}
