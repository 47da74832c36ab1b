// An in-memory transport wired to a ReaderSimulator: the same bytes as a real link, without one.
// Delivery is asynchronous (a microtask), like any real transport, so code that only works when a
// reply arrives synchronously fails here too. unplug()/plugIn() model the device going away.
import { ConnectionEvents, LinkClosedError, type Connection } from '../transport/transport.js';
import type { Transport } from '../transport/transport.js';
import type { ReaderSimulator } from './readerSimulator.js';

export class SimulatorTransport implements Transport {
  readonly description = 'simulator';
  private plugged = true;
  private current: ConnectionEvents | undefined;

  constructor(readonly simulator: ReaderSimulator) {}

  open(): Promise<Connection> {
    if (!this.plugged) return Promise.reject(new Error('simulated reader is unplugged'));
    const events = new ConnectionEvents();
    this.current = events;
    const detach = this.simulator.attach((bytes) => {
      queueMicrotask(() => events.emitData(bytes));
    });
    void events.closed.then(detach);
    const simulator = this.simulator;
    return Promise.resolve({
      closed: events.closed,
      onData: (listener) => events.onData(listener),
      write: (bytes) => {
        if (events.isClosed) return Promise.reject(new LinkClosedError('simulator'));
        const copy = Uint8Array.from(bytes);
        queueMicrotask(() => {
          if (!events.isClosed) simulator.receive(copy);
        });
        return Promise.resolve();
      },
      close: () => {
        events.end();
        return Promise.resolve();
      },
    });
  }

  /** The device disappears: the open connection ends with an error and open() fails. */
  unplug(): void {
    this.plugged = false;
    this.current?.end(new Error('simulated reader unplugged'));
    this.current = undefined;
  }

  plugIn(): void {
    this.plugged = true;
  }
}
