// Reads a request body with a hard size limit; a kiosk request is a few kilobytes at most.
import type { IncomingMessage } from 'node:http';

export const maxBodyBytes = 64 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' };

export function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        // Answer at once and let the rest drain unread, so the client gets a 413, not a reset.
        done = true;
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', reject);
  });
}
