// Raw bytes to a host over a plain socket, for tests that send what no HTTP client would: broken
// request lines, duplicate or oversized headers, a body cut off half way.
import { connect } from 'node:net';

export interface RawExchange {
  /** Everything the host wrote before the socket closed. */
  reply: string;
  /** The status code of the first response line, or undefined when the host sent nothing. */
  status: number | undefined;
}

/**
 * How the client leaves after writing: 'wait' for the host to close (send `Connection: close`),
 * 'half-close' (the host sees the end of the stream at once) or 'cut-off' (a client that walks
 * away mid-request). Resolves once the socket has closed.
 */
export type RawEnding = 'wait' | 'half-close' | 'cut-off';

export function rawExchange(
  port: number,
  bytes: string | Buffer,
  ending: RawEnding = 'wait',
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      if (ending === 'cut-off') socket.destroy();
      else if (ending === 'half-close') socket.end();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the host answered is still an answer; only the bytes matter here.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const reply = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(reply);
      resolve({ reply, status: match?.[1] ? Number(match[1]) : undefined });
    });
  });
}
