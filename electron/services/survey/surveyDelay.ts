// When a survey sheet's outbox entry is first tried. Not at once: the first attempt is the
// moment the upload worker writes its in-flight mark, and every later time of the entry (its
// retries, its sending) follows from it, so an entry tried at once would date the visit to the
// second while it still names the sheet. The first attempt is put off by a random wait, up to a
// maximum (two hours unless KIOSK_SURVEY_DELAY_MAX_MS says otherwise), drawn from the injected
// `random`: a stored time then says only "some time in the two hours before". Surveys are not
// urgent; nobody waits on their delivery.
export const defaultSurveyDelayMaxMs = 2 * 3_600_000;
const mostMs = 86_400_000;

/**
 * KIOSK_SURVEY_DELAY_MAX_MS: 0 (tests that watch the delivery) to 86400000 (a day). A bad value
 * stops start-up with the setting named, like the kiosk's other process settings.
 */
export function surveyDelayMaxFrom(env: Record<string, string | undefined>): number {
  const raw = env.KIOSK_SURVEY_DELAY_MAX_MS?.trim();
  if (raw === undefined || raw === '') return defaultSurveyDelayMaxMs;
  const value = /^[0-9]{1,8}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 0 && value <= mostMs)) {
    throw new Error(
      `KIOSK_SURVEY_DELAY_MAX_MS is "${raw}" (from the environment); allowed: a whole number of milliseconds from 0 to ${mostMs}.`,
    );
  }
  return value;
}

/** The first attempt: now plus a random wait in [0, maxMs). */
export function firstAttemptAt(now: Date, random: () => number, maxMs: number): string {
  const drawn = Math.min(Math.max(random(), 0), 1);
  return new Date(now.getTime() + Math.floor(drawn * maxMs)).toISOString();
}
