// "Ask for help" end to end against a real host: categories and needs from the catalogue, the
// simulated card reader or the digit pad, the confirmation, and the receipt from the simulated
// printer.
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import {
  callKiosk,
  demoReceipts,
  firstNeed,
  idNumberEverShown,
  layDemoCard,
  openKiosk,
  tapsSoFar,
  typeOnPad,
} from './support/kioskPage.js';

test('a common need attended at home takes six taps with an ID card, the sixth saying where', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click(); // 1
  await expect(page.getByTestId('ask-category')).toBeVisible();
  expect(await page.locator('[data-testid^="category-"]').count()).toBe(5);
  await page.getByTestId('category-basic-living').click(); // 2
  await expect(page.getByTestId('ask-need')).toBeVisible();
  expect(
    await page.locator('[data-testid^="need-"]:not([data-testid="need-other"])').count(),
  ).toBeGreaterThanOrEqual(6);
  const need = await firstNeed(page);
  const needTitle = (await need.locator('.big-choice__title').textContent()) ?? '';
  await need.click(); // 3
  await page.getByTestId('urgency-normal').click(); // 4
  await expect(page.getByTestId('ask-who')).toContainText('请把身份证放在读卡器上');
  // The resident lays the card on the reader: a hand on the reader, not a tap on the screen.
  await layDemoCard(page, 'han-resident');
  // The repair is done at home: the card just read offers its address.
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await page.getByTestId('location-card-address').click(); // 5
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await expect(page.getByTestId('confirm-name')).toContainText('张伟');
  await expect(page.getByTestId('confirm-need')).toContainText(needTitle);
  await expect(page.getByTestId('confirm-place')).toContainText('身份证上的地址');
  await page.getByTestId('confirm-submit').click(); // 6
  await expect(page.getByTestId('ask-result')).toBeVisible();
  expect(await tapsSoFar(page)).toBe(6);

  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  expect(ticket).toMatch(/^A01-\d{4}-\d{4}$/);
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  await expect(page.getByTestId('receipt-outcome')).toContainText('请取走');
  await expect(page.getByTestId('matches').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('result-hotline')).toContainText(/\d{3}-\d{4}/);
  // The printed receipt carries the ticket and the masked name, never the ID number.
  const receipts = await demoReceipts(page);
  const printed = receipts.at(-1)?.lines.join('\n') ?? '';
  expect(printed).toContain(ticket);
  expect(printed).not.toMatch(/\d{17}[\dX]/);
  expect(await idNumberEverShown(page)).toBe('');
});

test('the phone path: a wrong number is explained, a right one goes on, with a name', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-health-medical').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-urgent').click();
  await page.getByTestId('card-fallback').click();
  await expect(page.getByTestId('ask-phone')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);

  await typeOnPad(page, '1234567');
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('phone-error')).toContainText('这个号码不对');
  await expect(page.getByTestId('ask-phone')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);

  await page.getByTestId('digit-clear').click();
  await typeOnPad(page, '13800138000');
  await expect(page.getByTestId('phone-error')).toHaveCount(0);
  await expect(page.getByTestId('phone-display')).toHaveText('138 0013 8000');
  await page.getByTestId('phone-next').click();

  await expect(page.getByTestId('ask-name')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('surname-wang').click();
  await page.getByTestId('honorific-ms').click();

  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await expect(page.getByTestId('confirm-name')).toContainText('王女士');
  await expect(page.getByTestId('confirm-phone')).toContainText('138 0013 8000');
  await expect(page.getByTestId('confirm-urgency')).toContainText('很急');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('confirm-submit').click();

  await expect(page.getByTestId('ask-result')).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('王女士');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('done').click();
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('王女士');
});

test('a landline with its area code is accepted, and the name can be skipped', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-social-cultural').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '01065123456');
  await expect(page.getByTestId('phone-display')).toHaveText('010-6512 3456');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('name-skip').click();
  await expect(page.getByTestId('confirm-name')).toContainText('没有留');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
});

test('"something else": phrases tapped together describe it, and it can be sent', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await page.getByTestId('need-other').click();
  await expect(page.getByTestId('ask-describe')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  // Nothing is required: the button says it can be skipped.
  await expect(page.getByTestId('describe-next')).toContainText('不用说明');
  await page.getByTestId('phrase-brokenAtHome').click();
  await page.getByTestId('phrase-livingAlone').click();
  await page.getByTestId('phrase-lonely').click();
  await page.getByTestId('phrase-lonely').click(); // tapped again: taken back
  await expect(page.getByTestId('describe-preview')).toContainText('家里东西坏了；我一个人住');
  await page.getByTestId('describe-next').click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '13912345678');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('name-skip').click();
  // "Something else" may be at home: without a card, the place is typed or the kiosk's.
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await expect(page.getByTestId('location-card-address')).toHaveCount(0);
  await page.getByTestId('location-kiosk').click();
  await expect(page.getByTestId('confirm-need')).toContainText('其他问题');
  await expect(page.getByTestId('confirm-description')).toContainText('家里东西坏了；我一个人住');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
});

for (const [language, texts] of [
  [
    'zh-TW',
    { category: '您需要哪方面的幫助？', who: '請把身分證放在讀卡器上', result: '提交好了！' },
  ],
  [
    'en',
    {
      category: 'What kind of help do you need?',
      who: 'Place your ID card on the reader',
      result: 'Your request is in!',
    },
  ],
] as const) {
  test(`ask for help in ${language}, with the demo card picker`, async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.getByTestId(`language-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.getByTestId('journey-askForHelp').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.category);
    // Category titles come from the catalogue in the visit's language.
    const category = page.getByTestId('category-safety-emergency');
    if (language === 'en') await expect(category).toContainText(/[A-Za-z]{4}/);
    await category.click();
    await (await firstNeed(page)).click();
    await page.getByTestId('urgency-urgent').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.who);
    expect(await findElderlyViolations(page)).toEqual([]);
    await page.getByTestId('demo-cards').click();
    await page.getByTestId('demo-card-long-term-resident').click();
    await expect(page.getByTestId('ask-confirm')).toBeVisible();
    await expect(page.getByTestId('confirm-id')).toContainText('110105********002X');
    expect(await findElderlyViolations(page)).toEqual([]);
    await page.getByTestId('confirm-submit').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.result);
    expect(await findElderlyViolations(page)).toEqual([]);
    expect(await idNumberEverShown(page)).toBe('');
  });
}

test('the category and need screens meet the elderly-first rules at every text size', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  for (const size of ['standard', 'extra-large'] as const) {
    await page.getByTestId(`text-size-${size}`).click();
    await page.getByTestId('journey-askForHelp').click();
    await expect(page.getByTestId('ask-category')).toBeVisible();
    expect(await findElderlyViolations(page)).toEqual([]);
    await page.getByTestId('category-education-employment').click();
    await expect(page.getByTestId('ask-need')).toBeVisible();
    expect(await findElderlyViolations(page)).toEqual([]);
    await (await firstNeed(page)).click();
    expect(await findElderlyViolations(page)).toEqual([]);
    await page.getByTestId('nav-home').click();
  }
});

test('a need that is usually urgent comes with "urgent" suggested', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const catalog = await callKiosk<{
    categories: { id: string; needs: { id: string; urgentByDefault: boolean }[] }[];
  }>(page, 'getCatalog', {});
  const urgent = catalog.categories
    .flatMap((category) => category.needs.map((need) => ({ category: category.id, need })))
    .find(({ need }) => need.urgentByDefault);
  expect(urgent, 'the demo catalogue has an urgent-by-default need').toMatchObject({
    need: { urgentByDefault: true },
  });
  const normal = catalog.categories
    .flatMap((category) => category.needs.map((need) => ({ category: category.id, need })))
    .find(({ need }) => !need.urgentByDefault);
  for (const [choice, suggested] of [
    [urgent, 'urgent'],
    [normal, 'normal'],
  ] as const) {
    await page.getByTestId('journey-askForHelp').click();
    await page.getByTestId(`category-${choice?.category}`).click();
    await page.getByTestId(`need-${choice?.need.id}`).click();
    const button = page.getByTestId(`urgency-${suggested}`);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(button).toContainText('建议选这个');
    // The suggested choice comes first.
    await expect(page.locator('[data-testid^="urgency-"]').first()).toHaveAttribute(
      'data-testid',
      `urgency-${suggested}`,
    );
    await page.getByTestId('nav-home').click();
  }
});
