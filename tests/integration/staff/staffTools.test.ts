// The staff tools through the kiosk's own dispatcher on a real data dir: every call refused
// without a live session, the test page on the simulated printer (marked, not kept for reprint),
// a masked test read, the disk and version, settings checked with config.json's own schemas (a
// bad one refused naming the field, the file untouched; the centre's key never sent back), the
// live defaults, a log export with none of the seeded personal data, and the audit rows.
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { staffToolCalls } from '../../../contract/staffTools.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { jobsNeedingReprint } from '../../../db/repositories/printJobs.js';
import { demoCard } from '../../../hardware/idCard/index.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { writeLastGood } from '../../../electron/services/fleet/remoteConfigStore.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const rightPin = '246810';
const apiKey = 'centre-key-abcdef-0123456789';
const hanFields = demoCard('han-resident').fields;
if (hanFields.kind !== 'resident') throw new Error('the Han demo card is a resident card');
const hanIdNumber = hanFields.idNumber;
let kiosk: TestKiosk;

async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; path?: unknown[] }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; path?: unknown[] };
  }
  throw new Error('expected the call to fail');
}

async function signedInToken(): Promise<string> {
  const code = await runStaffCommand(['add', 'wang.li', '王丽'], {
    db: kiosk.runtime.db,
    readPin: () => Promise.resolve(rightPin),
    out: () => {},
    err: (line) => {
      throw new Error(line);
    },
    now: () => kiosk.clock.now,
    randomBytes,
  });
  expect(code).toBe(0);
  const result = await kiosk.call('staffSignIn', { pin: rightPin });
  if (result.outcome !== 'signed-in') throw new Error(`not signed in: ${result.outcome}`);
  return result.session.token;
}

const configFile = () => join(kiosk.dataDir, 'config.json');
const auditActions = () => allAuditRows(kiosk.runtime.db).map((row) => [row.staffId, row.action]);

describe('staff tools', () => {
  beforeEach(async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'kiosk-tools-')), 'data');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({ communityName: '幸福里社区服务中心', upstreamApiKey: apiKey }),
    );
    kiosk = await startTestKiosk({ dataDir });
  }, 30_000);
  afterEach(async () => {
    await kiosk.stop();
    rmSync(join(kiosk.dataDir, '..'), { recursive: true, force: true });
  });

  it('refuses every tool call without a live session, and after sign-out', async () => {
    const token = await signedInToken();
    await kiosk.call('staffSignOut', { token, reason: 'sign-out' });
    const inputs: Record<keyof typeof staffToolCalls, Record<string, unknown>> = {
      getStaffDevices: {},
      staffPrintTestPage: {},
      staffTestCardRead: { waitMs: 1000 },
      staffTestConnection: {},
      staffExportLogs: {},
      getStaffSettings: {},
      staffChangeSettings: { changes: { communityName: '向阳社区' } },
      getStaffDemand: {},
    };
    const before = readFileSync(configFile(), 'utf8');
    for (const forged of [token, 'x'.repeat(43)]) {
      for (const [name, input] of Object.entries(inputs)) {
        const reply = await kiosk.runtime.dispatch(name, { token: forged, ...input });
        expect(reply, name).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      }
    }
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
    expect(kiosk.runtime.devices.printer.virtualPrinter?.receipts).toHaveLength(0);
  });

  it('shows the devices, disk and version, and prints a test page marked as one', async () => {
    const token = await signedInToken();
    const devices = await kiosk.call('getStaffDevices', { token });
    expect(devices).toMatchObject({
      kioskId: 'A03',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      printer: { driver: 'simulator?paper=58' },
      cardReader: { driver: 'simulator' },
      centreConfigured: false,
    });
    expect(devices.disk?.totalBytes).toBeGreaterThan(0);
    expect(devices.disk?.freeBytes).toBeGreaterThan(0);

    expect(await kiosk.call('staffPrintTestPage', { token })).toEqual({
      outcome: 'printed',
      problem: null,
      warnings: [],
    });
    const page = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!page) throw new Error('no test page printed');
    expect(receiptText(page)).toContain('测试页 TEST PAGE');
    expect(receiptText(page)).toContain('这不是回执');

    kiosk.runtime.devices.printer.virtualPrinter?.setCondition({ paperOut: true });
    expect(await kiosk.call('staffPrintTestPage', { token })).toMatchObject({
      outcome: 'failed',
      problem: 'paper-out',
    });
    // A test page is no receipt: nothing waits for a reprint.
    expect(jobsNeedingReprint(kiosk.runtime.db)).toEqual([]);
    expect(auditActions()).toEqual(
      expect.arrayContaining([
        ['wang.li', 'view-devices'],
        ['wang.li', 'printer-test-page'],
      ]),
    );
  });

  it('reads a test card and shows only its first and last characters', async () => {
    const token = await signedInToken();
    const reading = kiosk.call('staffTestCardRead', { token, waitMs: 10_000 });
    await kiosk.call('placeDemoCard', { cardId: 'han-resident' });
    const result = await reading;
    expect(result).toEqual({
      outcome: 'read',
      maskedName: `${[...hanFields.name][0]}*`,
      maskedNumber: `${hanIdNumber[0]}${'*'.repeat(16)}${hanIdNumber.at(-1)}`,
    });
    expect(JSON.stringify(result)).not.toContain(hanIdNumber.slice(1, 7));
    const rows = JSON.stringify(allAuditRows(kiosk.runtime.db));
    expect(rows).not.toContain(hanFields.name);
    expect(rows).toContain('card-reader-test');
  });

  it('says plainly that no centre is configured when asked to test the connection', async () => {
    const token = await signedInToken();
    expect(await kiosk.call('staffTestConnection', { token })).toEqual({
      outcome: 'not-configured',
      address: '',
      services: null,
      elapsedMs: 0,
      problem: null,
    });
  });

  it('never returns the centre’s key, and replaces it when asked', async () => {
    const token = await signedInToken();
    const view = await kiosk.call('getStaffSettings', { token });
    expect(view.apiKey).toBe('set');
    expect(view.values.communityName).toBe('幸福里社区服务中心');
    expect(view.fromEnvironment).toEqual(['kioskId']);
    expect(JSON.stringify(view)).not.toContain(apiKey);

    const replaced = await kiosk.call('staffChangeSettings', {
      token,
      changes: { upstreamApiKey: 'new-centre-key-9876' },
    });
    expect(JSON.stringify(replaced)).not.toContain('new-centre-key');
    expect(replaced).toEqual({
      saved: ['upstreamApiKey'],
      appliedNow: [],
      needRestart: ['upstreamApiKey'],
    });
    expect(JSON.parse(readFileSync(configFile(), 'utf8'))).toMatchObject({
      upstreamApiKey: 'new-centre-key-9876',
    });
    const again = await kiosk.call('getStaffSettings', { token });
    expect(JSON.stringify(again)).not.toContain('new-centre-key');
    expect(JSON.stringify(allAuditRows(kiosk.runtime.db))).not.toContain('centre-key');
  });

  it('refuses a bad value naming the field, and leaves config.json exactly as it was', async () => {
    const token = await signedInToken();
    const before = readFileSync(configFile(), 'utf8');
    const printer = await errorOf(
      kiosk.call('staffChangeSettings', {
        token,
        changes: { communityName: '向阳社区', printer: 'lpt:9' },
      }),
    );
    expect(printer.code).toBe('invalid-input');
    expect(printer.path).toEqual(['printer']);
    expect(printer.message).toMatch(
      /^Setting "printer" has the value "lpt:9", which is not allowed\. Allowed: /,
    );
    const timeout = await errorOf(
      kiosk.call('staffChangeSettings', { token, changes: { upstreamTimeoutMs: '5' } }),
    );
    expect(timeout.message).toBe(
      'Setting "upstreamTimeoutMs" has the value "5", which is not allowed. Allowed: milliseconds from 500 to 120000.',
    );
    const key = await errorOf(
      kiosk.call('staffChangeSettings', { token, changes: { upstreamApiKey: 'k'.repeat(201) } }),
    );
    expect(key.message).toContain('a value of 201 characters');
    expect(key.message).not.toContain('kkkk');
    const fromEnv = await errorOf(
      kiosk.call('staffChangeSettings', { token, changes: { kioskId: 'B07' } }),
    );
    expect(fromEnv).toMatchObject({ code: 'not-allowed', path: ['kioskId'] });
    expect(fromEnv.message).toContain('KIOSK_ID');
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
    expect(auditActions().filter(([, action]) => action === 'settings-refused')).toHaveLength(4);
  });

  it('applies the default language and text size from the next visit; others at restart', async () => {
    const token = await signedInToken();
    const saved = await kiosk.call('staffChangeSettings', {
      token,
      changes: { defaultLanguage: 'en', defaultTextSize: 'large', communityName: '向阳社区' },
    });
    expect(saved).toEqual({
      saved: ['communityName', 'defaultLanguage', 'defaultTextSize'],
      appliedNow: ['defaultLanguage', 'defaultTextSize'],
      needRestart: ['communityName'],
    });
    expect(await kiosk.call('endVisit', {})).toEqual({ language: 'en', textSize: 'large' });
    const view = await kiosk.call('getStaffSettings', { token });
    expect(view.values).toMatchObject({
      defaultLanguage: 'en',
      communityName: '向阳社区',
    });
    expect(view.waitingForRestart).toEqual(['communityName']);
    expect(JSON.parse(readFileSync(configFile(), 'utf8'))).toEqual({
      communityName: '向阳社区',
      upstreamApiKey: apiKey,
      defaultLanguage: 'en',
      defaultTextSize: 'large',
    });
    // Written whole through a temporary file, readable by the kiosk's user only.
    expect(statSync(configFile()).mode & 0o777).toBe(0o600);
    expect(readdirSync(kiosk.dataDir).filter((name) => name.includes('.tmp'))).toEqual([]);
    await kiosk.restart();
    expect((await kiosk.call('getKioskInfo', {})).communityName).toBe('向阳社区');
    expect(await kiosk.call('getSettings', {})).toEqual({ language: 'en', textSize: 'large' });
  });

  it('exports the logs without any of the seeded names, phones or ID numbers', async () => {
    const token = await signedInToken();
    const people = [
      { name: '张三明', phone: '13812345678' },
      { name: '李四海', phone: '13987654321' },
    ];
    for (const contact of people) {
      await kiosk.call('submitRequest', {
        category: 'basic-living',
        needId: null,
        description: `厨房水管漏水，请打 ${contact.phone}`,
        urgency: 'normal',
        contact,
        language: 'zh-CN',
      });
    }
    // A careless line, as a future bug might write one: the export must still hold none of it.
    kiosk.runtime.logger.warn('careless line 138-1234-5678', {
      name: '张三明',
      phone: '13812345678',
      nested: { idNumber: hanIdNumber, text: `证件 ${hanIdNumber} 号` },
      attempts: 13987654321,
    });
    const result = await kiosk.call('staffExportLogs', { token });
    expect(result.file.startsWith(join(kiosk.dataDir, 'exports'))).toBe(true);
    const text = readFileSync(result.file, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(result.lines);
    expect(Buffer.byteLength(text)).toBe(result.bytes);
    for (const secret of [
      '张三明',
      '李四海',
      '13812345678',
      '13987654321',
      '138-1234-5678',
      hanIdNumber,
      hanIdNumber.slice(0, 10),
      apiKey,
      '水管',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // What it is for is still there: the runs, the audit trail, the log lines.
    expect(text).toContain('"kind":"run"');
    expect(text).toContain('"action":"sign-in"');
    expect(text).toContain('careless line [number removed]');
    expect(auditActions()).toContainEqual(['wang.li', 'log-export']);
  });
  it('refuses a setting the centre’s remote config decides, saying where it is set', async () => {
    writeLastGood(kiosk.dataDir, {
      etag: '"v1"',
      config: { communityName: '中心设定的社区' },
      appliedAt: '2026-11-28T01:00:00.000Z',
    });
    const token = await signedInToken();
    const refused = await errorOf(
      kiosk.call('staffChangeSettings', { token, changes: { communityName: '向阳社区' } }),
    );
    expect(refused).toMatchObject({ code: 'not-allowed', path: ['communityName'] });
    expect(refused.message).toContain('remote configuration');
  });
});

describe('the log export to a folder in logExportDir', () => {
  let usb: string;
  beforeEach(async () => {
    usb = join(mkdtempSync(join(tmpdir(), 'kiosk-usb-')), 'KIOSK-USB');
    kiosk = await startTestKiosk({ env: { KIOSK_LOG_EXPORT_DIR: usb } });
  }, 30_000);
  afterEach(async () => {
    await kiosk.stop();
    rmSync(join(usb, '..'), { recursive: true, force: true });
  });

  it('writes the export there, 0600, and says so in the audit without the path', async () => {
    const token = await signedInToken();
    const result = await kiosk.call('staffExportLogs', { token });
    expect(result.file.startsWith(`${usb}/kiosk-log-A03-`)).toBe(true);
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    // A folder that cannot be written (here: a file stands where the folder should be; the
    // tests run as root, so permissions would not stop them) is named, with the reason.
    const exported = readdirSync(usb);
    rmSync(usb, { recursive: true });
    writeFileSync(usb, 'not a folder');
    const refused = await errorOf(kiosk.call('staffExportLogs', { token }));
    expect(refused).toMatchObject({ code: 'unavailable' });
    expect(refused.message).toBe(`The logs could not be written to ${usb} (EEXIST).`);
    expect(exported).toEqual([result.file.slice(usb.length + 1)]);
    const row = allAuditRows(kiosk.runtime.db).find((entry) => entry.action === 'log-export');
    expect(row).toMatchObject({
      staffId: 'wang.li',
      action: 'log-export',
      detail: { to: 'export-folder', lines: result.lines },
    });
  });
});
