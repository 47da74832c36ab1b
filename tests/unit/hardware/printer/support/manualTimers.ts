// Injectable timers that only fire when the test advances them.
import type { Timers } from '../../../../../hardware/printer/timers.js';

interface Pending {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

export class ManualTimers implements Timers {
  #now = 0;
  #nextId = 1;
  #pending: Pending[] = [];

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.#pending.push({ id, at: this.#now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#pending = this.#pending.filter((timer) => timer.id !== handle);
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  /** Moves time on, firing due timers in order (and letting promises settle between them). */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    for (;;) {
      await flushPromises();
      const due = this.#pending.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#pending = this.#pending.filter((timer) => timer !== due);
      this.#now = due.at;
      due.callback();
    }
    this.#now = until;
    await flushPromises();
  }
}

/** Lets queued promise callbacks and immediates run. */
export async function flushPromises(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
