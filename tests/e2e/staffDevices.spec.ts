// Staff looking after the kiosk on the real page, against the reference centre in its own
// process: sign in, print a test page (it reaches the simulated printer's paper, marked as a
// test), test the connection to the centre, change a setting and see a bad value refused in
// plain words naming the field, and read the demand view drawn from seeded requests (three chart
// canvases, each with its sentence). The staff screens are measured like the residents' (text
// 24 px and up, 7:1 contrast), with staff-only controls allowed down to 44×44 px.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/openDatabase.js';
import { insertRequest } from '../../db/repositories/requests.js';
import { recordAccepted, recordStage } from '../../db/repositories/requestStatus.js';
import { type CentreProcess, startCentreProcess } from '../support/centreProcess.js';
import { type HostProcess, startHostProcess } from '../support/startHostProcess.js';
import { newRequestRow } from '../support/newRequestRow.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { expect, test } from './support/kioskFixture.js';
import { openKiosk } from './support/kioskPage.js';
import { addStaff, signInAsStaff } from './support/staffDesk.js';

const staffLimits = { minTarget: 44, minTextPx: 24, minContrast: 7 };

/** The centre's calendar day (Asia/Shanghai, the kiosk's default zone) of a moment. */
function shanghaiDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

/** Six requests of the last two days, three of them done, written before the kiosk starts. */
function seedRequests(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
  const now = Date.now();
  const seeds: { hoursAgo: number; category: string; doneAfterMinutes?: number }[] = [
    { hoursAgo: 3, category: 'basic-living', doneAfterMinutes: 30 },
    { hoursAgo: 4, category: 'basic-living', doneAfterMinutes: 60 },
    { hoursAgo: 5, category: 'basic-living' },
    { hoursAgo: 26, category: 'basic-living', doneAfterMinutes: 200 },
    { hoursAgo: 27, category: 'health-medical' },
    { hoursAgo: 28, category: 'health-medical' },
  ];
  try {
    seeds.forEach((seed, index) => {
      const created = new Date(now - seed.hoursAgo * 3_600_000);
      const createdAt = created.toISOString();
      const serviceDate = shanghaiDay(created);
      const stored = insertRequest(
        db,
        newRequestRow({ serviceDate, createdAt, category: seed.category }),
        (seq) => ({
          ticket: `A03-${serviceDate.slice(5).replace('-', '')}-${seq}`,
          lookupCode: `A03-SEED-${index}-${seq}`,
        }),
      );
      recordAccepted(db, stored.id, createdAt);
      if (seed.doneAfterMinutes !== undefined) {
        const doneAt = new Date(created.getTime() + seed.doneAfterMinutes * 60_000).toISOString();
        recordStage(db, stored.id, {
          stage: 'done',
          at: doneAt,
          handlerNote: null,
          updatedAt: doneAt,
        });
      }
    });
  } finally {
    db.close();
  }
}

let root: string;
let centre: CentreProcess;
let host: HostProcess;

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-staffdevices-'));
  centre = await startCentreProcess(join(root, 'centre'));
  const dataDir = join(root, 'kiosk');
  seedRequests(dataDir);
  host = await startHostProcess({
    KIOSK_DATA_DIR: dataDir,
    KIOSK_UPSTREAM_URL: centre.url,
    KIOSK_UPSTREAM_API_KEY: centre.apiKey,
  });
  addStaff({ dataDir }, 'wang.li', '王丽');
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('host-log', { body: host.output(), contentType: 'text/plain' });
  }
  await host.stop();
  await centre.stop();
  rmSync(root, { recursive: true, force: true });
});

test('test page, connection test, a setting refused and one saved, the demand view', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await openKiosk(page, host);
  // A resident's page fetches neither the staff care screens nor the chart code.
  expect(fetched.filter((url) => /KioskCareScreen|DemandScreen/.test(url))).toEqual([]);

  await signInAsStaff(page);
  await page.getByTestId('staff-kiosk-care').click();
  await expect(page.getByTestId('staff-care')).toBeVisible();
  expect(await findElderlyViolations(page, staffLimits)).toEqual([]);

  // Devices: the test page goes to the printer's paper, marked as a test.
  await page.getByTestId('care-devices').click();
  await expect(page.getByTestId('devices-printer')).toHaveText(
    '打印机（simulator?paper=58）：正常',
  );
  await expect(page.getByTestId('devices-version')).toContainText('一体机 A01，软件版本 0.1.0');
  await expect(page.getByTestId('devices-disk')).toHaveText(
    /^数据磁盘：剩余 \d+\.\d GB，共 \d+\.\d GB。$/,
  );
  await page.getByTestId('devices-test-page').click();
  await expect(page.getByTestId('devices-test-page-result')).toHaveText('测试页已打印出来。');
  const receipts = await page.evaluate(async () => {
    const token = document.querySelector('meta[name="kiosk-api-token"]')?.getAttribute('content');
    const reply = await fetch('./api/listDemoReceipts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kiosk-token': token ?? '' },
      body: '{}',
    });
    return ((await reply.json()) as { value: { receipts: { lines: string[] }[] } }).value.receipts;
  });
  expect(receipts.at(-1)?.lines.join('\n')).toContain('测试页 TEST PAGE');

  // The connection test reaches the centre's services list, timed.
  await page.getByTestId('devices-test-connection').click();
  await expect(page.getByTestId('devices-connection-result')).toHaveText(
    /^已连上中心 http:\/\/127\.0\.0\.1:\d+\/：读到 \d+ 项服务，用时 \d+ 毫秒。$/,
    { timeout: 15_000 },
  );
  expect(await findElderlyViolations(page, staffLimits)).toEqual([]);
  await page.screenshot({ path: 'test-results/artifacts/staff-devices.png', fullPage: true });
  await page.getByTestId('nav-back').click();

  // Settings: a bad printer is refused naming the field, and nothing is written.
  const configFile = join(host.dataDir, 'config.json');
  await page.getByTestId('care-settings').click();
  await expect(page.getByTestId('settings-api-key')).toHaveText('中心密钥：已设置（不会显示）。');
  await expect(page.getByTestId('setting-upstreamUrl')).toBeDisabled();
  await page.getByTestId('setting-printer').fill('lpt:9');
  await page.getByTestId('settings-save').click();
  const refused = page.getByTestId('settings-refused');
  await expect(refused).toContainText(
    '“打印机”这一项不能保存：Setting "printer" has the value "lpt:9", which is not allowed. Allowed:',
  );
  await expect(page.getByTestId('setting-printer')).toHaveAttribute('aria-invalid', 'true');
  expect(existsSync(configFile)).toBe(false);
  expect(await findElderlyViolations(page, staffLimits)).toEqual([]);
  await page.screenshot({
    path: 'test-results/artifacts/staff-settings-refused.png',
    fullPage: true,
  });

  // A good change is saved; the language applies from the next visit, the name at restart. The
  // printer is put back as it was, so it is no change.
  await page.getByTestId('setting-printer').fill('simulator?paper=58');
  await page.getByTestId('setting-communityName').fill('向阳社区服务中心');
  await page.getByTestId('setting-defaultLanguage').selectOption('en');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toHaveText(
    '已保存。 立即生效：默认语言。 重启后生效：社区名称。',
  );
  await expect(page.getByTestId('settings-waiting')).toHaveText('已保存，等待重启：社区名称');
  expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({
    communityName: '向阳社区服务中心',
    defaultLanguage: 'en',
  });
  expect(readFileSync(configFile, 'utf8')).not.toContain(centre.apiKey);
  await page.getByTestId('nav-back').click();

  // The demand view, from the seeded requests: a sentence and a chart for each, and tables.
  await page.getByTestId('care-demand').click();
  await expect(page.getByTestId('demand-summary-category')).toHaveText(
    '最近30天，生活服务最多：4件。',
  );
  await expect(page.getByTestId('demand-summary-day')).toHaveText(
    /^最近30天共 6 件，\d\d-\d\d 这一天最多：\d 件。$/,
  );
  await expect(page.getByTestId('demand-summary-hour')).toHaveText(
    /^最忙的时段是 \d+:00 到 \d+:00：\d 件。$/,
  );
  await expect(page.getByTestId('demand-summary-median')).toHaveText(
    '已办结 3 件，从提交到办结一般要 60 分钟（中位数）。',
  );
  for (const chart of ['demand-chart-category', 'demand-chart-day', 'demand-chart-hour']) {
    const canvas = page.getByTestId(chart);
    await expect(canvas).toBeVisible();
    // chart.js drew on it: some pixels are not blank.
    const inked = await canvas.evaluate((element) => {
      const context = (element as HTMLCanvasElement).getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, element.clientWidth, element.clientHeight);
      let count = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) count += 1;
      return count;
    });
    expect(inked, chart).toBeGreaterThan(100);
  }
  await expect(page.getByTestId('demand-table-category').locator('tbody tr')).toHaveCount(2);
  expect(fetched.some((url) => /DemandScreen-.*\.js$/.test(url))).toBe(true);
  expect(await findElderlyViolations(page, staffLimits)).toEqual([]);
  await page.screenshot({ path: 'test-results/artifacts/staff-demand.png', fullPage: true });
});
