import { afterEach, describe, expect, it } from 'vitest';
import { parseTextBlock } from '../../../../../hardware/idCard/card/parseTextBlock.js';
import { createCardReader } from '../../../../../hardware/idCard/createCardReader.js';
import { samRequest } from '../../../../../hardware/idCard/protocol/commands.js';
import { extractTextBlock } from '../../../../../hardware/idCard/protocol/readReply.js';
import { SamSession } from '../../../../../hardware/idCard/reader/samSession.js';
import { systemClock } from '../../../../../hardware/link/clock.js';
import { ReaderSimulator } from '../../../../../hardware/idCard/simulator/readerSimulator.js';
import { createHidTransport } from '../../../../../hardware/idCard/transport/hid/hidTransport.js';
import { wrapper10c4_0007 as wrapper } from '../../../../../hardware/idCard/transport/hid/wrapper10c4_0007.js';
import type { Connection } from '../../../../../hardware/link/link.js';
import { FakeHidDevice } from '../support/fakeHidDevice.js';
import { waitForState } from '../support/states.js';

const policy = { timeoutMs: 500, retries: 2 };

describe('HID transport through the device seam', () => {
  let connection: Connection | undefined;
  afterEach(async () => {
    await connection?.close();
    connection = undefined;
  });

  async function connect(): Promise<{ device: FakeHidDevice; simulator: ReaderSimulator }> {
    const simulator = new ReaderSimulator();
    const device = new FakeHidDevice(wrapper, simulator);
    const transport = createHidTransport({ wrapper, open: async () => device, readTimeoutMs: 20 });
    connection = await transport.open();
    return { device, simulator };
  }

  it('runs find, select and read with the reply split across 24 reports', async () => {
    const { device, simulator } = await connect();
    const session = new SamSession(connection as Connection, systemClock);
    simulator.placeCard('minority-resident');
    const found = await session.execute(samRequest('findCard'), policy);
    expect(found.ok && found.status.code).toBe('card-found');
    const selected = await session.execute(samRequest('selectCard'), policy);
    expect(selected.ok && selected.status.code).toBe('success');
    const read = await session.execute(samRequest('readText'), policy);
    if (!read.ok) throw new Error(read.code);
    const text = extractTextBlock(read.frame.data);
    if (!text.ok) throw new Error(text.code);
    const parsed = parseTextBlock(text.text);
    expect(parsed.ok && parsed.card.kind === 'resident' && parsed.card.nation).toBe('维吾尔');
    expect(device.written).toHaveLength(3);
    expect(device.written.every((report) => report.length === 65)).toBe(true);
    session.dispose();
  });

  it('drops a report that fails its checksum; the command is retried and succeeds', async () => {
    const { device, simulator } = await connect();
    const session = new SamSession(connection as Connection, systemClock);
    simulator.placeCard('han-resident');
    await session.execute(samRequest('findCard'), policy);
    await session.execute(samRequest('selectCard'), policy);
    let tampered = false;
    device.tamper = (report, index) => {
      if (tampered || index < 5) return report;
      tampered = true;
      const copy = Uint8Array.from(report);
      copy[20] = (copy[20] ?? 0) ^ 0xff;
      return copy;
    };
    // The first read reply loses one of its reports, so the SAM frame never completes; the
    // session times out, re-sends the read, and the second reply arrives whole.
    const read = await session.execute(samRequest('readText'), { timeoutMs: 300, retries: 2 });
    expect(tampered).toBe(true);
    expect(read.ok && read.status.code).toBe('success');
    session.dispose();
  });

  it('reports an unplugged device as a lost link', async () => {
    const { device } = await connect();
    device.unplug();
    const cause = await (connection as Connection).closed;
    expect(cause?.message).toMatch(/could not read/);
    expect(device.closed).toBe(true);
  });

  it('gives a full reader over HID a card', async () => {
    const simulator = new ReaderSimulator();
    const device = new FakeHidDevice(wrapper, simulator);
    const { reader } = createCardReader(
      { kind: 'hid', vendorId: 0x10c4, productId: 0x0007 },
      {
        openHidDevice: async () => device,
        timing: { pollIntervalMs: 20, removalPollMs: 20, commandTimeoutMs: 500 },
      },
    );
    const ready = waitForState(reader, (state) => state.state === 'waiting');
    reader.start();
    await ready;
    const read = waitForState(reader, (state) => state.state === 'read');
    simulator.placeCard('long-term-resident');
    const state = await read;
    expect(state.state === 'read' && state.card.kind === 'resident' && state.card.validTo).toBe(
      'long-term',
    );
    await reader.stop();
    expect(device.closed).toBe(true);
  });
});
