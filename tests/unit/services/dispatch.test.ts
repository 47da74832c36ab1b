import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type KioskServices, KioskError, kioskCallNames } from '../../../contract/index.js';
import { parseAndMark } from '../../../electron/services/checkedOutput.js';
import { createDispatcher } from '../../../electron/services/dispatch.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { createVisitSettingsStore } from '../../../electron/services/visitSettings.js';

function services(overrides: Partial<KioskServices> = {}): KioskServices {
  const visit = createVisitSettingsStore('zh-CN');
  const notUsedHere = () => {
    throw new Error('not used here');
  };
  return {
    ...(Object.fromEntries(
      kioskCallNames.map((name) => [name, notUsedHere]),
    ) as unknown as KioskServices),
    getSettings: () => visit.current(),
    updateSettings: (change) => visit.change(change),
    endVisit: () => visit.reset(),
    ...overrides,
  };
}

describe('the call dispatcher', () => {
  it('validates input against the contract before a service sees it', async () => {
    const dispatch = createDispatcher(services(), createMemoryLogger());
    expect(await dispatch('updateSettings', { textSize: 'huge' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: ['textSize'] },
    });
    expect(await dispatch('updateSettings', { textSize: 'large', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('updateSettings', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('getSettings', {})).toEqual({
      ok: true,
      value: { language: 'zh-CN', textSize: 'standard' },
    });
  });

  it('answers an unknown call, including inherited names, with unknown-call', async () => {
    const dispatch = createDispatcher(services(), createMemoryLogger());
    for (const name of ['deleteEverything', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown-call' },
      });
    }
  });

  it('turns a KioskError into its code and hides other failures behind internal', async () => {
    const logger = createMemoryLogger();
    const dispatch = createDispatcher(
      services({
        getSettings: () => {
          throw new KioskError('unavailable', 'The printer is busy.', ['printer']);
        },
        endVisit: () => {
          throw new Error('secret detail from deep inside');
        },
      }),
      logger,
    );
    expect(await dispatch('getSettings', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The printer is busy.', path: ['printer'] },
    });
    const failed = await dispatch('endVisit', {});
    expect(failed).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The kiosk made a mistake.' },
    });
    expect(logger.lines.join('\n')).toContain('secret detail from deep inside');
  });

  it('refuses to hand back an output that breaks the contract', async () => {
    const dispatch = createDispatcher(
      services({ getSettings: () => ({ language: 'xx', textSize: 'standard' }) as never }),
      createMemoryLogger(),
    );
    expect(await dispatch('getSettings', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('checks a reply once: one the service checked against the same schema is not checked again', async () => {
    let checks = 0;
    const Reply = z.object({ n: z.number() }).refine(() => {
      checks += 1;
      return true;
    });
    const Other = z.object({ n: z.number() });
    const calls = {
      markedBySame: { input: z.object({}), output: Reply },
      markedByOther: { input: z.object({}), output: Reply },
      unmarked: { input: z.object({}), output: Reply },
    };
    const dispatch = createDispatcher(
      {
        markedBySame: () => parseAndMark(Reply, { n: 1 }),
        markedByOther: () => parseAndMark(Other, { n: 2 }),
        unmarked: () => ({ n: 3 }),
      },
      createMemoryLogger(),
      calls,
    );
    expect(await dispatch('markedBySame', {})).toEqual({ ok: true, value: { n: 1 } });
    expect(checks).toBe(1);
    expect(await dispatch('markedByOther', {})).toEqual({ ok: true, value: { n: 2 } });
    expect(checks).toBe(2);
    expect(await dispatch('unmarked', {})).toEqual({ ok: true, value: { n: 3 } });
    expect(checks).toBe(3);
  });

  it('still refuses a reply marked as checked against another schema when it breaks the contract', async () => {
    const Loose = z.object({ language: z.string(), textSize: z.string() });
    const dispatch = createDispatcher(
      services({
        getSettings: () => parseAndMark(Loose, { language: 'xx', textSize: 'standard' }) as never,
      }),
      createMemoryLogger(),
    );
    expect(await dispatch('getSettings', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('visit settings', () => {
  it('change for this visit only and go back to the kiosk defaults when the visit ends', () => {
    const visit = createVisitSettingsStore('zh-TW');
    expect(visit.change({ language: 'en', textSize: 'extra-large' })).toEqual({
      language: 'en',
      textSize: 'extra-large',
    });
    expect(visit.reset()).toEqual({ language: 'zh-TW', textSize: 'standard' });
    expect(visit.current()).toEqual({ language: 'zh-TW', textSize: 'standard' });
  });
});
