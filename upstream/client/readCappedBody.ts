// A reply's body read as a stream, up to a byte cap. A platform (or anything in between) that
// answers 200 and never stops sending once took a kiosk to 2 GB of memory: past the cap the read
// stops, the caller aborts the fetch, and the call fails as retryable reply_too_large.
import { clientCodes, retryableFailure } from './centreError.js';

export async function readCappedBody(response: Response, maxBytes: number): Promise<string> {
  return new TextDecoder('utf-8').decode(await readCappedBytes(response, maxBytes));
}

/** The body's bytes, for a reply that is not text (a proposal's photograph). */
export async function readCappedBytes(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    retryableFailure(
      clientCodes.replyTooLarge,
      `The reply is larger than ${maxBytes} bytes.`,
      response.status,
    );
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
