// Danger words reach the kiosk twice: while the resident types (checkDanger, for the describe
// screen's offer) and on submit, where they make the request urgent whatever urgency was tapped
// — stored so with the danger kinds (why), queued ahead of normal requests, and logged with the
// kinds only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
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
  contact: { phone: '13812345678' },
  language: 'zh-CN',
  ...overrides,
});

function outboxPriority(ticket: string): number | undefined {
  const row = kiosk.runtime.db
    .prepare(
      `SELECT o.priority FROM outbox o JOIN requests r ON r.id = o.request_id
       WHERE r.ticket = ? AND o.kind = 'request'`,
    )
    .get(ticket) as { priority: number } | undefined;
  return row?.priority;
}

describe('checkDanger, while the resident types', () => {
  it('finds danger in any wording the matcher reads, with the numbers to offer', async () => {
    const check = (description: string, needId: string | null = null) =>
      kiosk.call('checkDanger', { description, needId });
    expect(await check('活动室里有个老人突然晕倒了')).toEqual({
      danger: { kinds: ['medical'], calls: ['120'] },
    });
    // A homophone typo, Traditional characters, English.
    expect((await check('煤汽味，头有点晕')).danger?.kinds).toContain('gas');
    expect((await check('家裡失火了')).danger?.calls).toEqual(['119']);
    expect((await check('someone broke in to my flat')).danger?.calls).toEqual(['110']);
    // The tapped need's title counts: "有人摔倒" with no words yet.
    expect((await check('', 'someone-fell')).danger?.kinds).toEqual(['fall']);
    // A person missing now is a call to 110; a lost pet or a wristband is not.
    expect(await check('我儿子在公园里走丢了')).toEqual({
      danger: { kinds: ['missing'], calls: ['110'] },
    });
    expect(await check('我家的狗走丢了')).toEqual({ danger: null });
    expect(await check('想给我妈办个防走失手环')).toEqual({ danger: null });
  });

  it('says nothing for an ordinary need, prevention words or an empty box', async () => {
    const check = (description: string) => kiosk.call('checkDanger', { description, needId: null });
    expect(await check('卫生间水管漏水了')).toEqual({ danger: null });
    expect(await check('楼道里堆满了杂物，有火灾隐患')).toEqual({ danger: null });
    expect(await check('')).toEqual({ danger: null });
  });

  it('refuses a description longer than a request may carry', async () => {
    await expect(
      kiosk.call('checkDanger', { description: '晕'.repeat(501), needId: null }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('a request whose words signal danger', () => {
  it('is stored and queued as urgent though the resident tapped normal', async () => {
    const result = await kiosk.call(
      'submitRequest',
      draft({ category: 'education-employment', description: '老伴胸痛，出冷汗' }),
    );
    expect(result.urgency).toBe('urgent');
    expect(result.matching?.danger?.kinds).toEqual(['medical']);
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.urgency).toBe('urgent');
    expect(outboxPriority(result.ticket)).toBe(1);
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.dangerKinds).toBe('medical');
    // The staff line says why the emergency team is first.
    expect(result.matches[0]?.because).toMatch(/^因为：危险（胸痛）/);
    const raised = kiosk.logs.filter((line) => line.includes('urgency raised'));
    expect(raised).toHaveLength(1);
    expect(raised[0]).toContain('medical');
    expect(kiosk.logs.join('\n')).not.toContain('胸痛');
  });

  it('records the danger of a request the resident already marked urgent, without a log line', async () => {
    const result = await kiosk.call(
      'submitRequest',
      draft({ description: '家里一股煤气味', urgency: 'urgent' }),
    );
    expect(result.urgency).toBe('urgent');
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.dangerKinds).toBe('gas');
    expect(kiosk.logs.some((line) => line.includes('urgency raised'))).toBe(false);
  });

  it('puts the search team and the police first for a person missing now', async () => {
    const result = await kiosk.call(
      'submitRequest',
      draft({ category: 'social-cultural', description: '奶奶从医院走丢了，到现在找不到' }),
    );
    expect(result.urgency).toBe('urgent');
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.dangerKinds).toBe('missing');
    expect(['missing-search-team', 'police-room']).toContain(result.matches[0]?.id);
    expect(result.matches[0]?.because).toMatch(/→ 报警（有人走失）$/);
  });

  it('leaves an ordinary request at the urgency the resident chose', async () => {
    const result = await kiosk.call('submitRequest', draft());
    expect(result.urgency).toBe('normal');
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.urgency).toBe('normal');
    expect(outboxPriority(result.ticket)).toBe(2);
    expect(findRequestByTicket(kiosk.runtime.db, result.ticket)?.dangerKinds).toBeNull();
    expect(kiosk.logs.some((line) => line.includes('urgency raised'))).toBe(false);
  });
});
