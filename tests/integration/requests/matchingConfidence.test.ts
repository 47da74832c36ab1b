// Intake with a matcher that knows when it does not know: a need nothing fits is saved, marked
// for a person to route and forwarded with that mark, and its receipt says staff take it on; a
// danger phrase under another journey comes back with the emergency offer and the emergency
// resources first; shown resources carry their confidence and the staff line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '卫生间水管漏水了',
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
  ...overrides,
});

async function printedText(jobId: string): Promise<string> {
  await kiosk.runtime.printing.idle();
  expect(await kiosk.call('getReceiptOutcome', { jobId })).toMatchObject({ state: 'printed' });
  const printed = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
  if (!printed) throw new Error('nothing printed');
  return receiptText(printed);
}

describe('a need nothing fits', () => {
  it('is saved with no resources, marked for a person to route, and its receipt says so', async () => {
    const result = await kiosk.call(
      'submitRequest',
      draft({ category: 'social-cultural', description: '想买一张去上海的火车票' }),
    );
    expect(result.matches).toEqual([]);
    expect(result.matching).toMatchObject({ outcome: 'for-staff', danger: null });
    expect(result.hotline.length).toBeGreaterThan(0);
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.needsRouting).toBe(true);
    const text = await printedText(result.receipt.jobId);
    expect(text).toContain('这件事我们转给社区的工作人员');
    expect(text).toContain(result.hotline);
  });

  it('a need that fits is not marked, and shows only confident resources with their line', async () => {
    const result = await kiosk.call('submitRequest', draft());
    expect(result.matching?.outcome).toBe('matched');
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.needsRouting).toBe(false);
    expect(result.matches[0]?.id).toBe('repair-team');
    expect(result.matches.map((match) => match.id)).not.toContain('rubbish-team');
    for (const match of result.matches) {
      expect(match.confidence).toBeGreaterThan(0);
      expect(match.because).toMatch(/^因为：/);
    }
  });
});

describe('danger under another journey', () => {
  it('offers the emergency call and puts the emergency team first', async () => {
    const result = await kiosk.call(
      'submitRequest',
      draft({ category: 'social-cultural', description: '活动室里有个老人突然晕倒了' }),
    );
    expect(result.matching?.danger).toEqual({ kinds: ['medical'], calls: ['120'] });
    expect(result.matches[0]?.id).toBe('emergency-team');
    const text = await printedText(result.receipt.jobId);
    const firstName = result.matches[0]?.name['zh-CN'] ?? '';
    expect(text.indexOf('110 / 120 / 119')).toBeGreaterThan(0);
    expect(text.indexOf('110 / 120 / 119')).toBeLessThan(text.indexOf(firstName));
  });
});
