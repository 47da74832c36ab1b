// Staff mode through the kiosk's own dispatcher on a real data dir: sign-in, the lockout after five
// wrong PINs and its survival across a restart, the two-minute idle lock (on the test clock), the
// session token every staff call needs, and an audit trail with no phone or ID number in it.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { setStaffCard } from '../../../db/repositories/staffAccounts.js';
import { demoCard } from '../../../hardware/idCard/index.js';
import { hashIdNumber } from '../../../electron/services/security/kioskKeys.js';
import { verifyAuditChain } from '../../../electron/services/staff/auditChain.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const rightPin = '246810';
const hanFields = demoCard('han-resident').fields;
if (hanFields.kind !== 'resident') throw new Error('the Han demo card is a resident card');
const hanIdNumber = hanFields.idNumber;
let kiosk: TestKiosk;

async function addStaff(id: string, name: string, pin: string): Promise<void> {
  const code = await runStaffCommand(['add', id, name], {
    db: kiosk.runtime.db,
    readPin: () => Promise.resolve(pin),
    out: () => {},
    err: (line) => {
      throw new Error(line);
    },
    now: () => kiosk.clock.now,
    randomBytes,
  });
  expect(code).toBe(0);
}

const advance = (ms: number) => {
  kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms);
};
const actions = () => allAuditRows(kiosk.runtime.db).map((row) => [row.staffId, row.action]);

async function signIn(pin: string) {
  return kiosk.call('staffSignIn', { pin });
}

async function signedInToken(): Promise<string> {
  const result = await signIn(rightPin);
  if (result.outcome !== 'signed-in') throw new Error(`not signed in: ${result.outcome}`);
  return result.session.token;
}

describe('staff mode with a PIN', () => {
  beforeEach(async () => {
    kiosk = await startTestKiosk();
    await addStaff('wang.li', '王丽', rightPin);
  }, 30_000);
  afterEach(async () => {
    await kiosk.stop();
  });

  it('signs in with the right PIN, names the staff member and audits it', async () => {
    expect(await kiosk.call('getStaffEntry', {})).toEqual({
      mode: 'pin',
      accountsExist: true,
      lockedUntil: null,
    });
    const result = await signIn(rightPin);
    expect(result).toMatchObject({
      outcome: 'signed-in',
      session: {
        staff: { id: 'wang.li', name: '王丽' },
        expiresAt: new Date(kiosk.clock.now.getTime() + 120_000).toISOString(),
      },
    });
    if (result.outcome !== 'signed-in') return;
    expect(result.session.token.length).toBeGreaterThanOrEqual(40);
    expect(await kiosk.call('getStaffSession', { token: result.session.token })).toMatchObject({
      staff: { name: '王丽' },
    });
    expect(
      await kiosk.call('staffSignOut', { token: result.session.token, reason: 'sign-out' }),
    ).toEqual({ signedOut: true });
    await expect(
      kiosk.call('getStaffSession', { token: result.session.token }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(actions()).toEqual([
      ['wang.li', 'account-added'],
      ['wang.li', 'sign-in'],
      ['wang.li', 'sign-out'],
    ]);
  }, 30_000);

  it('refuses every staff call without a live session token', async () => {
    const forged = randomBytes(32).toString('base64url');
    await expect(kiosk.call('getStaffSession', { token: forged })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(kiosk.call('getStaffUploadQueue', { token: forged })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    const reply = await kiosk.runtime.dispatch('getStaffUploadQueue', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const token = await signedInToken();
    expect(await kiosk.call('getStaffUploadQueue', { token })).toEqual({ deadLetters: [] });
    expect(actions().at(-1)).toEqual(['wang.li', 'view-upload-queue']);
  }, 30_000);

  it('lists the requests made on this kiosk with their journey and nothing personal', async () => {
    const phone = '13800138000';
    const submitted = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: 'the stair light is out',
      urgency: 'urgent',
      contact: { phone },
      language: 'zh-CN',
    });
    const token = await signedInToken();
    const listed = await kiosk.call('getStaffRequests', { token });
    expect(listed.requests).toEqual([
      expect.objectContaining({
        ticket: submitted.ticket,
        category: 'basic-living',
        urgency: 'urgent',
        emergency: false,
        upstreamId: null,
      }),
    ]);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(phone);
    expect(text).not.toContain('0013');
    expect(text).not.toContain('stair light');
    expect(actions().at(-1)).toEqual(['wang.li', 'view-requests']);
  }, 30_000);

  it('locks staff entry for five minutes after five wrong PINs, across a restart', async () => {
    const lockedAt = kiosk.clock.now.getTime();
    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(await signIn('135790')).toEqual({ outcome: 'wrong-pin', attemptsLeft });
    }
    const until = new Date(lockedAt + 5 * 60_000).toISOString();
    expect(await signIn('135790')).toEqual({ outcome: 'locked', lockedUntil: until });
    // Locked means locked: not even the right PIN gets in.
    expect(await signIn(rightPin)).toEqual({ outcome: 'locked', lockedUntil: until });

    await kiosk.restart();
    expect(await kiosk.call('getStaffEntry', {})).toMatchObject({ lockedUntil: until });
    expect(await signIn(rightPin)).toEqual({ outcome: 'locked', lockedUntil: until });

    advance(5 * 60_000 - 1);
    expect(await signIn(rightPin)).toMatchObject({ outcome: 'locked' });
    advance(1);
    expect(await kiosk.call('getStaffEntry', {})).toMatchObject({ lockedUntil: null });
    expect(await signIn(rightPin)).toMatchObject({ outcome: 'signed-in' });
    // A good PIN starts the count again.
    expect(await signIn('135790')).toEqual({ outcome: 'wrong-pin', attemptsLeft: 4 });

    expect(actions().slice(1)).toEqual([
      [null, 'failed-pin'],
      [null, 'failed-pin'],
      [null, 'failed-pin'],
      [null, 'failed-pin'],
      [null, 'failed-pin'],
      [null, 'lockout'],
      [null, 'sign-in-while-locked'],
      [null, 'sign-in-while-locked'],
      [null, 'sign-in-while-locked'],
      ['wang.li', 'sign-in'],
      [null, 'failed-pin'],
    ]);
    expect(verifyAuditChain(allAuditRows(kiosk.runtime.db))).toMatchObject({ intact: true });
  }, 60_000);

  it('a lockout that ran out gives five fresh tries, not one', async () => {
    for (let i = 0; i < 5; i += 1) await signIn('135790');
    advance(5 * 60_000);
    expect(await signIn('135790')).toEqual({ outcome: 'wrong-pin', attemptsLeft: 4 });
  }, 60_000);

  it('locks after two idle minutes; using the session keeps it open', async () => {
    const token = await signedInToken();
    advance(119_000);
    expect(await kiosk.call('getStaffSession', { token })).toMatchObject({
      expiresAt: new Date(kiosk.clock.now.getTime() + 120_000).toISOString(),
    });
    advance(119_000);
    await kiosk.call('getStaffSession', { token });
    advance(120_000);
    await expect(kiosk.call('getStaffSession', { token })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(actions().slice(-2)).toEqual([
      ['wang.li', 'sign-in'],
      ['wang.li', 'idle-lock'],
    ]);
  }, 30_000);

  it('records the page’s idle lock and the resident inactivity reset', async () => {
    const first = await signedInToken();
    await kiosk.call('staffSignOut', { token: first, reason: 'idle' });
    const second = await signedInToken();
    await kiosk.call('staffSignOut', { token: second, reason: 'visit-reset' });
    expect(await kiosk.call('staffSignOut', { token: second, reason: 'sign-out' })).toEqual({
      signedOut: false,
    });
    expect(
      actions()
        .slice(-4)
        .map(([, action]) => action),
    ).toEqual(['sign-in', 'idle-lock', 'sign-in', 'visit-reset-lock']);
  }, 30_000);

  it('keeps every phone and ID number out of the audit rows, byte for byte', async () => {
    const phone = '13800138000';
    const read = await (async () => {
      await kiosk.call('placeDemoCard', { cardId: 'han-resident' });
      return kiosk.call('readCard', { waitMs: 10_000 });
    })();
    if (read.outcome !== 'card') throw new Error('no card');
    await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: `please call ${phone}`,
      urgency: 'normal',
      contact: { cardToken: read.card.token, phone },
      language: 'zh-CN',
    });
    await signIn(phone.slice(0, 12));
    const token = await signedInToken();
    await kiosk.call('getStaffUploadQueue', { token });
    await kiosk.call('staffSignOut', { token, reason: 'sign-out' });
    const bytes = kiosk.runtime.db
      .prepare(
        `SELECT CAST(seq AS TEXT) || at || COALESCE(staff_id, '') || action || detail_json ||
           prev_hash || row_hash AS row FROM audit_log ORDER BY seq`,
      )
      .all() as { row: string }[];
    const all = Buffer.from(bytes.map((entry) => entry.row).join('\n'), 'utf8');
    expect(bytes.length).toBeGreaterThanOrEqual(5);
    for (const secret of [phone, hanIdNumber, rightPin]) {
      expect(all.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
    // Outside the hashes, no seven digits in a row at all.
    const withoutHashes = bytes.map((entry) => entry.row.replace(/[0-9a-f]{64}/g, '')).join('\n');
    expect(withoutHashes).not.toMatch(/\d{7,}/);
  }, 30_000);
});

describe('binding a staff card for card-and-pin entry', () => {
  beforeEach(async () => {
    kiosk = await startTestKiosk();
    await addStaff('wang.li', '王丽', rightPin);
    await addStaff('zhao.min', '赵敏', '135790');
  }, 30_000);
  afterEach(async () => {
    await kiosk.stop();
  });

  it('binds the signed-in staff member’s card by its keyed hash, one card to one account', async () => {
    await kiosk.call('placeDemoCard', { cardId: 'han-resident' });
    const read = await kiosk.call('readCard', { waitMs: 10_000 });
    if (read.outcome !== 'card') throw new Error('no card');
    await expect(
      kiosk.call('staffBindCard', {
        token: randomBytes(32).toString('base64url'),
        cardToken: read.card.token,
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    const token = await signedInToken();
    expect(await kiosk.call('staffBindCard', { token, cardToken: read.card.token })).toEqual({
      bound: true,
    });
    const stored = kiosk.runtime.db
      .prepare("SELECT card_id_hash FROM staff_accounts WHERE id = 'wang.li'")
      .get() as { card_id_hash: string };
    expect(stored.card_id_hash).toBe(hashIdNumber(kiosk.runtime.keys, hanIdNumber));
    expect(actions().at(-1)).toEqual(['wang.li', 'card-bound']);

    const other = await kiosk.call('staffSignIn', { pin: '135790' });
    if (other.outcome !== 'signed-in') throw new Error('zhao.min not signed in');
    await expect(
      kiosk.call('staffBindCard', { token: other.session.token, cardToken: read.card.token }),
    ).rejects.toMatchObject({ code: 'not-allowed' });
  }, 30_000);
});

describe('staff mode with card and PIN', () => {
  beforeEach(async () => {
    kiosk = await startTestKiosk({ env: { KIOSK_STAFF_ENTRY: 'card-and-pin' } });
    await addStaff('wang.li', '王丽', rightPin);
  }, 30_000);
  afterEach(async () => {
    await kiosk.stop();
  });

  it('asks for the staff card first, and takes the PIN only with that card', async () => {
    expect(await kiosk.call('getStaffEntry', {})).toMatchObject({ mode: 'card-and-pin' });
    expect(await signIn(rightPin)).toEqual({ outcome: 'card-needed' });
    setStaffCard(kiosk.runtime.db, 'wang.li', hashIdNumber(kiosk.runtime.keys, hanIdNumber));
    await kiosk.call('placeDemoCard', { cardId: 'minority-resident' });
    const other = await kiosk.call('readCard', { waitMs: 10_000 });
    if (other.outcome !== 'card') throw new Error('no card');
    expect(await kiosk.call('staffSignIn', { pin: rightPin, cardToken: other.card.token })).toEqual(
      { outcome: 'wrong-pin', attemptsLeft: 4 },
    );
    await kiosk.call('placeDemoCard', { cardId: 'han-resident' });
    const own = await kiosk.call('readCard', { waitMs: 10_000 });
    if (own.outcome !== 'card') throw new Error('no card');
    expect(
      await kiosk.call('staffSignIn', { pin: rightPin, cardToken: own.card.token }),
    ).toMatchObject({ outcome: 'signed-in', session: { staff: { id: 'wang.li' } } });
  }, 30_000);
});
