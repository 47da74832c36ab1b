// The staff upload queue against the strict reference centre, through the kiosk's own
// dispatcher: three requests saved while the platform was unreachable are filed (by a staff typo
// in service-mapping.json) under MEALS, whose required `diet` nobody was asked, and refused. In
// the staff calls: every error and the masked form as sent; one refiled under WTR-LEAK, one
// given its missing answer — each resent under the same ticket with a new idempotency key, both
// kept, and accepted once; the third cancelled, and the resident sees why at look-up. No call
// answers without a staff session, and every action is in the audit chain, named, no phone.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { getEntry } from '../../../db/repositories/outbox.js';
import { resendsOf } from '../../../db/repositories/outboxDeadLetters.js';
import { verifyAuditChain } from '../../../electron/services/staff/auditChain.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { type StrictCentre, startStrictCentre } from '../platform/support/strictCentre.js';

const root = mkdtempSync(join(tmpdir(), 'kiosk-staff-queue-'));
const dataDir = join(root, 'kiosk');
const phone = '13812345678';
const env = { KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅', KIOSK_SUBMISSIONS_PER_HOUR: '1000' };
let centre: StrictCentre;
let kiosk: TestKiosk;
let token: string;
const tickets: string[] = [];
let heldTicket = '';

async function submitPipeLeak(k: TestKiosk, description: string): Promise<string> {
  const saved = await k.call('submitRequest', {
    category: 'basic-living',
    needId: 'pipe-leak',
    description,
    urgency: 'normal',
    contact: { phone },
    language: 'zh-CN',
    location: { kind: 'typed', building: '幸福里小区5号楼', room: '1单元302' },
  });
  return saved.ticket;
}

const waitFor = <T>(check: () => T | Promise<T>) =>
  vi.waitFor(check, { timeout: 15_000, interval: 50 });

const entryOf = async (ticket: string) => {
  const queue = await kiosk.call('getStaffQueue', { token });
  const entry = queue.entries.find((e) => e.ticket === ticket);
  if (!entry) throw new Error(`no queue entry for ${ticket}`);
  return entry;
};

beforeAll(async () => {
  centre = await startStrictCentre(join(root, 'centre'));
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    join(dataDir, 'service-mapping.json'),
    // "Something else" in daily living is mapped to nothing: such a request is held, not sent.
    JSON.stringify({ needs: { 'pipe-leak': 'MEALS' }, categories: { 'basic-living': null } }),
  );
  // Saved while the platform could not be reached: no catalogue, so no questions asked.
  const offline = await startTestKiosk({
    dataDir,
    now: new Date(),
    env: { ...env, KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/' },
  });
  for (const words of ['阳台水管爆了', '厨房水管漏水', '卫生间水龙头坏了'])
    tickets.push(await submitPipeLeak(offline, words));
  heldTicket = (
    await offline.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: '楼道灯不亮',
      urgency: 'normal',
      contact: { phone },
      language: 'zh-CN',
      location: { kind: 'kiosk' },
    })
  ).ticket;
  await offline.stop();
  kiosk = await startTestKiosk({ dataDir, now: new Date(), env: { ...env, ...centre.kioskEnv } });
  expect(
    await runStaffCommand(['add', 'wang.li', '王丽'], {
      db: kiosk.runtime.db,
      readPin: () => Promise.resolve('246810'),
      out: () => {},
      err: (line) => {
        throw new Error(line);
      },
      now: () => kiosk.clock.now,
      randomBytes,
    }),
  ).toBe(0);
  const signIn = await kiosk.call('staffSignIn', { pin: '246810' });
  if (signIn.outcome !== 'signed-in') throw new Error('not signed in');
  token = signIn.session.token;
  await waitFor(async () => {
    const queue = await kiosk.call('getStaffQueue', { token });
    if (queue.counts.dead !== 3 || queue.counts.held !== 1) throw new Error('not settled yet');
  });
}, 60_000);

afterAll(async () => {
  await kiosk.stop();
  await centre.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the staff upload queue on a strict platform', () => {
  it('refuses every queue call without a live staff session', async () => {
    const stranger = 'not-a-session-token-at-all';
    const calls = [
      kiosk.call('getStaffQueue', { token: stranger }),
      kiosk.call('getStaffQueueEntry', { token: stranger, outboxId: 1 }),
      kiosk.call('staffRetryNow', { token: stranger }),
      kiosk.call('staffResendEntry', { token: stranger, outboxId: 1 }),
      kiosk.call('staffReleaseHeld', { token: stranger, outboxId: 1 }),
      kiosk.call('staffCancelEntry', { token: stranger, outboxId: 1, reason: 'other' }),
      kiosk.call('findStaffRequests', { token: stranger }),
      kiosk.call('getStaffRequestDetail', { token: stranger, ticket: tickets[0] ?? '' }),
      kiosk.call('getStaffFailedPrints', { token: stranger }),
      kiosk.call('staffReprint', { token: stranger, jobId: 'any' }),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ code: 'unauthorized' });
    // Nothing was changed: all three are still refused and waiting for staff.
    expect((await kiosk.call('getStaffQueue', { token })).counts.dead).toBe(3);
  });

  it('shows every error, the form as sent (masked) and the mapping used', async () => {
    const queue = await kiosk.call('getStaffQueue', { token });
    expect(queue).toMatchObject({
      configured: true,
      counts: { waiting: 0, inFlight: 0, held: 1, dead: 3 },
    });
    expect(queue.lastContactAt).not.toBeNull();
    expect(queue.oldestAgeSeconds).toBeGreaterThanOrEqual(0);
    const entry = await entryOf(tickets[0] ?? '');
    const detail = await kiosk.call('getStaffQueueEntry', { token, outboxId: entry.outboxId });
    expect(detail.refusal?.httpStatus).toBe(400);
    expect(detail.refusal?.errors.map((e) => e.description)).toEqual([
      'Error in input for POST_Service_Request',
      'attribute[diet] is required.',
    ]);
    expect(detail.sentForm).toMatchObject({
      serviceCode: 'MEALS',
      description: '阳台水管爆了',
      maskedPhone: '138****5678',
      address: '幸福里小区5号楼 1单元302',
    });
    expect(detail.mapping).toMatchObject({ serviceCode: 'MEALS', source: 'file' });
    expect(detail.services.map((s) => s.code)).toContain('WTR-LEAK');
    expect(detail.services.find((s) => s.code === 'MEALS')?.questions[0]).toMatchObject({
      code: 'diet',
      required: true,
    });
    expect(JSON.stringify(detail)).not.toContain(phone);
  });

  it('refiles under another service: same ticket, a new key, both recorded, accepted once', async () => {
    const ticket = tickets[0] ?? '';
    const entry = await entryOf(ticket);
    const firstKey = getEntry(kiosk.runtime.db, entry.outboxId)?.idempotencyKey;
    const resent = await kiosk.call('staffResendEntry', {
      token,
      outboxId: entry.outboxId,
      serviceCode: 'WTR-LEAK',
    });
    expect(resent).toMatchObject({
      ticket,
      previousIdempotencyKey: firstKey,
      correctedFields: ['serviceCode'],
    });
    expect(resent.idempotencyKey).not.toBe(firstKey);
    const records = await waitFor(async () => {
      const found = await centre.requestsWithTicket(ticket);
      if (found.length === 0) throw new Error('not on the platform yet');
      return found;
    });
    expect(records.map((r) => r.service_code)).toEqual(['WTR-LEAK']);
    await waitFor(() => {
      if (getEntry(kiosk.runtime.db, entry.outboxId)?.state !== 'sent') throw new Error('unsent');
    });
    expect(getEntry(kiosk.runtime.db, entry.outboxId)?.idempotencyKey).toBe(resent.idempotencyKey);
    expect(resendsOf(kiosk.runtime.db, entry.outboxId)).toMatchObject([
      {
        previousIdempotencyKey: firstKey,
        idempotencyKey: resent.idempotencyKey,
        previousServiceCode: 'MEALS',
        serviceCode: 'WTR-LEAK',
      },
    ]);
    const stamp = kiosk.runtime.db
      .prepare('SELECT staff_id, corrected_fields_json FROM outbox_resends WHERE outbox_id = ?')
      .get(entry.outboxId);
    expect(stamp).toEqual({ staff_id: 'wang.li', corrected_fields_json: '["serviceCode"]' });
  });

  it('corrects the answers under the same service and checks them as the platform will', async () => {
    const ticket = tickets[1] ?? '';
    const entry = await entryOf(ticket);
    await expect(
      kiosk.call('staffResendEntry', {
        token,
        outboxId: entry.outboxId,
        attributes: { diet: 'chocolate' },
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: 'attribute-not-a-choice' });
    // A refused correction changed nothing: still refused, under its first key.
    expect((await entryOf(ticket)).state).toBe('dead');
    const resent = await kiosk.call('staffResendEntry', {
      token,
      outboxId: entry.outboxId,
      attributes: { diet: 'soft' },
      description: '厨房水管漏水，需要软食送餐',
    });
    expect(resent.correctedFields).toEqual(['description', 'attributes']);
    const [record] = await waitFor(async () => {
      const found = await centre.requestsWithTicket(ticket);
      if (found.length === 0) throw new Error('not on the platform yet');
      return found;
    });
    expect(record?.service_code).toBe('MEALS');
    expect(record?.description).toContain('需要软食送餐');
    expect(centre.storedAttributes(record?.service_request_id ?? '')).toMatchObject({
      diet: 'soft',
    });
  });

  it('cancels with a reason the resident sees at look-up, and never sends it', async () => {
    const ticket = tickets[2] ?? '';
    const entry = await entryOf(ticket);
    expect(
      await kiosk.call('staffCancelEntry', {
        token,
        outboxId: entry.outboxId,
        reason: 'handled-in-person',
        note: '已在服务台当面办理',
      }),
    ).toEqual({ ticket, cancelled: true });
    // A typed ticket alone: the reason, not staff's words.
    const status = await kiosk.call('getRequestStatus', { ticket });
    expect(status.cancelled).toMatchObject({ reason: 'handled-in-person', note: null });
    // With the phone's last four digits (the receipt's holder): staff's words too.
    const full = await kiosk.call('getRequestStatus', {
      ticket,
      proof: { kind: 'phone-last-four', digits: '5678' },
    });
    expect(full.cancelled).toMatchObject({
      reason: 'handled-in-person',
      note: '已在服务台当面办理',
    });
    expect(getEntry(kiosk.runtime.db, entry.outboxId)?.state).toBe('sent');
    await kiosk.call('staffRetryNow', { token });
    await kiosk.runtime.upload?.drainQueue();
    expect(await centre.requestsWithTicket(ticket)).toEqual([]);
    const found = await kiosk.call('findStaffRequests', { token, stage: 'cancelled' });
    expect(found.requests.map((r) => r.ticket)).toEqual([ticket]);
    await expect(
      kiosk.call('staffCancelEntry', { token, outboxId: entry.outboxId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('releases a held entry under a service staff chose from the catalogue', async () => {
    const held = await entryOf(heldTicket);
    expect(held.state).toBe('held');
    expect(held.heldReason).toContain('No platform service');
    await expect(
      kiosk.call('staffReleaseHeld', { token, outboxId: held.outboxId, serviceCode: 'NOPE' }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: 'service-not-accepted' });
    await expect(
      kiosk.call('staffResendEntry', { token, outboxId: held.outboxId }),
    ).rejects.toMatchObject({ code: 'not-allowed', message: 'entry-not-refused' });
    // Held after a send that was never answered, it may be on the platform: no cancelling it.
    const markSent = kiosk.runtime.db.prepare('UPDATE outbox SET in_flight_since = ? WHERE id = ?');
    markSent.run(new Date().toISOString(), held.outboxId);
    await expect(
      kiosk.call('staffCancelEntry', { token, outboxId: held.outboxId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'not-allowed', message: 'entry-may-be-sent' });
    markSent.run(null, held.outboxId);
    expect(
      await kiosk.call('staffReleaseHeld', {
        token,
        outboxId: held.outboxId,
        serviceCode: 'OTHER',
      }),
    ).toEqual({ ticket: heldTicket, released: true });
    const [record] = await waitFor(async () => {
      const found = await centre.requestsWithTicket(heldTicket);
      if (found.length === 0) throw new Error('not on the platform yet');
      return found;
    });
    expect(record?.service_code).toBe('OTHER');
  });

  it('audits every action by the staff member, with no phone number and an intact chain', () => {
    const rows = allAuditRows(kiosk.runtime.db);
    const actions = rows.filter((row) => row.staffId === 'wang.li').map((row) => row.action);
    for (const action of [
      'queue-resend',
      'queue-cancel',
      'queue-retry-now',
      'queue-release-held',
      'view-queue-entry',
    ])
      expect(actions).toContain(action);
    expect(actions.filter((a) => a === 'queue-resend')).toHaveLength(2);
    const said = JSON.stringify(rows.map((row) => [row.staffId, row.action, row.detail]));
    expect(said).not.toMatch(/\d{7,}/);
    expect(said).not.toContain('5678');
    expect(verifyAuditChain(rows)).toMatchObject({ intact: true });
  });
});
