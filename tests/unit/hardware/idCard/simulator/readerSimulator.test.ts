import { describe, expect, it } from 'vitest';
import { parseTextBlock } from '../../../../../hardware/idCard/card/parseTextBlock.js';
import { fromHex } from '../../../../../hardware/idCard/protocol/bytes.js';
import {
  samRequest,
  type SamCommandName,
} from '../../../../../hardware/idCard/protocol/commands.js';
import {
  encodeRequest,
  type ResponseFrame,
} from '../../../../../hardware/idCard/protocol/frame.js';
import { createResponseParser } from '../../../../../hardware/idCard/protocol/frameParser.js';
import { extractTextBlock } from '../../../../../hardware/idCard/protocol/readReply.js';
import {
  DEMO_CARD_IDS,
  demoCardTextBlock,
} from '../../../../../hardware/idCard/simulator/demoCards.js';
import { ReaderSimulator } from '../../../../../hardware/idCard/simulator/readerSimulator.js';
import { ManualClock } from '../../../../../hardware/link/manualClock.js';

/** A simulator with a host-side parser on its output. */
function harness(clock = new ManualClock()) {
  const simulator = new ReaderSimulator({ clock });
  const parser = createResponseParser();
  const replies: ResponseFrame[] = [];
  const raw: Uint8Array[] = [];
  let rejected = 0;
  simulator.attach((bytes) => {
    raw.push(bytes);
    for (const event of parser.push(bytes)) {
      if (event.kind === 'frame') replies.push(event.frame);
      if (event.kind === 'rejected') rejected += 1;
    }
  });
  const send = (name: SamCommandName): ResponseFrame | undefined => {
    const before = replies.length;
    simulator.receive(encodeRequest(samRequest(name)));
    return replies.length > before ? replies[replies.length - 1] : undefined;
  };
  return { simulator, send, replies, raw, clock, rejected: () => rejected };
}

describe('reader simulator', () => {
  it('answers the SAM status request', () => {
    expect(harness().send('samStatus')?.sw3).toBe(0x90);
  });

  it('reports no card, then finds, selects and reads a placed one', () => {
    const { simulator, send } = harness();
    expect(send('findCard')?.sw3).toBe(0x80);
    simulator.placeCard('han-resident');
    expect(send('findCard')?.sw3).toBe(0x9f);
    expect(send('selectCard')?.sw3).toBe(0x90);
    const read = send('readText');
    expect(read?.sw3).toBe(0x90);
    const text = extractTextBlock(read?.data ?? new Uint8Array());
    expect(text.ok && text.text).toEqual(demoCardTextBlock('han-resident'));
  });

  it('serves every demo card through the parser', () => {
    for (const id of DEMO_CARD_IDS) {
      const { simulator, send } = harness();
      simulator.placeCard(id);
      send('findCard');
      send('selectCard');
      const text = extractTextBlock(send('readText')?.data ?? new Uint8Array());
      if (!text.ok) throw new Error(text.code);
      expect(parseTextBlock(text.text).ok).toBe(id !== 'bad-check-digit');
    }
  });

  it('keeps a read card halted: find fails, select still sees it, until it is removed', () => {
    const { simulator, send } = harness();
    simulator.placeCard('han-resident');
    send('findCard');
    send('selectCard');
    send('readText');
    expect(send('findCard')?.sw3).toBe(0x80);
    expect(send('selectCard')?.sw3).toBe(0x90);
    simulator.removeCard();
    expect(send('selectCard')?.sw3).toBe(0x81);
    simulator.placeCard('han-resident');
    expect(send('findCard')?.sw3).toBe(0x9f);
  });

  it('leaves the field empty for a moment when one card is swapped for another', async () => {
    const { simulator, send, clock } = harness();
    simulator.placeCard('han-resident');
    simulator.placeCard('minority-resident');
    expect(simulator.cardPresent).toBe(false);
    await clock.advance(1500);
    expect(send('findCard')?.sw3).toBe(0x9f);
  });

  it('answers a garbled request with a checksum error and an unknown command with 0x21', () => {
    const { simulator, replies } = harness();
    simulator.receive(fromHex('aaaaaa9669 0003 2001 23'));
    simulator.receive(encodeRequest({ command: 0x77, parameter: 0x01, data: new Uint8Array() }));
    expect(replies.map((reply) => reply.sw3)).toEqual([0x10, 0x21]);
  });

  describe('faults', () => {
    it('corrupts checksums a set number of times', () => {
      const h = harness();
      h.simulator.injectFault({ kind: 'corrupt-checksum' }, { times: 2 });
      expect(h.send('samStatus')).toBeUndefined();
      expect(h.send('samStatus')).toBeUndefined();
      expect(h.rejected()).toBe(2);
      expect(h.send('samStatus')?.sw3).toBe(0x90);
    });

    it('truncates replies', () => {
      const h = harness();
      h.simulator.injectFault({ kind: 'truncate' }, { times: 1 });
      expect(h.send('samStatus')).toBeUndefined();
      expect(h.raw[0]?.length).toBe(5);
    });

    it('hides a present card', () => {
      const h = harness();
      h.simulator.placeCard('han-resident');
      h.simulator.injectFault({ kind: 'no-card' });
      expect(h.send('findCard')?.sw3).toBe(0x80);
      h.simulator.clearFaults();
      expect(h.send('findCard')?.sw3).toBe(0x9f);
    });

    it('fails authentication on the read', () => {
      const h = harness();
      h.simulator.placeCard('han-resident');
      h.simulator.injectFault({ kind: 'auth-failed' }, { times: 1 });
      expect(h.send('findCard')?.sw3).toBe(0x9f);
      expect(h.send('selectCard')?.sw3).toBe(0x90);
      expect(h.send('readText')?.sw3).toBe(0x31);
    });

    it('goes silent', () => {
      const h = harness();
      h.simulator.injectFault({ kind: 'silence' });
      expect(h.send('samStatus')).toBeUndefined();
      expect(h.raw).toEqual([]);
      expect(h.simulator.received).toEqual(['samStatus']);
    });

    it('pauses mid-frame, then completes the reply', async () => {
      const h = harness();
      h.simulator.injectFault({ kind: 'mid-frame-delay', delayMs: 300 }, { times: 1 });
      expect(h.send('samStatus')).toBeUndefined();
      await h.clock.advance(299);
      expect(h.replies).toEqual([]);
      await h.clock.advance(1);
      expect(h.replies.map((reply) => reply.sw3)).toEqual([0x90]);
    });

    it('sends any status on demand, only for the commands named', () => {
      const h = harness();
      h.simulator.injectFault({ kind: 'status', sw3: 0x60 }, { commands: ['samStatus'] });
      expect(h.send('findCard')?.sw3).toBe(0x80);
      expect(h.send('samStatus')?.sw3).toBe(0x60);
    });
  });

  it('delays replies on its clock: reads take longer than other commands', async () => {
    const clock = new ManualClock();
    const simulator = new ReaderSimulator({ clock, replyDelayMs: 50, readDelayMs: 800 });
    const got: number[] = [];
    simulator.attach(() => got.push(clock.now()));
    simulator.placeCard('han-resident');
    simulator.receive(encodeRequest(samRequest('findCard')));
    await clock.advance(50);
    simulator.receive(encodeRequest(samRequest('selectCard')));
    await clock.advance(50);
    simulator.receive(encodeRequest(samRequest('readText')));
    await clock.advance(800);
    expect(got).toEqual([50, 100, 900]);
  });
});
