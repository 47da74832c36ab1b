// Finds DLE EOT n in the raw byte stream, the way a printer's interface does: real-time
// commands are acted on as they arrive, ahead of the command parser, so a command left half-sent
// by a cut-off job cannot swallow a status request. (The flip side, as on real printers: the
// same three bytes inside image data would be answered too; receipts never send such data.)
export class RealTimeScanner {
  #state: 'idle' | 'dle' | 'eot' = 'idle';

  /** The n of every complete DLE EOT n (1–4) in the chunk, carrying state across chunks. */
  scan(chunk: Uint8Array): number[] {
    const kinds: number[] = [];
    for (const byte of chunk) {
      if (this.#state === 'eot' && byte >= 1 && byte <= 4) {
        kinds.push(byte);
        this.#state = 'idle';
      } else if (this.#state === 'dle' && byte === 0x04) {
        this.#state = 'eot';
      } else {
        this.#state = byte === 0x10 ? 'dle' : 'idle';
      }
    }
    return kinds;
  }
}
