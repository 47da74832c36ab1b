// One command at a time over a Connection: write the request, wait for the reply frame, retry on
// silence or a garbled reply. Before each attempt the parser is cleared, so the leftovers of a
// lost reply cannot be mistaken for the next one. (A reply that arrives after its timeout can
// still be taken for the retry's; the SAM commands used are idempotent, and the reader's checks of
// each reply catch a reply of the wrong kind.)
import { encodeRequest, type RequestFrame, type ResponseFrame } from '../protocol/frame.js';
import { createResponseParser } from '../protocol/frameParser.js';
import { interpretStatus, isTransientSamError, type SamStatus } from '../protocol/status.js';
import type { Clock } from '../../link/clock.js';
import type { Connection } from '../../link/link.js';
import type { LinkErrorCode } from './readerState.js';

export interface CommandPolicy {
  readonly timeoutMs: number;
  /** Extra attempts after the first. */
  readonly retries: number;
}

export type CommandResult =
  | { readonly ok: true; readonly frame: ResponseFrame; readonly status: SamStatus }
  | { readonly ok: false; readonly code: LinkErrorCode };

type Attempt =
  | { kind: 'frame'; frame: ResponseFrame }
  | { kind: 'rejected' }
  | { kind: 'timeout' }
  | { kind: 'lost' };

export class SamSession {
  private readonly parser = createResponseParser();
  private readonly unsubscribe: () => void;
  private waiter: ((attempt: Attempt) => void) | undefined;
  private busy = false;
  private lost = false;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
  ) {
    this.unsubscribe = connection.onData((chunk) => this.onChunk(chunk));
    void connection.closed.then(() => this.markLost());
  }

  async execute(request: RequestFrame, policy: CommandPolicy): Promise<CommandResult> {
    // Like node-serialport's mock, refuse overlap instead of interleaving frames on the wire.
    if (this.busy) throw new Error('SamSession: a command is already in flight');
    this.busy = true;
    try {
      const bytes = encodeRequest(request);
      let failure: LinkErrorCode = 'timeout';
      for (let attempt = 0; attempt <= policy.retries; attempt += 1) {
        if (this.lost) return { ok: false, code: 'link-lost' };
        const outcome = await this.attempt(bytes, policy.timeoutMs);
        if (outcome.kind === 'lost') return { ok: false, code: 'link-lost' };
        if (outcome.kind === 'frame') {
          const status = interpretStatus(outcome.frame.sw3);
          // The SAM saw our frame garbled: the same request is worth sending again.
          if (!status.ok && isTransientSamError(status.code) && attempt < policy.retries) continue;
          return { ok: true, frame: outcome.frame, status };
        }
        failure = outcome.kind === 'rejected' ? 'corrupt-reply' : 'timeout';
      }
      return { ok: false, code: failure };
    } finally {
      this.busy = false;
    }
  }

  /** Stops listening; a command in flight ends as 'link-lost'. */
  dispose(): void {
    this.unsubscribe();
    this.markLost();
  }

  private markLost(): void {
    this.lost = true;
    this.waiter?.({ kind: 'lost' });
  }

  private attempt(bytes: Uint8Array, timeoutMs: number): Promise<Attempt> {
    this.parser.reset();
    return new Promise((resolve) => {
      let cancelTimer: () => void = () => undefined;
      const finish = (attempt: Attempt): void => {
        if (this.waiter !== finish) return;
        this.waiter = undefined;
        cancelTimer();
        resolve(attempt);
      };
      this.waiter = finish;
      cancelTimer = this.clock.after(timeoutMs, () => finish({ kind: 'timeout' }));
      // A failed write means the device is going away; 'closed' follows.
      this.connection.write(bytes).catch(() => finish({ kind: 'lost' }));
    });
  }

  private onChunk(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) {
      const waiter = this.waiter;
      if (!waiter) continue; // unsolicited bytes: nothing is waiting for them
      if (event.kind === 'frame') waiter({ kind: 'frame', frame: event.frame });
      else if (event.kind === 'rejected') waiter({ kind: 'rejected' });
    }
  }
}
