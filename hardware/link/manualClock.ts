// The fake Clock: time moves only when a test (or a bench) says so. advance() runs due timers in
// time order and lets the promise chains they start settle between timers, so async state machines
// and link round trips step deterministically without real waiting or global timer fakes.
import type { Clock } from './clock.js';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly callback: () => void;
}

/** Lets pending microtasks and immediates run, `rounds` turns of the event loop deep. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class ManualClock implements Clock {
  #time = 0;
  #seq = 0;
  #timers: Timer[] = [];

  now(): number {
    return this.#time;
  }

  after(ms: number, callback: () => void): () => void {
    const timer: Timer = { at: this.#time + Math.max(0, ms), seq: this.#seq++, callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((candidate) => candidate !== timer);
    };
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.#time + ms;
    await settle();
    for (;;) {
      const next = [...this.#timers]
        .sort((a, b) => a.at - b.at || a.seq - b.seq)
        .find((timer) => timer.at <= target);
      if (!next) break;
      this.#timers = this.#timers.filter((timer) => timer !== next);
      this.#time = next.at;
      next.callback();
      await settle();
    }
    this.#time = target;
    await settle();
  }
}
