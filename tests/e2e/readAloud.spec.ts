// Read-aloud on every resident screen, with the Web Speech API replaced at the page boundary
// (support/fakeSpeech.ts): each screen speaks its title, instruction and choices in the language
// shown, numbers digit by digit; a second tap stops; the volume returns to the default after the
// visit; a tapped choice is spoken and chosen in one tap. The needs survey's screens, beside a
// reference centre, say their question and every choice shown. Without voices the kiosk's espeak-ng
// answers and the page plays the audio for real; with neither, the control says so in words.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startCentreProcess } from '../support/centreProcess.js';
import { startHostProcess } from '../support/startHostProcess.js';
import { expect, test } from './support/kioskFixture.js';
import { chooseKioskPlace } from './support/askPlace.js';
import { forgetSpeech, installFakeSpeech, speechRecord } from './support/fakeSpeech.js';
import { openKiosk, ticketDigits, typeOnPad } from './support/kioskPage.js';
import { advanceRequest } from './support/statusCache.js';

type Language = 'zh-CN' | 'zh-TW' | 'en';
const voiceFor: Record<Language, string> = {
  'zh-CN': 'Test Mandarin',
  'zh-TW': 'Test Taiwan Mandarin',
  en: 'Test English',
};
const chinese = /[\u3400-\u9fff]/;

/** Taps read aloud, waits for the speech to end, and checks it is this screen's, in language. */
async function readsScreen(page: Page, language: Language, screen: string): Promise<string> {
  await forgetSpeech(page);
  const control = page.getByTestId('read-aloud');
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  expect(box && Math.min(box.width, box.height), `${screen}: control size`).toBeGreaterThanOrEqual(
    60,
  );
  await control.click();
  await expect(page.locator('[data-speech-controls]')).toHaveAttribute(
    'data-speech-status',
    'idle',
  );
  const { spoken } = await speechRecord(page);
  expect(spoken.length, `${screen}: something was said`).toBeGreaterThan(0);
  for (const utterance of spoken) {
    expect(utterance.voice, screen).toBe(voiceFor[language]);
  }
  const said = spoken.map((utterance) => utterance.text).join(' ');
  const heading = page.locator('[role="alertdialog"] h2, main h1').first();
  const title = (await heading.innerText()).replace(/\s+/g, ' ').trim();
  if (!/\d/.test(title)) expect(said, `${screen}: says its title`).toContain(title);
  if (language === 'en') expect(said, `${screen}: in English`).not.toMatch(chinese);
  else expect(said, `${screen}: in Chinese`).toMatch(chinese);
  return said;
}

const pickLanguage = async (page: Page, language: Language) => {
  await page.getByTestId(`language-${language}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
};

for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`every resident screen reads itself aloud in ${language}`, async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    await installFakeSpeech(page, { voices: 'all', ending: 'instant' });
    await openKiosk(page, kiosk, '?idleMs=600000');
    await pickLanguage(page, language);
    await readsScreen(page, language, 'home');

    await page.getByTestId('journey-askForHelp').click();
    await expect(page.getByTestId('category-basic-living')).toBeVisible();
    const category = await readsScreen(page, language, 'ask-category');
    const categoryTitle = await page.getByTestId('category-basic-living').innerText();
    expect(category).toContain(categoryTitle.split('\n')[0]?.trim() ?? '');
    await page.getByTestId('category-basic-living').click();
    await expect(page.getByTestId('need-other')).toBeVisible();
    await readsScreen(page, language, 'ask-need');
    await page.getByTestId('need-other').click();
    await readsScreen(page, language, 'ask-describe');
    await page.getByTestId('phrase-brokenAtHome').click();
    await page.getByTestId('describe-next').click();
    await readsScreen(page, language, 'ask-urgency');
    await page.getByTestId('urgency-normal').click();
    await readsScreen(page, language, 'ask-who');
    await page.getByTestId('card-fallback').click();
    await typeOnPad(page, '13800138000');
    const phone = await readsScreen(page, language, 'ask-phone');
    // What was typed, digit by digit, never "thirteen billion…".
    expect(phone).toContain(
      language === 'en' ? 'one three eight, zero zero one three' : '一 三 八，零 零 一 三',
    );
    await page.getByTestId('phone-next').click();
    await readsScreen(page, language, 'ask-name');
    await page.getByTestId('surname-zhao').click();
    await readsScreen(page, language, 'ask-name-honorific');
    await page.getByTestId('honorific-mr').click();
    await expect(page.getByTestId('ask-location')).toBeVisible();
    await readsScreen(page, language, 'ask-location');
    await chooseKioskPlace(page);
    await readsScreen(page, language, 'ask-confirm');
    await page.getByTestId('confirm-submit').click();
    await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
    const ticket = (await page.getByTestId('ticket-number').innerText()).trim();
    const result = await readsScreen(page, language, 'ask-result');
    expect(result).not.toContain(ticket);
    expect(result).toContain(language === 'en' ? 'A zero one, ' : 'A 零 一，');
    await page.getByTestId('done').click();
    // Done forgot the visit, its language with it: the next resident chooses again.
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await pickLanguage(page, language);
    advanceRequest(kiosk, ticket, 'done', null);

    await page.getByTestId('journey-checkRequest').click();
    await readsScreen(page, language, 'check-menu');
    await page.getByTestId('check-by-digits').click();
    await typeOnPad(page, ticketDigits(ticket));
    const typed = await readsScreen(page, language, 'check-ticket');
    const digitWords =
      language === 'en'
        ? ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
        : [...'零一二三四五六七八九'];
    const spelled = [...ticketDigits(ticket)].map((digit) => digitWords[Number(digit)]);
    expect(typed.replace(/[,，]/g, ' ').replace(/\s+/g, ' ')).toContain(spelled.join(' '));
    await page.getByTestId('ticket-find').click();
    await expect(page.getByTestId('status-stage-only')).toBeVisible();
    await readsScreen(page, language, 'check-status-stage-only');
    await page.getByTestId('unlock-open').click();
    await readsScreen(page, language, 'check-unlock');
    await typeOnPad(page, '8000');
    await page.getByTestId('phone-digits-open').click();
    await expect(page.getByTestId('print-slip')).toBeVisible();
    await readsScreen(page, language, 'check-status');
    await page.getByTestId('rate-open').click();
    await page.getByTestId('star-5').click();
    await readsScreen(page, language, 'rate');
    await page.getByTestId('rate-submit').click();
    await expect(page.getByTestId('rated')).toBeVisible();
    await readsScreen(page, language, 'rated');
    await page.getByTestId('done').click();
    await pickLanguage(page, language);
    await page.getByTestId('journey-contactCentre').click();
    await expect(page.getByTestId('contact-centre-facts')).toBeVisible();
    await readsScreen(page, language, 'contact-centre');
    await page.getByTestId('nav-home').click();
    // No centre here, so no survey: the tile says so, and that is read too.
    await page.getByTestId('journey-communityVoice').click();
    await expect(page.getByTestId('survey-none')).toBeVisible();
    await readsScreen(page, language, 'voice-choice-none');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('journey-checkRequest').click();
    await page.getByTestId('check-by-card').click();
    await readsScreen(page, language, 'check-card');
    await page.getByTestId('nav-home').click();

    await page.getByTestId('journey-emergency').click();
    await expect(page.getByTestId('emergency-status')).toHaveAttribute(
      'data-status',
      /queued|forwarded/,
    );
    await readsScreen(page, language, 'emergency');
  });
}

/** Reads the question screen aloud: its question, and each choice it shows (`shows` at least). */
async function readsQuestion(
  page: Page,
  language: Language,
  screen: string,
  shows: number,
): Promise<void> {
  const said = await readsScreen(page, language, screen);
  const question = (await page.getByTestId('survey-question-text').innerText()).trim();
  expect(said, `${screen}: says the question`).toContain(question);
  const choices = page.locator('[data-testid^="survey-choice-"], [data-testid^="survey-scale-"]');
  const shown: string[] = [];
  for (const choice of await choices.all()) {
    if (!(await choice.isVisible())) continue;
    const title = (await choice.locator('.big-choice__title').innerText()).trim();
    if (!/^\d$/.test(title)) shown.push(title);
    else shown.push((await choice.locator('.big-choice__hint').innerText()).trim());
  }
  expect(shown.length, `${screen}: choices shown`).toBeGreaterThanOrEqual(shows);
  for (const label of shown) expect(said, `${screen}: says "${label}"`).toContain(label);
}

test('the needs survey reads its question and choices aloud in each language', async ({ page }) => {
  test.setTimeout(120_000);
  // One centre and one kiosk for the three languages: each walk is a new visit.
  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-survey-speech-'));
  const centre = await startCentreProcess(join(root, 'centre'));
  const host = await startHostProcess({
    KIOSK_DATA_DIR: join(root, 'kiosk'),
    KIOSK_UPSTREAM_URL: centre.url,
    KIOSK_UPSTREAM_API_KEY: centre.apiKey,
    KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
  });
  try {
    await installFakeSpeech(page, { voices: 'all', ending: 'instant' });
    await openKiosk(page, host, '?idleMs=600000');
    for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
      await pickLanguage(page, language);
      await page.getByTestId('journey-communityVoice').click();
      await expect(page.getByTestId('survey-start')).toBeVisible();
      await readsScreen(page, language, 'voice-choice');
      await page.getByTestId('survey-start').click();
      await expect(page.getByTestId('survey-question')).toHaveAttribute(
        'data-question',
        'most-needed',
      );
      await readsQuestion(page, language, 'survey-single', 2);
      await page.getByTestId('survey-choice-health').click();
      await expect(page.getByTestId('survey-done')).toBeVisible();
      await readsQuestion(page, language, 'survey-multiple', 2);
      await page.getByTestId('survey-choice-exercise').click();
      await page.getByTestId('survey-done').click();
      await expect(page.getByTestId('survey-scale-3')).toBeVisible();
      await readsQuestion(page, language, 'survey-scale', 5);
      await page.getByTestId('survey-scale-3').click();
      await expect(page.getByTestId('survey-text')).toBeVisible();
      await readsQuestion(page, language, 'survey-text', 0);
      await page.getByTestId('survey-skip').click();
      await expect(page.getByTestId('survey-review')).toBeVisible();
      await readsScreen(page, language, 'survey-review');
      await page.getByTestId('survey-submit').click();
      await expect(page.getByTestId('survey-thanks')).toBeVisible();
      await readsScreen(page, language, 'survey-thanks');
      await page.getByTestId('survey-finish').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    }
  } finally {
    await host.stop();
    await centre.stop();
  }
});

test('a second tap stops the voice, and nothing more is said', async ({ page, kiosk }) => {
  await installFakeSpeech(page, { voices: 'all', ending: 'hold' });
  await openKiosk(page, kiosk);
  const control = page.getByTestId('read-aloud');
  await control.click();
  await expect(control).toHaveAttribute('aria-pressed', 'true');
  await expect(control).toContainText('停止朗读');
  const before = await speechRecord(page);
  expect(before.spoken).toHaveLength(1);
  await control.click();
  await expect(control).toHaveAttribute('aria-pressed', 'false');
  await expect(control).toContainText('读给我听');
  const after = await speechRecord(page);
  expect(after.cancels).toBeGreaterThan(before.cancels);
  expect(after.spoken).toHaveLength(1);
  // And again: read aloud repeats from the start.
  await control.click();
  await expect(control).toHaveAttribute('aria-pressed', 'true');
  const again = await speechRecord(page);
  expect(again.spoken[1]?.text).toBe(before.spoken[0]?.text);
});

test('speak what I tap: one tap says the choice and chooses it', async ({ page, kiosk }) => {
  await installFakeSpeech(page, { voices: 'all', ending: 'instant' });
  await openKiosk(page, kiosk, '?idleMs=600000');
  await page.getByTestId('speak-on-tap').click();
  await expect(page.getByTestId('speak-on-tap')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('ask-category')).toBeVisible();
  await forgetSpeech(page);
  const choice = page.getByTestId('category-basic-living');
  const words = (await choice.innerText()).split('\n')[0]?.trim() ?? '';
  await choice.click();
  // The one tap moved on and was said.
  await expect(page.getByTestId('need-other')).toBeVisible();
  await expect.poll(async () => (await speechRecord(page)).spoken.length).toBe(1);
  expect((await speechRecord(page)).spoken[0]?.text).toContain(words);
  // Digits typed on the pad are said as digits.
  await page.getByTestId('need-other').click();
  await page.getByTestId('phrase-brokenAtHome').click();
  await page.getByTestId('describe-next').click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await forgetSpeech(page);
  await page.getByTestId('digit-7').click();
  await expect
    .poll(async () => (await speechRecord(page)).spoken.map((u) => u.text))
    .toEqual(['7']);
});

test('volume goes up and down while it reads, and back to the default after the visit', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(60_000);
  await installFakeSpeech(page, { voices: 'all', ending: 'hold' });
  await openKiosk(page, kiosk, '?idleMs=2000&warnMs=2000');
  await page.getByTestId('journey-askForHelp').click();
  const control = page.getByTestId('read-aloud');
  await control.click();
  const level = page.getByTestId('volume-level');
  await expect(level).toHaveAttribute('data-level', '4');
  expect((await speechRecord(page)).spoken[0]?.volume).toBe(0.8);
  await page.getByTestId('volume-up').click();
  await expect(level).toHaveAttribute('data-level', '5');
  await expect(page.getByTestId('volume-up')).toBeDisabled();
  // Stop, and read again at the new volume.
  await control.click();
  await expect(page.getByTestId('speech-panel')).toHaveCount(0);
  await control.click();
  await expect.poll(async () => (await speechRecord(page)).spoken[1]?.volume).toBe(1);
  await page.getByTestId('volume-down').click();
  await page.getByTestId('volume-down').click();
  await expect(level).toHaveAttribute('data-level', '3');
  await control.click();
  await page.getByTestId('speak-on-tap').click();
  await forgetSpeech(page);

  // The visit ends by inactivity: the warning is said once as it appears, at the visit's volume.
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
  await expect
    .poll(async () => (await speechRecord(page)).spoken.map((u) => u.text))
    .toEqual([expect.stringMatching(/还有 \d 秒就回到首页.*我还要用/)]);
  expect((await speechRecord(page)).spoken[0]?.volume).toBe(0.6);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();

  // The next resident starts from the defaults.
  await expect(page.getByTestId('speak-on-tap')).toHaveAttribute('aria-pressed', 'false');
  await forgetSpeech(page);
  await control.click();
  await expect(page.getByTestId('volume-level')).toHaveAttribute('data-level', '4');
  await expect.poll(async () => (await speechRecord(page)).spoken[0]?.volume).toBe(0.8);
});

const espeakInstalled = spawnSync('espeak-ng', ['--version']).status === 0;

test('without voices, espeak-ng speaks and the page plays its audio', async ({ page, kiosk }) => {
  test.skip(!espeakInstalled, 'espeak-ng is not installed (scripts/install-debian-deps.sh test)');
  await installFakeSpeech(page, { voices: 'none', ending: 'instant' });
  await openKiosk(page, kiosk, '?idleMs=600000');
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('category-basic-living')).toBeVisible();
  const answered = page.waitForResponse((response) =>
    response.url().endsWith('/api/synthesizeSpeech'),
  );
  await page.getByTestId('read-aloud').click();
  const reply = (await (await answered).json()) as { ok: boolean; value: { voice: string } };
  expect(reply).toMatchObject({ ok: true, value: { outcome: 'audio', voice: 'cmn-latn-pinyin' } });
  await expect(page.locator('[data-speech-controls]')).toHaveAttribute(
    'data-speech-engine',
    'espeak-ng',
  );
  // The first sentence played to its end in the <audio> element, at the default volume.
  await expect
    .poll(async () => (await speechRecord(page)).audio.map((event) => event.type), {
      timeout: 15_000,
    })
    .toEqual(expect.arrayContaining(['playing', 'ended']));
  const played = (await speechRecord(page)).audio.find((event) => event.type === 'ended');
  expect(played?.duration).toBeGreaterThan(0.3);
  expect(played?.volume).toBeCloseTo(0.8);
  expect((await speechRecord(page)).spoken).toEqual([]);
  // Stop silences the audio too.
  await page.getByTestId('read-aloud').click();
  await expect(page.locator('[data-speech-controls]')).toHaveAttribute(
    'data-speech-status',
    'idle',
  );
});

test('with no voice and no engine, the control says it cannot read aloud', async ({
  page,
  kiosk,
}) => {
  await installFakeSpeech(page, { voices: 'none', ending: 'instant' });
  await page.route('**/api/synthesizeSpeech', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'unavailable', message: 'speech-unavailable' },
      }),
    }),
  );
  await openKiosk(page, kiosk);
  await page.getByTestId('language-en').click();
  await page.getByTestId('read-aloud').click();
  await expect(page.getByTestId('read-aloud-unable')).toHaveText(
    'This kiosk cannot read aloud right now. Please ask a member of staff.',
  );
  await expect(page.getByTestId('read-aloud')).toHaveAttribute('aria-pressed', 'false');
});
