// Ballots through the outbox: a lost reply is looked up by the ballot's id and never counted
// twice; a ballot cast while the centre is away is queued ("counted when the centre confirms")
// and counted once it returns; a queued ballot the centre refuses as a duplicate (the resident
// voted at another kiosk meanwhile) is a dead letter with the centre's already_voted, for staff,
// and its receipt had said "counted when the centre confirms".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voterToken } from '../../../electron/services/vote/voterToken.js';
import { voterBase } from '../../../electron/services/vote/voterToken.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { settings } from '../upload/workerHarness.js';
import { FakeVoteCentre, type VoteKiosk, voteKiosk, voterKey } from './voteHarness.js';

const idNumber = '11010519491231002X';
let kiosk: TestKiosk;
let voting: VoteKiosk | undefined;
beforeEach(async () => {
  kiosk = await startTestKiosk({ now: new Date('2026-12-01T02:00:00.000Z') });
});
afterEach(async () => {
  await voting?.worker.stop();
  voting = undefined;
  await kiosk.stop();
});

const draft = (cardToken: string) => ({
  roundId: 'mw-2026-q4',
  cardToken,
  choices: ['benches'],
  language: 'zh-CN' as const,
});
const later = () => {
  kiosk.clock.now = new Date(kiosk.clock.now.getTime() + settings.backoff.capMs);
};
const entry = () =>
  kiosk.runtime.db.prepare("SELECT state FROM outbox WHERE kind = 'ballot'").get() as {
    state: string;
  };

describe('ballots through the outbox', () => {
  it('count once when the reply is lost: the retry looks the ballot up and sends nothing', async () => {
    const centre = new FakeVoteCentre();
    voting = voteKiosk(kiosk, centre);
    await voting.vote.getVoteRound();
    centre.loseNextReply = true;
    const cast = await voting.vote.castBallot(draft(voting.readCard(idNumber)));
    expect(cast).toMatchObject({ kind: 'cast', state: 'queued' });
    later();
    expect(await voting.worker.drainQueue()).toBe(1);
    expect(centre.posts).toHaveLength(1);
    expect(centre.lookups).toHaveLength(1);
    expect(centre.ballots).toHaveLength(1);
    expect(entry().state).toBe('sent');
  });

  it('queue while the centre is away and count when it returns', async () => {
    const centre = new FakeVoteCentre();
    voting = voteKiosk(kiosk, centre);
    await voting.vote.getVoteRound();
    centre.away = true;
    const offline = await voting.vote.getVoteRound();
    expect(offline).toMatchObject({ kind: 'open', live: false });
    const cast = await voting.vote.castBallot(draft(voting.readCard(idNumber)));
    expect(cast).toMatchObject({ kind: 'cast', state: 'queued' });
    expect(JSON.stringify(voting.printed[0])).toContain('中心确认后计入');
    centre.away = false;
    later();
    expect(await voting.worker.drainQueue()).toBe(1);
    expect(centre.ballots).toHaveLength(1);
  });

  it('record a queued ballot the centre refuses as already voted as a dead letter for staff', async () => {
    const centre = new FakeVoteCentre();
    voting = voteKiosk(kiosk, centre);
    await voting.vote.getVoteRound();
    centre.away = true;
    await voting.vote.castBallot(draft(voting.readCard(idNumber)));
    // Meanwhile the resident voted at another kiosk of the centre (same key, same token).
    const token = voterToken(voterKey, 'mw-2026-q4', voterBase(voterKey, idNumber));
    centre.ballots.push({
      roundId: 'mw-2026-q4',
      ballotId: '99999999-9999-4999-8999-999999999999',
      voter: token,
      choices: ['lights'],
      castOn: '2026-12-01',
    });
    centre.away = false;
    later();
    await voting.worker.drainQueue();
    expect(entry().state).toBe('dead');
    const dead = kiosk.runtime.db.prepare('SELECT errors_json FROM outbox_dead_letters').get() as {
      errors_json: string;
    };
    expect(dead.errors_json).toContain('already_voted');
    expect(centre.ballots).toHaveLength(1);
    expect(voting.worker.state().deadLetters).toBe(1);
  });
});
