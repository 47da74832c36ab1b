// A printer in software: it takes ESC/POS bytes from any link, decodes them into receipts,
// answers DLE EOT for whatever condition it is told to be in, and keeps what it received so
// tests can inspect every byte. The demo kiosk prints to one; tests print to one over TCP, a
// pty and in memory.
// It answers as a real printer's interface does, at once: a status request is answered as the
// bytes arrive, and decoding the receipts (text, QR symbols) for the preview and for tests is
// done off that path, on the event loop's next turn or sooner when a receipt is asked for. So
// the kiosk hears the printer's answer without waiting for the simulator's bookkeeping.
import type { DecodedReceipt } from './decodedReceipt.js';
import { EscPosParser } from './escposParser.js';
import { RealTimeScanner } from './realTimeScanner.js';
import { ReceiptAssembler } from './receiptAssembler.js';
import {
  healthyCondition,
  statusReplyByte,
  type VirtualPrinterCondition,
} from './virtualStatus.js';

export interface VirtualPrinterOptions {
  readonly condition?: Partial<VirtualPrinterCondition>;
  /** See AssemblerOptions: off by default so a job that forgets FS & decodes wrongly. */
  readonly chineseModeByDefault?: boolean;
  /** Receipts kept for inspection and preview; older ones are dropped. */
  readonly keepReceipts?: number;
  /** Received bytes kept for inspection; older ones are dropped. */
  readonly keepBytes?: number;
}

export class VirtualPrinter {
  readonly #chineseModeByDefault: boolean;
  #scanner = new RealTimeScanner();
  #parser = new EscPosParser();
  #assembler: ReceiptAssembler;
  readonly #keepReceipts: number;
  readonly #keepBytes: number;
  readonly #receiptListeners = new Set<(receipt: DecodedReceipt) => void>();
  readonly #receiveListeners = new Set<(chunk: Buffer, total: number) => void>();
  #condition: VirtualPrinterCondition;
  #receipts: DecodedReceipt[] = [];
  /** The last keepBytes bytes received, as a ring: one buffer, made at the first byte. */
  #log: Buffer | null = null;
  /** Where the next byte goes in #log, and how many of its bytes hold received data. */
  #logEnd = 0;
  #logLength = 0;
  /** Chunks received but not yet decoded, oldest first. */
  #undecoded: Buffer[] = [];
  #decodeScheduled = false;
  #bytesReceived = 0;

  constructor(options: VirtualPrinterOptions = {}) {
    this.#condition = { ...healthyCondition, ...options.condition };
    this.#chineseModeByDefault = options.chineseModeByDefault ?? false;
    this.#assembler = new ReceiptAssembler({ chineseModeByDefault: this.#chineseModeByDefault });
    this.#keepReceipts = options.keepReceipts ?? 100;
    this.#keepBytes = options.keepBytes ?? 4 * 1024 * 1024;
  }

  get condition(): VirtualPrinterCondition {
    return this.#condition;
  }

  /** Puts the printer into a condition, e.g. { paperOut: true } or { answersStatus: false }. */
  setCondition(patch: Partial<VirtualPrinterCondition>): void {
    this.#condition = { ...this.#condition, ...patch };
  }

  /** Takes bytes from a link; returns the bytes to send back (status replies). */
  receive(chunk: Uint8Array): Buffer {
    // Copied: the link may reuse the caller's bytes before they are decoded.
    const bytes = Buffer.from(chunk);
    this.#bytesReceived += bytes.length;
    this.#keep(bytes);
    const replies: number[] = [];
    for (const kind of this.#scanner.scan(bytes)) {
      const reply = this.#condition.answersStatus
        ? statusReplyByte(this.#condition, kind)
        : undefined;
      if (reply !== undefined) replies.push(reply);
    }
    // Decoded on the next turn (or sooner, when a receipt is asked for), never before replying;
    // always scheduled, so what waits for decoding stays one turn's worth of bytes.
    this.#undecoded.push(bytes);
    this.#scheduleDecode();
    for (const listener of [...this.#receiveListeners]) listener(bytes, this.#bytesReceived);
    return Buffer.from(replies);
  }

  /** Switched off and on: half-received commands and the unfinished receipt are lost. */
  powerCycle(): void {
    // What arrived before the power went is decoded with the state it arrived in.
    this.#decode();
    this.#scanner = new RealTimeScanner();
    this.#parser = new EscPosParser();
    this.#assembler = new ReceiptAssembler({ chineseModeByDefault: this.#chineseModeByDefault });
  }

  /** Receipts completed by a cut, oldest first. */
  get receipts(): readonly DecodedReceipt[] {
    this.#decode();
    return this.#receipts;
  }

  get lastReceipt(): DecodedReceipt | undefined {
    this.#decode();
    return this.#receipts.at(-1);
  }

  /** What has been printed since the last cut. */
  get pending(): DecodedReceipt {
    this.#decode();
    return this.#assembler.pending;
  }

  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  /**
   * Bytes of memory the kept bytes hold on to: the ring's one buffer (keepBytes) once anything
   * arrived, 0 before. Fixed, however many chunks arrive and however small: a chunk kept as a
   * Buffer of its own cost ~180 B of heap besides its bytes (~9 MB at the 4 MB cap), and a slice
   * of Node's 8 KB buffer pool would pin the whole slab.
   */
  get retainedBufferBytes(): number {
    return this.#log?.buffer.byteLength ?? 0;
  }

  /** The last keepBytes bytes received (all of them unless more arrived), oldest first. */
  get receivedBytes(): Buffer {
    const log = this.#log;
    if (!log) return Buffer.alloc(0);
    const start = (this.#logEnd - this.#logLength + log.length) % log.length;
    if (start + this.#logLength <= log.length)
      return Buffer.from(log.subarray(start, start + this.#logLength));
    return Buffer.concat([log.subarray(start), log.subarray(0, this.#logEnd)]);
  }

  /** Called with each receipt once decoded: on the event loop's next turn after its cut. */
  onReceipt(listener: (receipt: DecodedReceipt) => void): () => void {
    this.#receiptListeners.add(listener);
    return () => this.#receiptListeners.delete(listener);
  }

  /** Called for every chunk received, with the running total (tests use it to cut links). */
  onReceive(listener: (chunk: Buffer, total: number) => void): () => void {
    this.#receiveListeners.add(listener);
    return () => this.#receiveListeners.delete(listener);
  }

  /** Resolves once `count` receipts in all have been completed. */
  waitForReceipts(count: number, timeoutMs = 5_000): Promise<readonly DecodedReceipt[]> {
    this.#decode();
    if (this.#receipts.length >= count) return Promise.resolve(this.#receipts);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(
          new Error(
            `virtual printer: ${this.#receipts.length} of ${count} receipts after ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      const off = this.onReceipt(() => {
        if (this.#receipts.length < count) return;
        clearTimeout(timer);
        off();
        resolve(this.#receipts);
      });
    });
  }

  /** Decodes every chunk received so far, in order, and completes the receipts they cut. */
  #decode(): void {
    while (this.#undecoded.length > 0) {
      const chunks = this.#undecoded;
      this.#undecoded = [];
      for (const bytes of chunks) {
        for (const receipt of this.#assembler.apply(this.#parser.push(bytes))) {
          this.#complete(receipt);
        }
      }
    }
  }

  #scheduleDecode(): void {
    if (this.#decodeScheduled) return;
    this.#decodeScheduled = true;
    setImmediate(() => {
      this.#decodeScheduled = false;
      this.#decode();
    });
  }

  #complete(receipt: DecodedReceipt): void {
    this.#receipts.push(receipt);
    if (this.#receipts.length > this.#keepReceipts) this.#receipts.shift();
    for (const listener of [...this.#receiptListeners]) listener(receipt);
  }

  #keep(bytes: Buffer): void {
    if (this.#keepBytes <= 0 || bytes.length === 0) return;
    // Outside the pool (allocUnsafeSlow never slices a shared slab): the ring owns its memory.
    const log = (this.#log ??= Buffer.allocUnsafeSlow(this.#keepBytes));
    const kept = bytes.length > log.length ? bytes.subarray(bytes.length - log.length) : bytes;
    const first = Math.min(kept.length, log.length - this.#logEnd);
    kept.copy(log, this.#logEnd, 0, first);
    kept.copy(log, 0, first);
    this.#logEnd = (this.#logEnd + kept.length) % log.length;
    this.#logLength = Math.min(log.length, this.#logLength + kept.length);
  }
}
