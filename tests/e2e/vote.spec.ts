// The micro-projects vote (民生微实事) end to end against the reference centre: a ballot cast
// online is counted and its receipt printed with the confirmation code; the same resident's
// second ballot is refused with a plain message; the results are bars with numbers. With the
// centre stopped the round is shown from the cache, the ballot is queued ("counted when the
// centre confirms") and counted once the centre returns. A strict (plain Open311) centre has no
// vote: the tile says so plainly, with the front desk and the hotline.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { CentreProcess } from '../support/centreProcess.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { useCentreKiosks } from './support/centreKiosks.js';
import { journeyCentres, meetsElderlyRules, uploadQueueDepth } from './support/centreJourneys.js';
import { demoReceipts, idNumberEverShown, openKiosk } from './support/kioskPage.js';
import { voteKioskEnv, voteUpToConfirm } from './support/voteTour.js';

const processes = useCentreKiosks();
const centres = journeyCentres(processes);

function kioskFor(centre: CentreProcess, root: string): Promise<HostProcess> {
  return processes.kioskFor(centre, join(root, 'kiosk'), voteKioskEnv);
}

async function countedBallots(centre: CentreProcess): Promise<number> {
  const url = new URL('x/admin/stats.json', centre.url);
  url.searchParams.set('api_key', centre.apiKey);
  return ((await (await fetch(url)).json()) as { vote_ballots: number }).vote_ballots;
}

test('a ballot is counted with a receipt, the second refused, the results drawn as bars', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { root, centre } = await centres.fresh('vote');
  const host = await kioskFor(centre, root);
  await openKiosk(page, host);
  await voteUpToConfirm(page);
  await meetsElderlyRules(page);
  const before = (await demoReceipts(page)).length;
  await page.getByTestId('vote-submit').click();

  await expect(page.getByTestId('vote-done')).toHaveAttribute('data-state', 'counted');
  const code = (await page.getByTestId('vote-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(page.getByTestId('vote-receipt')).toHaveAttribute('data-receipt', 'printed');
  await meetsElderlyRules(page);
  await expect.poll(async () => (await demoReceipts(page)).length).toBe(before + 1);
  const receipt = (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '';
  expect(receipt).toContain('民生微实事投票回执');
  expect(receipt).toContain(code);
  expect(receipt).toContain('小区增设休息长椅');
  expect(receipt).toContain('社区服务中心已计入');
  expect(receipt).not.toMatch(/\d{17}[\dX]/);
  expect(await countedBallots(centre)).toBe(1);

  await page.getByTestId('vote-see-results').click();
  await expect(page.getByTestId('vote-bar-benches')).toHaveAttribute('data-votes', '1');
  await expect(page.getByTestId('vote-bar-lights')).toContainText('1 票');
  await expect(page.getByTestId('vote-bar-garden')).toHaveAttribute('data-votes', '0');
  await meetsElderlyRules(page);
  await page.getByTestId('vote-results-done').click();

  // The same resident comes back: refused at once, in plain words, and nothing counted again.
  await voteUpToConfirm(page);
  await page.getByTestId('vote-submit').click();
  await expect(page.getByTestId('vote-refused')).toHaveAttribute('data-reason', 'already-voted');
  await expect(page.getByTestId('vote-refused-why')).toContainText('每位居民每轮只能投一次票');
  await meetsElderlyRules(page);
  expect(await countedBallots(centre)).toBe(1);
  expect(await idNumberEverShown(page)).toBe('');
});

test('with the centre stopped: shown from the cache, queued, counted when it returns', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { root, centre } = await centres.fresh('vote-down');
  const host = await kioskFor(centre, root);
  await openKiosk(page, host);
  // The tile fetches (and caches) the round and its pictures while the centre is there.
  await centres.cacheOfferThenStop(page, centre, {
    tile: 'journey-communityVoice',
    offerShown: 'vote-start',
  });
  await voteUpToConfirm(page);
  await page.getByTestId('vote-submit').click();
  await expect(page.getByTestId('vote-done')).toHaveAttribute('data-state', 'queued');
  await expect(page.getByTestId('vote-state')).toContainText('中心确认后计入');
  const receipt = (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '';
  expect(receipt).toContain('中心确认后计入');
  expect(await uploadQueueDepth(host)).toBe(1);

  const back = await centres.back(centre);
  await expect.poll(() => countedBallots(back), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => uploadQueueDepth(host)).toBe(0);
});

test('a strict (plain Open311) centre has no vote: the tile says so with the hotline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await centres.openStrictAtTile(page, 'journey-communityVoice');
  await expect(page.getByTestId('vote-not-offered')).toHaveAttribute('data-reason', 'not-offered');
  await expect(page.getByTestId('vote-not-offered')).toContainText('服务台');
  await expect(page.getByTestId('vote-not-offered')).toContainText('010-65781234');
  await expect(page.getByTestId('vote-start')).toHaveCount(0);
  await meetsElderlyRules(page);
});
