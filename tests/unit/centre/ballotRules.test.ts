// The centre's ballot rules: one to the round's maximum of choices, each a proposal of the round,
// none twice, and nothing counted once the round has closed.
import { describe, expect, it } from 'vitest';
import { ballotProblems } from '../../../centre/server/votes/ballotRules.js';
import { currentRound } from '../../../centre/server/votes/currentRound.js';

const open = new Date('2026-12-01T08:00:00Z');
const codes = (choices: string[], now = open) =>
  ballotProblems(currentRound, choices, now).map((problem) => problem.code);

describe('ballotProblems', () => {
  it('takes one to three proposals of the round', () => {
    expect(codes(['benches'])).toEqual([]);
    expect(codes(['benches', 'lights', 'garden'])).toEqual([]);
  });

  it('refuses none, too many, a repeat, and a proposal of no round', () => {
    expect(codes([])).toEqual(['ballot_invalid']);
    expect(codes(['benches', 'lights', 'garden', 'canteen'])).toEqual(['ballot_invalid']);
    expect(codes(['benches', 'benches'])).toEqual(['ballot_invalid']);
    expect(codes(['benches', 'swimming-pool'])).toEqual(['ballot_invalid']);
  });

  it('refuses any ballot once the round has closed', () => {
    const closed = new Date(Date.parse(currentRound.closes_datetime));
    expect(codes(['benches'], closed)).toEqual(['round_closed']);
  });
});
