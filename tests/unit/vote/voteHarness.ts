// A kiosk's vote service beside a fake centre that keeps ballots the way the reference centre
// does (one per voter token per round, a typed already_voted refusal) and can lose a reply or be
// away; the real upload worker delivers the ballots, and its drain is the service's sendNow.
import { randomUUID } from 'node:crypto';
import type { CardHolderRecord } from '../../../electron/services/visit/cardSession.js';
import { createCardSession } from '../../../electron/services/visit/cardSession.js';
import type {
  GatewayFailure,
  LookupResult,
  OutgoingBallot,
  VoteGateway,
} from '../../../electron/services/upload/centreGateway.js';
import { defaultSenderRegistry } from '../../../electron/services/upload/senders/index.js';
import {
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import {
  type VoteService,
  createVoteService,
} from '../../../electron/services/vote/voteService.js';
import { voterBase } from '../../../electron/services/vote/voterToken.js';
import type { ReceiptDocument } from '../../../hardware/printer/index.js';
import { FakeCentre, classifyFakeFailure, serverError } from '../../support/fakeCentre.js';
import type { TestKiosk } from '../../support/testRuntime.js';
import { catalogueResolver, sampleCatalogue } from '../upload/catalogueResolver.js';
import { kioskLocation, settings } from '../upload/workerHarness.js';

export const voterKey = Buffer.from('test-voter-key-shared-by-the-centres-kiosks', 'utf8');
export const closesAt = '2027-03-31T16:00:00.000Z';

export const wireRound = {
  round_id: 'mw-2026-q4',
  title: { 'zh-CN': '民生微实事', en: 'Micro-projects' },
  closes_datetime: closesAt,
  max_choices: 2,
  proposals: [
    { proposal_id: 'benches', title: '长椅', description: '十张长椅', cost_yuan: 18000 },
    { proposal_id: 'lights', title: '路灯', description: '换路灯', cost_yuan: 45000 },
    { proposal_id: 'garden', title: '花园', cost_yuan: '26000' },
  ],
};

const refusal = (code: string): GatewayFailure => ({
  kind: 'permanent',
  retryAfterMs: undefined,
  reason: `${code} (HTTP 409)`,
  status: 409,
  errors: [{ code, description: 'refused' }],
});

/** The centre's vote extension: one ballot per voter token per round, whichever kiosk sends it. */
export class FakeVoteCentre implements VoteGateway {
  readonly ballots: (OutgoingBallot & { roundId: string })[] = [];
  readonly posts: string[] = [];
  readonly lookups: string[] = [];
  loseNextReply = false;
  away = false;

  getRounds() {
    if (this.away) return Promise.reject(serverError());
    return Promise.resolve({ kind: 'listed' as const, rounds: [wireRound] });
  }
  getPicture() {
    return Promise.resolve(null);
  }
  postBallot(roundId: string, ballot: OutgoingBallot, key: string) {
    if (this.away) return Promise.reject(serverError());
    this.posts.push(key);
    if (this.ballots.some((b) => b.roundId === roundId && b.voter === ballot.voter)) {
      return Promise.reject(refusal('already_voted'));
    }
    this.ballots.push({ ...ballot, roundId });
    if (this.loseNextReply) {
      this.loseNextReply = false;
      return Promise.reject(serverError());
    }
    return Promise.resolve({ kind: 'accepted' as const });
  }
  findBallot(_roundId: string, ballotId: string): Promise<LookupResult> {
    if (this.away) return Promise.reject(serverError());
    this.lookups.push(ballotId);
    const hit = this.ballots.some((ballot) => ballot.ballotId === ballotId);
    return Promise.resolve(hit ? { kind: 'found', id: ballotId } : { kind: 'absent' });
  }
  getResults() {
    return Promise.resolve(null);
  }
}

export interface VoteKiosk {
  vote: VoteService;
  worker: UploadWorker;
  printed: ReceiptDocument[];
  /** A card read in this visit, as the card service keeps it; returns the page's token. */
  readCard(idNumber: string): string;
}

export function voteKiosk(kiosk: TestKiosk, centre: FakeVoteCentre): VoteKiosk {
  const gateway = Object.assign(new FakeCentre(() => kiosk.clock.now), { votes: centre });
  const worker = createUploadWorker({
    db: kiosk.runtime.db,
    gateway,
    classify: classifyFakeFailure,
    keys: kiosk.runtime.keys,
    directory: kiosk.runtime.directory,
    resolveService: catalogueResolver(sampleCatalogue()),
    kioskLocation: () => kioskLocation,
    settings,
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    random: () => 0.5,
    senders: defaultSenderRegistry,
  });
  const cards = createCardSession();
  const printed: ReceiptDocument[] = [];
  const outcome = { jobId: 'job', state: 'printing' as const, problem: null, warnings: [] };
  const vote = createVoteService({
    db: kiosk.runtime.db,
    gateway: centre,
    voterKey,
    cards,
    printing: {
      submit: (job) => {
        printed.push(job.document);
        return outcome;
      },
      notPrinted: () => ({ ...outcome, state: 'failed' }),
    },
    centreNames: { 'zh-CN': '幸福里社区', 'zh-TW': '幸福里社區', en: 'Xingfuli' },
    hotline: '010-65781234',
    timeZone: 'Asia/Shanghai',
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    randomUuid: randomUUID,
    sendNow: () => worker.drainQueue(),
    // The drain always ends (a refusal, a failure, a success): the wait is never the winner here.
    wait: () => new Promise<void>(() => undefined),
    sendWaitMs: 4_000,
  });
  const readCard = (idNumber: string) => {
    const holder: CardHolderRecord = {
      name: '韩梅',
      maskedIdNumber: '1101**********002X',
      idHash: 'unused-here',
      gridId: null,
      address: null,
      kind: 'resident',
      voterBase: voterBase(voterKey, idNumber),
    };
    return cards.remember(holder);
  };
  return { vote, worker, printed, readCard };
}
