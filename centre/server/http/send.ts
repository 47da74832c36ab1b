// Writes a Reply to the socket. API answers are never cached by intermediaries unless the route
// says otherwise (the directory revalidates with its ETag).
import type { ServerResponse } from 'node:http';
import type { Reply } from './reply.js';

export function sendReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...reply.headers,
  });
  res.end(reply.body ?? undefined);
}
