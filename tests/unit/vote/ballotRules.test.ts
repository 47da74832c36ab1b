// The kiosk's ballot rules: one to the round's maximum of choices, each of the round, none twice;
// a closed round refused; one ballot per resident per round refused at once on this kiosk (and a
// resident's ballot in another round still taken); an ID number never stored, the round's closing
// time kept with the ballot for retention.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { FakeVoteCentre, closesAt, voteKiosk } from './voteHarness.js';

const idNumber = '11010519491231002X';
let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk({ now: new Date('2026-12-01T02:00:00.000Z') });
});
afterEach(async () => {
  await kiosk.stop();
});

const draft = (cardToken: string, choices: string[]) => ({
  roundId: 'mw-2026-q4',
  cardToken,
  choices,
  language: 'zh-CN' as const,
});

async function ready() {
  const centre = new FakeVoteCentre();
  const kioskVote = voteKiosk(kiosk, centre);
  const offer = await kioskVote.vote.getVoteRound();
  expect(offer.kind).toBe('open');
  return { centre, ...kioskVote };
}

describe('ballot rules on the kiosk', () => {
  it('takes one to the maximum of the round’s proposals and refuses none, too many, a stranger', async () => {
    const { vote, readCard } = await ready();
    const card = readCard(idNumber);
    for (const choices of [[], ['benches', 'lights', 'garden'], ['benches', 'benches'], ['pool']]) {
      await expect(vote.castBallot(draft(card, choices))).rejects.toMatchObject({
        code: 'invalid-input',
        message: 'ballot-choices',
      });
    }
    const cast = await vote.castBallot(draft(card, ['lights', 'benches']));
    expect(cast).toMatchObject({ kind: 'cast', state: 'counted' });
  });

  it('refuses the same resident’s second ballot in the round at once, without the centre', async () => {
    const { centre, vote, readCard, printed } = await ready();
    expect((await vote.castBallot(draft(readCard(idNumber), ['garden']))).kind).toBe('cast');
    centre.away = true;
    const again = await vote.castBallot(draft(readCard(idNumber), ['lights']));
    expect(again).toEqual({ kind: 'already-voted' });
    expect(centre.ballots).toHaveLength(1);
    expect(printed).toHaveLength(1);
    const other = await vote.castBallot(draft(readCard('110105194912310038'), ['lights']));
    expect(other).toMatchObject({ kind: 'cast', state: 'queued' });
  });

  it('refuses a ballot once the round has closed', async () => {
    const { vote, readCard } = await ready();
    const card = readCard(idNumber);
    kiosk.clock.now = new Date(closesAt);
    expect(await vote.castBallot(draft(card, ['garden']))).toEqual({ kind: 'round-closed' });
  });

  it('stores the voter token, never the ID number, and forgets the choices once counted', async () => {
    const { vote, readCard } = await ready();
    await vote.castBallot(draft(readCard(idNumber), ['garden']));
    const rows = kiosk.runtime.db.prepare('SELECT * FROM vote_ballots').all();
    expect(JSON.stringify(rows)).not.toContain(idNumber);
    expect(JSON.stringify(rows)).not.toContain('1949');
    expect(rows).toEqual([
      expect.objectContaining({ choices_json: null, cast_on: '2026-12-01', closes_at: closesAt }),
    ]);
  });
});
