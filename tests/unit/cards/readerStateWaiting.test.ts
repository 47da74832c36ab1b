// The card screen follows the reader by held calls: answered when the reader's state changes,
// at once when it already differs, and at the deadline as it is. Real simulated reader.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCardReaderSpec } from '../../../hardware/idCard/index.js';
import {
  type CardReaderDevice,
  openCardReaderDevice,
} from '../../../electron/services/devices/cardReaderDevice.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

let device: CardReaderDevice | undefined;
afterEach(async () => {
  await device?.close();
  device = undefined;
});

async function waitingDevice(): Promise<CardReaderDevice> {
  const opened = openCardReaderDevice(parseCardReaderSpec('simulator'), createMemoryLogger(), {
    simulatorReadDelayMs: 50,
  });
  device = opened;
  let state = opened.state();
  while (state !== 'waiting') state = await opened.stateOtherThan(state, 5_000);
  return opened;
}

describe('waiting for the card reader to change state', () => {
  it('answers "reading" when a card lands, then each later state in turn', async () => {
    const reader = await waitingDevice();
    const reading = reader.stateOtherThan('waiting', 10_000);
    reader.simulator?.placeCard('han-resident');
    expect(await reading).toBe('reading');
    // The read reply is held 50 ms by the simulator; read and remove-card follow at once.
    expect(await reader.stateOtherThan('reading', 10_000)).toBe('read');
    expect(await reader.stateOtherThan('read', 10_000)).toBe('remove-card');
    const waitingAgain = reader.stateOtherThan('remove-card', 10_000);
    reader.simulator?.removeCard();
    expect(await waitingAgain).toBe('waiting');
  });

  it('answers at once when the state already differs, and as it is at the deadline', async () => {
    const reader = await waitingDevice();
    expect(await reader.stateOtherThan('reading', 10_000)).toBe('waiting');
    expect(await reader.stateOtherThan('waiting', 0)).toBe('waiting');
    expect(await reader.stateOtherThan('waiting', 30)).toBe('waiting');
  });
});
