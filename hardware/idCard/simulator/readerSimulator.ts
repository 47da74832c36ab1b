// A SAM card reader in software. It consumes request frames through the same codec the driver
// uses and answers response frames, byte for byte what a GA 450 reader would send. It models the
// card in the field (absent, fresh, selected, read) including the behaviour that matters to the
// driver: once read, a card no longer answers find-card but still answers select until it leaves.
// It is transport-free: attach() gives it an output and receive() feeds it input, so it can sit
// behind an in-memory transport or on the far end of a pty.
import { identifyCommand, type SamCommandName } from '../protocol/commands.js';
import { encodeResponse, type RequestFrame } from '../protocol/frame.js';
import { createRequestParser } from '../protocol/frameParser.js';
import { encodeReadReplyData, PHOTO_LENGTH } from '../protocol/readReply.js';
import { SW3 } from '../protocol/status.js';
import { systemClock, type Clock } from '../../link/clock.js';
import { demoCardTextBlock, type DemoCardId } from './demoCards.js';
import {
  defaultCommands,
  takeFault,
  type ActiveFault,
  type FaultOptions,
  type SimulatorFault,
} from './faults.js';

export interface SimulatorOptions {
  readonly clock?: Clock;
  /** Delay before answering a command other than a read. */
  readonly replyDelayMs?: number;
  /** Delay before answering a read; real readers take about a second. */
  readonly readDelayMs?: number;
  /** How long the field stays empty when placeCard() swaps one card for another. */
  readonly swapGapMs?: number;
}

type CardState = 'fresh' | 'found' | 'selected' | 'read';

interface CardInField {
  readonly text: Uint8Array;
  state: CardState;
}

/** The photo is opaque to the driver; a fixed pattern stands in for WLT data. */
const fakePhoto = Uint8Array.from({ length: PHOTO_LENGTH }, (_, index) => (index * 7) & 0xff);
const samId = Uint8Array.from({ length: 16 }, (_, index) => 0x10 + index);
const emptyData = new Uint8Array(0);

export class ReaderSimulator {
  private readonly clock: Clock;
  private readonly parser = createRequestParser();
  private readonly faults: ActiveFault[] = [];
  private readonly outputs = new Set<(bytes: Uint8Array) => void>();
  private card: CardInField | undefined;
  private cancelSwap: (() => void) | undefined;
  /** Commands received, in order, for tests that check what the driver sent. */
  readonly received: (SamCommandName | 'unknown')[] = [];

  constructor(private readonly options: SimulatorOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  /** Routes replies to `output`; returns a detach function. */
  attach(output: (bytes: Uint8Array) => void): () => void {
    this.outputs.add(output);
    return () => this.outputs.delete(output);
  }

  /** Bytes from the host, in chunks of any size. */
  receive(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) {
      if (event.kind === 'frame') this.answer(event.frame);
      // A real SAM answers a garbled request with its own status, not with silence.
      else if (event.kind === 'rejected') {
        const sw3 = event.reason === 'checksum-error' ? SW3.checksumError : SW3.lengthError;
        this.send(encodeResponse({ sw1: 0, sw2: 0, sw3, data: emptyData }));
      }
    }
  }

  /** Puts a card in the field. Swapping cards leaves the field empty for a moment, as a hand does. */
  placeCard(card: DemoCardId | Uint8Array): void {
    const text = typeof card === 'string' ? demoCardTextBlock(card) : Uint8Array.from(card);
    this.cancelSwap?.();
    this.cancelSwap = undefined;
    if (!this.card) {
      this.card = { text, state: 'fresh' };
      return;
    }
    this.card = undefined;
    this.cancelSwap = this.clock.after(this.options.swapGapMs ?? 1500, () => {
      this.cancelSwap = undefined;
      this.card = { text, state: 'fresh' };
    });
  }

  removeCard(): void {
    this.cancelSwap?.();
    this.cancelSwap = undefined;
    this.card = undefined;
  }

  get cardPresent(): boolean {
    return this.card !== undefined;
  }

  injectFault(fault: SimulatorFault, options: FaultOptions = {}): void {
    this.faults.push({
      fault,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
      commands: options.commands ?? defaultCommands(fault),
    });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  private answer(request: RequestFrame): void {
    const command = identifyCommand(request);
    this.received.push(command ?? 'unknown');
    const fault = takeFault(this.faults, command);
    if (fault?.kind === 'silence') return;
    const overridden = this.statusOverride(fault);
    const [sw3, data] = overridden !== undefined ? [overridden, emptyData] : this.execute(command);
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3, data });
    const isRead = command === 'readText' || command === 'readWithFingerprint';
    const delay = (isRead ? this.options.readDelayMs : this.options.replyDelayMs) ?? 0;
    const deliver = (): void => this.deliver(frame, fault);
    if (delay > 0) this.clock.after(delay, deliver);
    else deliver();
  }

  private statusOverride(fault: SimulatorFault | undefined): number | undefined {
    if (fault?.kind === 'no-card') return SW3.noCard;
    if (fault?.kind === 'auth-failed') return SW3.cardAuthFailed;
    if (fault?.kind === 'status') return fault.sw3;
    return undefined;
  }

  /** The SAM's behaviour for one command: status byte and reply data. */
  private execute(command: SamCommandName | undefined): [number, Uint8Array] {
    const card = this.card;
    switch (command) {
      case 'resetSam':
      case 'samStatus':
        return [SW3.success, emptyData];
      case 'samId':
        return [SW3.success, samId];
      case 'findCard':
        // A card already selected or read stays halted: it must leave the field to be found again.
        if (card && (card.state === 'fresh' || card.state === 'found')) {
          card.state = 'found';
          return [SW3.cardFound, new Uint8Array(4)];
        }
        return [SW3.noCard, emptyData];
      case 'selectCard':
        if (!card) return [SW3.selectFailed, emptyData];
        if (card.state !== 'read') card.state = 'selected';
        return [SW3.success, new Uint8Array(8)];
      case 'readText':
      case 'readWithFingerprint':
        if (!card) return [SW3.noCard, emptyData];
        if (card.state !== 'selected' && card.state !== 'read') return [SW3.readFailed, emptyData];
        card.state = 'read';
        return [
          SW3.success,
          command === 'readText'
            ? encodeReadReplyData(card.text, fakePhoto)
            : encodeReadReplyData(card.text, fakePhoto, emptyData),
        ];
      case undefined:
        return [SW3.badCommand, emptyData];
    }
  }

  private deliver(frame: Uint8Array, fault: SimulatorFault | undefined): void {
    if (fault?.kind === 'corrupt-checksum') {
      const corrupt = Uint8Array.from(frame);
      corrupt[corrupt.length - 1] = (frame[frame.length - 1] ?? 0) ^ 0x5a;
      return this.send(corrupt);
    }
    const half = Math.floor(frame.length / 2);
    if (fault?.kind === 'truncate') return this.send(frame.subarray(0, half));
    if (fault?.kind === 'mid-frame-delay') {
      this.send(frame.subarray(0, half));
      this.clock.after(fault.delayMs, () => this.send(frame.subarray(half)));
      return;
    }
    this.send(frame);
  }

  private send(bytes: Uint8Array): void {
    for (const output of this.outputs) output(Uint8Array.from(bytes));
  }
}
