// From a spec to a running-ready reader: picks the transport, builds the simulator when asked for
// one, and hands back both so a demo UI can place simulated cards.
import type { Link } from '../link/link.js';
import { MemoryLink } from '../link/memoryLink.js';
import { createSerialLink } from '../link/serialLink.js';
import { findCardPollMs } from './config/findCardRate.js';
import type { CardReaderSpec } from './config/readerSpec.js';
import { IdCardReader, type CardReaderOptions } from './reader/cardReader.js';
import { ReaderSimulator, type SimulatorOptions } from './simulator/readerSimulator.js';
import { nodeHidOpener, type HidDeviceOpener } from './transport/hid/hidDevice.js';
import { createHidTransport } from './transport/hid/hidTransport.js';
import { findHidWrapper } from './transport/hid/wrappers.js';

export interface CreateCardReaderOptions extends CardReaderOptions {
  /** Options for the simulator when the spec is 'simulator'. */
  readonly simulator?: SimulatorOptions;
  /** Replaces node-hid for 'hid' specs (tests, or a platform-specific opener). */
  readonly openHidDevice?: HidDeviceOpener;
}

export interface CardReaderHandle {
  readonly reader: IdCardReader;
  readonly link: Link;
  /** Present only for the 'simulator' spec: place and remove demo cards, inject faults. */
  readonly simulator?: ReaderSimulator;
}

/**
 * Builds a reader for `spec`; call reader.start() to begin. Nothing is opened until then. It polls
 * find-card at the rate its link allows (config/findCardRate.ts) unless `options.timing` says.
 */
export function createCardReader(
  spec: CardReaderSpec,
  createOptions: CreateCardReaderOptions = {},
): CardReaderHandle {
  const options: CreateCardReaderOptions = {
    ...createOptions,
    timing: { pollIntervalMs: findCardPollMs(spec), ...createOptions.timing },
  };
  switch (spec.kind) {
    case 'simulator': {
      const simulator = new ReaderSimulator({
        ...(options.clock ? { clock: options.clock } : {}),
        ...options.simulator,
      });
      const link = new MemoryLink(simulator);
      return { reader: new IdCardReader(link, options), link, simulator };
    }
    case 'serial': {
      const link = createSerialLink({ path: spec.path, baudRate: spec.baudRate });
      return { reader: new IdCardReader(link, options), link };
    }
    case 'hid': {
      const wrapper = findHidWrapper(spec.vendorId, spec.productId);
      if (!wrapper)
        throw new Error('no HID wrapper for this reader; parse specs with parseCardReaderSpec');
      const link = createHidTransport({
        wrapper,
        open: options.openHidDevice ?? nodeHidOpener(spec.vendorId, spec.productId),
      });
      return { reader: new IdCardReader(link, options), link };
    }
  }
}
