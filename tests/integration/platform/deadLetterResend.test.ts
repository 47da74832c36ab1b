// A refusal on a strict platform, kept whole and then put right. A staff typo in
// service-mapping.json files a pipe leak under MEALS, whose definition requires a `diet` answer
// the resident was never asked (the kiosk saved it before it had read the platform). The strict
// centre refuses it with a generic first error; the dead letter must keep every entry, the useful
// one as its reason, the HTTP status, the request as sent (sealed) and the mapping. Staff fix the
// file, restart, and resend: same ticket, new idempotency key, both recorded, accepted once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getEntry } from '../../../db/repositories/outbox.js';
import { deadLetters, resendsOf } from '../../../db/repositories/outboxDeadLetters.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { unseal } from '../../../electron/services/security/sealedFields.js';
import { parseFactsLine } from '../../../upstream/wire/factsLine.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { type StrictCentre, startStrictCentre } from './support/strictCentre.js';

/** The look-up code the platform gets: the receipt's QR adds a secret that is never sent. */
const sentLookupCode = (kiosk: TestKiosk, ticket: string) =>
  findRequestByTicket(kiosk.runtime.db, ticket)?.lookupCode;

const root = mkdtempSync(join(tmpdir(), 'kiosk-strict-dead-'));
const dataDir = join(root, 'kiosk');
let centre: StrictCentre | undefined;
let kiosk: TestKiosk | undefined;
afterAll(async () => {
  await kiosk?.stop();
  await centre?.close();
  rmSync(root, { recursive: true, force: true });
});

const writeMapping = (needs: Record<string, string>) =>
  writeFileSync(join(dataDir, 'service-mapping.json'), JSON.stringify({ needs }));

const place = { KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅' };

function startKiosk(env: Record<string, string>): Promise<TestKiosk> {
  return startTestKiosk({ dataDir, now: new Date(), env: { ...place, ...env } });
}

describe('a dead letter on a strict platform, corrected and resent', () => {
  it('keeps everything the refusal said, then goes through once under a new key', async () => {
    centre = await startStrictCentre(join(root, 'centre'));
    mkdirSync(dataDir, { recursive: true });
    writeMapping({ 'pipe-leak': 'MEALS' });

    // Saved while the platform could not be reached: no catalogue yet, so no questions asked.
    kiosk = await startKiosk({ KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/' });
    const saved = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: 'pipe-leak',
      description: '阳台水管爆了',
      urgency: 'urgent',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
      location: { kind: 'typed', building: '幸福里小区5号楼', room: '1单元302' },
    });
    expect(findRequestByTicket(kiosk.runtime.db, saved.ticket)?.serviceCode).toBeNull();
    await kiosk.stop();

    // The platform is back: the mapping file sends it under MEALS, which refuses it.
    kiosk = await startKiosk(centre.kioskEnv);
    const k = kiosk;
    const [letter] = await vi.waitFor(
      () => {
        const letters = deadLetters(k.runtime.db);
        if (letters.length === 0) throw new Error('not refused yet');
        return letters;
      },
      { timeout: 15_000, interval: 50 },
    );
    if (!letter) throw new Error('no dead letter');
    expect(letter).toMatchObject({
      kind: 'request',
      ticket: saved.ticket,
      httpStatus: 400,
      mapping: {
        serviceCode: 'MEALS',
        source: 'file',
        needId: 'pipe-leak',
        category: 'basic-living',
      },
    });
    // The useful entry is the reason, not the generic first one.
    expect(letter.reason).toContain('attribute[diet] is required.');
    expect(letter.reason).not.toContain('Error in input');
    expect(letter.errors.map((e) => e.description)).toEqual([
      'Error in input for POST_Service_Request',
      'attribute[diet] is required.',
    ]);
    expect(letter.errors.every((e) => e.code === '400')).toBe(true);
    if (!letter.requestSealed) throw new Error('the request as sent was not kept');
    const sent = unseal(k.runtime.keys, letter.requestSealed) as Record<string, unknown>;
    expect(sent).toMatchObject({
      serviceCode: 'MEALS',
      description: '阳台水管爆了',
      facts: { ticket: saved.ticket, lookupCode: sentLookupCode(k, saved.ticket) },
      location: { address: '幸福里小区5号楼 1单元302' },
    });
    // Nothing of it on the platform; staff see it counted.
    expect(await centre.requestsWithTicket(saved.ticket)).toEqual([]);
    expect((await k.call('getKioskInfo', {})).upstream).toMatchObject({ deadLetters: 1 });
    const firstKey = getEntry(k.runtime.db, letter.outboxId)?.idempotencyKey;

    // Staff correct the mapping, restart, and resend under the mapping now in force.
    await kiosk.stop();
    writeMapping({ 'pipe-leak': 'WTR-LEAK' });
    kiosk = await startKiosk(centre.kioskEnv);
    const fixed = kiosk;
    await vi.waitFor(
      async () => {
        const info = await fixed.call('getKioskInfo', {});
        if (info.platform.servicesFetchedAt === null) throw new Error('not read yet');
      },
      { timeout: 15_000, interval: 50 },
    );
    const resent = fixed.runtime.upload?.resendDeadLetter(letter.outboxId, { refile: true });
    expect(resent).toMatchObject({
      ok: true,
      ticket: saved.ticket,
      previousIdempotencyKey: firstKey,
    });
    const records = await vi.waitFor(
      async () => {
        const found = await centre?.requestsWithTicket(saved.ticket);
        if (!found || found.length === 0) throw new Error('not on the platform yet');
        return found;
      },
      { timeout: 15_000, interval: 50 },
    );
    await vi.waitFor(
      () => {
        if (getEntry(fixed.runtime.db, letter.outboxId)?.state !== 'sent')
          throw new Error('not settled yet');
      },
      { timeout: 15_000, interval: 50 },
    );
    expect(records.map((r) => r.service_code)).toEqual(['WTR-LEAK']);
    expect(parseFactsLine(records[0]?.description)).toMatchObject({
      ticket: saved.ticket,
      lookupCode: sentLookupCode(fixed, saved.ticket),
    });
    expect((await centre.stats()).requests).toBe(1);

    const entry = getEntry(fixed.runtime.db, letter.outboxId);
    expect(entry).toMatchObject({ state: 'sent', sentServiceCode: 'WTR-LEAK' });
    expect(entry?.idempotencyKey).not.toBe(firstKey);
    const [history] = resendsOf(fixed.runtime.db, letter.outboxId);
    expect(history).toMatchObject({
      previousIdempotencyKey: firstKey,
      idempotencyKey: entry?.idempotencyKey,
      previousServiceCode: 'MEALS',
      serviceCode: null,
      deadReason: letter.reason,
      deadHttpStatus: 400,
    });
    expect(history?.deadErrors).toHaveLength(2);
    expect(deadLetters(fixed.runtime.db)).toEqual([]);
  });
});
