// A resident asks for meals at a kiosk pointed at the real strict reference centre, a platform the
// kiosk knows only through its own discovery: the platform's required `diet` question is asked
// and answered on screen by its visible text, the request is saved and forwarded, the centre
// holds it exactly once under its own MEALS code with the answer, and when the handler closes it
// on the centre the resident sees 已完成 with the handler's note on "check my request".
import { expect, test } from '@playwright/test';
import { layDemoCard, liftDemoCard, openKiosk } from './support/kioskPage.js';
import { type StrictCentreKiosk, startStrictCentreKiosk } from './support/strictCentreKiosk.js';

let setup: StrictCentreKiosk | undefined;
test.afterEach(async () => {
  const testInfo = test.info();
  if (setup && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('host-log', { body: setup.host.output(), contentType: 'text/plain' });
  await setup?.dispose();
  setup = undefined;
});

test('the strict platform’s diet question, one MEALS request on the centre, and its closing note', async ({
  page,
}) => {
  test.setTimeout(90_000);
  setup = await startStrictCentreKiosk();
  const { host } = setup;
  await setup.platformRead();
  await openKiosk(page, host);

  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await page.getByRole('button', { name: /老人吃饭/ }).click();

  // The platform's question, as its definition says: required, one choice, no skip.
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'diet');
  await expect(page.getByTestId('question-text')).toHaveText('饮食要求');
  await expect(page.getByTestId('question-required')).toContainText('必须回答');
  await expect(page.getByTestId('question-skip')).toHaveCount(0);
  await page.getByRole('button', { name: '软食' }).click();
  // Its optional "which meals" question, in the platform's own words.
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'meals');
  await expect(page.getByTestId('question-text')).toHaveText('送哪几餐');
  await page.getByRole('button', { name: '午餐' }).click();
  await page.getByRole('button', { name: '选好了，下一步' }).click();

  await page.getByTestId('urgency-normal').click();
  await layDemoCard(page, 'han-resident');
  // Meals come to the door: where to, the card's address read in this visit.
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await page.getByRole('button', { name: /身份证上的地址/ }).click();
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await expect(page.getByTestId('confirm-answer-diet')).toContainText('软食');
  await page.getByTestId('confirm-submit').click();

  await expect(page.getByTestId('ask-result')).toBeVisible();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  expect(ticket).toMatch(/^A\d\d-\d{4}-\d{4}$/);

  // Exactly one request for this ticket on the platform, under its own code, with the answer.
  await expect
    .poll(async () => (await setup?.recordsWithTicket(ticket))?.length, { timeout: 20_000 })
    .toBe(1);
  const [record] = await setup.recordsWithTicket(ticket);
  expect(record?.service_code).toBe('MEALS');
  expect(record?.status).toBe('open');
  const id = record?.service_request_id ?? '';
  expect(setup.storedAttributes(id)).toEqual({ diet: 'soft', meals: 'lunch' });

  // The handler closes it on the centre, with a note for the resident.
  const note = '已安排每天中午送软食，首次送餐前工作人员会上门确认。';
  expect(setup.stageWithCli(id, 'done', note)).toContain('done');
  expect((await setup.recordsWithTicket(ticket))[0]).toMatchObject({
    status: 'closed',
    status_notes: note,
  });

  // "Check my request" with the card it was made with (proof enough for the note): the kiosk's
  // next status poll brings the closing in (every 5 s at the most).
  const checkByCard = async () => {
    await page.getByTestId('journey-checkRequest').click();
    await page.getByTestId('check-by-card').click();
    await liftDemoCard(page);
    await layDemoCard(page, 'han-resident');
    await page.getByTestId(`request-${ticket}`).click();
    await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  };
  await page.getByTestId('nav-home').click();
  await expect
    .poll(
      async () => {
        await checkByCard();
        const state = await page.getByTestId('stage-done').getAttribute('data-state');
        if (state !== 'current') await page.getByTestId('nav-home').click();
        return state;
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe('current');
  await expect(page.getByTestId('stage-done')).toContainText('已完成');
  await expect(page.getByTestId('handler-note')).toContainText(note);
});
