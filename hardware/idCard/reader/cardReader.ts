// The reader's state machine. Connect (retrying while the device is absent), check the SAM, then
// poll find-card; on a card, select and read it with per-command timeouts and retries, report the
// card or the error, and wait for the card to leave the field before reading again. When the link
// drops or the reader falls silent, report 'disconnected' and reconnect.
import { samRequest } from '../protocol/commands.js';
import { sleep, systemClock, type Clock } from '../../link/clock.js';
import type { Connection, Link } from '../../link/link.js';
import { probeCardPresence, readPresentCard, type StepPolicies } from './cardSteps.js';
import type { LinkErrorCode, ReaderErrorCode, ReaderState } from './readerState.js';
import { SamSession } from './samSession.js';

export interface ReaderTiming {
  /** Find-card polling while waiting for a card (drivers poll about once a second). */
  readonly pollIntervalMs: number;
  /** Presence probing while waiting for a card to be taken away. */
  readonly removalPollMs: number;
  /** Between attempts to reopen an absent device (HID enumeration scans the bus: not too often). */
  readonly reconnectIntervalMs: number;
  /** Pause after a SAM-level failure before trying again. */
  readonly errorBackoffMs: number;
  /** Timeout of find, select and status commands. */
  readonly commandTimeoutMs: number;
  /** Timeout of the read command (a read takes about a second on real readers). */
  readonly readTimeoutMs: number;
  /** Extra attempts per command after a timeout or a garbled reply. */
  readonly retries: number;
}

export const DEFAULT_TIMING: ReaderTiming = {
  pollIntervalMs: 1000,
  removalPollMs: 500,
  reconnectIntervalMs: 2000,
  errorBackoffMs: 1000,
  commandTimeoutMs: 2000,
  readTimeoutMs: 5000,
  retries: 2,
};

export interface CardReaderOptions {
  readonly clock?: Clock;
  readonly timing?: Partial<ReaderTiming>;
  /** Where a throwing state listener is reported; the reader itself carries on. */
  readonly onListenerError?: (error: unknown) => void;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export class IdCardReader {
  private readonly clock: Clock;
  private readonly timing: ReaderTiming;
  private readonly policies: StepPolicies;
  private readonly listeners = new Set<(state: ReaderState) => void>();
  private current: ReaderState = { state: 'stopped' };
  private controller: AbortController | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly link: Link,
    private readonly options: CardReaderOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.policies = {
      command: { timeoutMs: this.timing.commandTimeoutMs, retries: this.timing.retries },
      read: { timeoutMs: this.timing.readTimeoutMs, retries: this.timing.retries },
    };
  }

  get description(): string {
    return this.link.description;
  }

  getState(): ReaderState {
    return this.current;
  }

  /** Calls `listener` with every later state; returns an unsubscribe function. */
  subscribe(listener: (state: ReaderState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts connecting and polling. Calling it while running does nothing. */
  start(): void {
    if (this.running) return;
    const controller = new AbortController();
    this.controller = controller;
    this.running = this.run(controller.signal);
  }

  /** Stops polling, closes the device and reports 'stopped'. */
  async stop(): Promise<void> {
    this.controller?.abort();
    await this.running;
    this.controller = undefined;
    this.running = undefined;
  }

  private emit(state: ReaderState): void {
    // A repeated state carries no news (a repeated card or error does): 'disconnected' is reported
    // once per cause, not at every reconnect attempt, and again whenever its cause changes.
    const news =
      state.state === 'read' ||
      state.state === 'error' ||
      (state.state === 'disconnected' &&
        this.current.state === 'disconnected' &&
        state.reason !== this.current.reason);
    if (!news && state.state === this.current.state) return;
    this.current = state;
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch (error) {
        (this.options.onListenerError ?? ((e) => console.error('card reader listener:', e)))(error);
      }
    }
  }

  /** A reason that says which device, once (link errors usually name it already). */
  private named(message: string): string {
    return message.startsWith(this.description) ? message : `${this.description}: ${message}`;
  }

  private disconnected(reason: string): void {
    this.emit({ state: 'disconnected', reason, since: this.clock.now() });
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let reason: string | undefined;
      try {
        const connection = await this.connect(signal);
        if (!connection) break;
        reason = await this.serve(connection, signal);
        await connection.close().catch(() => undefined);
      } catch (error) {
        // A bug must not silently end card reading: report it and start over.
        reason = `${this.description}: unexpected ${describe(error)}`;
      }
      if (signal.aborted) break;
      this.disconnected(reason);
      await sleep(this.clock, this.timing.reconnectIntervalMs, signal);
    }
    this.emit({ state: 'stopped' });
  }

  private async connect(signal: AbortSignal): Promise<Connection | undefined> {
    while (!signal.aborted) {
      try {
        const connection = await this.link.open();
        if (!signal.aborted) return connection;
        await connection.close();
        return undefined;
      } catch (error) {
        if (signal.aborted) break;
        this.disconnected(this.named(describe(error)));
        await sleep(this.clock, this.timing.reconnectIntervalMs, signal);
      }
    }
    return undefined;
  }

  /** Talks to one connection until it fails or the reader stops; returns why it ended. */
  private async serve(connection: Connection, stopSignal: AbortSignal): Promise<string> {
    const session = new SamSession(connection, this.clock);
    const linkDown = new AbortController();
    let cause: Error | undefined;
    void connection.closed.then((error) => {
      cause = error;
      linkDown.abort();
    });
    const signal = AbortSignal.any([stopSignal, linkDown.signal]);
    // A reason for 'disconnected': the transport's own error when it has one, else our finding.
    const ended = (code: string): string => this.named(cause ? describe(cause) : code);
    try {
      if (!(await this.checkSam(session, signal))) return ended('no reply from the SAM');
      this.emit({ state: 'waiting' });
      const memory: PollMemory = { lastSamError: undefined };
      let step: Step = { kind: 'next', phase: 'waiting', pauseMs: 0 };
      while (step.kind === 'next') {
        if (step.pauseMs > 0 && !(await sleep(this.clock, step.pauseMs, signal))) break;
        if (signal.aborted) break;
        step =
          step.phase === 'waiting'
            ? await this.pollForCard(session, memory)
            : await this.probeRemoval(session);
      }
      if (step.kind === 'link-error') return ended(step.code);
      return ended(stopSignal.aborted ? 'stopped' : 'link lost');
    } finally {
      session.dispose();
    }
  }

  /** One find-card; on a card, the whole select-read-report cycle. */
  private async pollForCard(session: SamSession, memory: PollMemory): Promise<Step> {
    const found = await session.execute(samRequest('findCard'), this.policies.command);
    if (!found.ok) return { kind: 'link-error', code: found.code };
    const poll = this.timing.pollIntervalMs;
    if (found.status.code === 'no-card') {
      memory.lastSamError = undefined;
      return { kind: 'next', phase: 'waiting', pauseMs: poll };
    }
    if (!found.status.ok) {
      // A SAM fault: report it once, not at every poll, and back off.
      if (found.status.code !== memory.lastSamError) {
        this.emit({ state: 'error', code: found.status.code });
        this.emit({ state: 'waiting' });
      }
      memory.lastSamError = found.status.code;
      return {
        kind: 'next',
        phase: 'waiting',
        pauseMs: Math.max(poll, this.timing.errorBackoffMs),
      };
    }
    memory.lastSamError = undefined;
    this.emit({ state: 'reading' });
    const outcome = await readPresentCard(session, this.policies);
    if (outcome.kind === 'link-error') {
      this.emit({ state: 'error', code: outcome.code });
      return outcome;
    }
    if (outcome.kind === 'read') this.emit({ state: 'read', card: outcome.card });
    else this.emit({ state: 'error', code: outcome.code, ...fieldOf(outcome) });
    if (outcome.kind === 'failed' && !outcome.cardMayRemain) {
      this.emit({ state: 'waiting' });
      return { kind: 'next', phase: 'waiting', pauseMs: poll };
    }
    this.emit({ state: 'remove-card' });
    return { kind: 'next', phase: 'remove-card', pauseMs: this.timing.removalPollMs };
  }

  /** One presence probe while waiting for the card to be taken away. */
  private async probeRemoval(session: SamSession): Promise<Step> {
    const presence = await probeCardPresence(session, this.policies.command);
    if (presence.kind === 'link-error') return presence;
    if (presence.kind === 'present') {
      return { kind: 'next', phase: 'remove-card', pauseMs: this.timing.removalPollMs };
    }
    this.emit({ state: 'waiting' });
    return { kind: 'next', phase: 'waiting', pauseMs: 0 };
  }

  /** Asks the SAM for its status until it answers well; false if the link fails. */
  private async checkSam(session: SamSession, signal: AbortSignal): Promise<boolean> {
    let reported: ReaderErrorCode | undefined;
    while (!signal.aborted) {
      const status = await session.execute(samRequest('samStatus'), this.policies.command);
      if (!status.ok) return false;
      if (status.status.ok) return true;
      if (status.status.code !== reported) this.emit({ state: 'error', code: status.status.code });
      reported = status.status.code;
      if (!(await sleep(this.clock, this.timing.errorBackoffMs, signal))) return false;
    }
    return false;
  }
}

type Step =
  | { readonly kind: 'next'; readonly phase: 'waiting' | 'remove-card'; readonly pauseMs: number }
  | { readonly kind: 'link-error'; readonly code: LinkErrorCode };

interface PollMemory {
  lastSamError: ReaderErrorCode | undefined;
}

function fieldOf(outcome: { readonly field?: string }): { field?: string } {
  return outcome.field ? { field: outcome.field } : {};
}
