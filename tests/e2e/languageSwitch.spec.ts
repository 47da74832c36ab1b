// Switching language in the middle of a journey changes the words and nothing else: the digits
// typed, the answers given and the step are all still there, and the read-back shows them.
import { expect, test } from './support/kioskFixture.js';
import { chooseKioskPlace } from './support/askPlace.js';
import { firstNeed, openKiosk, typeOnPad } from './support/kioskPage.js';

test('a language switch mid-journey keeps what was typed and chosen', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk, '?idleMs=600000');
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-urgent').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '1380013');
  await expect(page.getByTestId('step-counter')).toHaveText(/第 3 步，共 \d 步/);

  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('phone-display')).toHaveText('138 0013');
  await expect(page.getByTestId('step-counter')).toHaveText(/Step 3 of \d/);
  await expect(page.getByTestId('community-name')).toHaveText('Centre: 幸福里社区服务中心');
  await typeOnPad(page, '8000');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('language-zh-TW').click();
  await expect(page.getByTestId('community-name')).toHaveText('幸福里社區服務中心');
  await page.getByTestId('surname-zhao').click();
  await page.getByTestId('honorific-mr').click();
  await chooseKioskPlace(page);
  // The read-back has everything given in three languages; its labels follow the switch.
  await expect(page.getByTestId('confirm-phone')).toContainText('138 0013 8000');
  await expect(page.getByTestId('confirm-name')).toContainText('趙先生');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('confirm-urgency')).toContainText('Urgent');
  await expect(page.getByTestId('confirm-phone')).toContainText('138 0013 8000');
  await expect(page.getByTestId('confirm-name')).toContainText('趙先生');
  await expect(page.getByTestId('step-counter')).toHaveText('Step 5 of 5');
});
