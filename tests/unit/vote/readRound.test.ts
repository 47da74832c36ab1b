// The centre's round read tolerantly: a broken proposal costs that proposal only, Traditional
// Chinese is made from Simplified where the centre wrote none, a closed round is not offered,
// and the maximum of choices never exceeds the proposals there are to choose.
import { describe, expect, it } from 'vitest';
import { readRound } from '../../../electron/services/vote/readRound.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

const now = new Date('2026-12-01T02:00:00.000Z');
const round = (overrides: Record<string, unknown> = {}) => ({
  round_id: 'mw-2026-q4',
  title: '民生微实事',
  closes_datetime: '2027-03-31T16:00:00Z',
  max_choices: 5,
  proposals: [
    { proposal_id: 'benches', title: '增设长椅', cost_yuan: 18000, picture_path: 'x/a.svg' },
    { proposal_id: 'broken', cost_yuan: 1 },
    { proposal_id: 'lights', title: { 'zh-CN': '路灯', en: 'Lights' }, cost_yuan: 'lots' },
    { proposal_id: 7, title: '花园', description: '口袋花园', cost_yuan: '26000.4' },
  ],
  ...overrides,
});

describe('readRound', () => {
  it('keeps the readable proposals and drops the broken ones with a log line', () => {
    const logger = createMemoryLogger();
    const read = readRound([round()], now, logger);
    expect(read?.round.proposals.map((p) => p.id)).toEqual(['benches', '7']);
    expect(read?.round.proposals[0]?.title['zh-TW']).toBe('增設長椅');
    expect(read?.round.proposals[1]?.costYuan).toBe(26000);
    expect(read?.round.maxChoices).toBe(2);
    expect(read?.picturePaths.get('benches')).toBe('x/a.svg');
    expect(logger.lines.filter((line) => line.includes('proposal could not be read'))).toHaveLength(
      2,
    );
  });

  it('offers no closed round, and nothing when no round can be read', () => {
    const logger = createMemoryLogger();
    expect(readRound([round({ closes_datetime: '2026-11-30T00:00:00Z' })], now, logger)).toBeNull();
    expect(readRound([{ round_id: 'x' }, 'nonsense'], now, logger)).toBeNull();
  });
});
