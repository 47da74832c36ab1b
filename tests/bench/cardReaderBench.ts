// From the last byte of a card's read reply to what the form is filled with (name, masked
// number, keyed hash, grid): the software part of "place your card". The reader runs its real
// state machine over the simulator's bytes; only its poll intervals are shortened.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../db/migrate.js';
import { demoCommunity } from '../../demo/community/index.js';
import { cardHolderFrom } from '../../electron/services/cards/cardService.js';
import { openCommunityDirectory } from '../../electron/services/community/communityDirectory.js';
import { createMemoryLogger } from '../../electron/services/logger.js';
import { loadOrCreateKeys } from '../../electron/services/security/kioskKeys.js';
import {
  IdCardReader,
  type IdCard,
  ReaderSimulator,
  parseTextBlock,
  type ReaderState,
} from '../../hardware/idCard/index.js';
import { demoCardTextBlock } from '../../hardware/idCard/simulator/demoCards.js';
import type { Link } from '../../hardware/link/link.js';
import { MemoryLink } from '../../hardware/link/memoryLink.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';

const reads = 40;

/** The simulator's link, noting when each chunk arrives. */
function timedTransport(inner: Link, onChunk: () => void): Link {
  return {
    description: 'timed simulator',
    async open() {
      const connection = await inner.open();
      return {
        description: connection.description,
        canRead: connection.canRead,
        get isClosed() {
          return connection.isClosed;
        },
        closed: connection.closed,
        write: (bytes) => connection.write(bytes),
        close: () => connection.close(),
        onData: (listener) =>
          connection.onData((chunk) => {
            onChunk();
            listener(chunk);
          }),
      };
    },
  };
}

function nextState(reader: IdCardReader, wanted: ReaderState['state']): Promise<ReaderState> {
  return new Promise((resolve) => {
    const off = reader.subscribe((state) => {
      if (state.state === wanted || state.state === 'error') {
        off();
        resolve(state);
      }
    });
  });
}

export const cardReaderBench: Benchmark = {
  name: 'card read to filled form',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-card-'));
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const directory = openCommunityDirectory(db, createMemoryLogger(), () => new Date(), {
      demoCommunity,
      provisioned: null,
      communityName: '幸福里社区服务中心',
      hotline: '010-65781234',
    });
    const keys = loadOrCreateKeys(dir);
    const simulator = new ReaderSimulator();
    let lastChunkAt = 0;
    const transport = timedTransport(
      new MemoryLink(simulator),
      () => (lastChunkAt = performance.now()),
    );
    const reader = new IdCardReader(transport, {
      timing: { pollIntervalMs: 10, removalPollMs: 10 },
    });
    reader.start();
    try {
      const toForm: number[] = [];
      for (let i = 0; i < reads; i += 1) {
        const read = nextState(reader, 'read');
        simulator.placeCard('han-resident');
        const state = await read;
        if (state.state !== 'read')
          throw new Error(`the simulated read failed: ${JSON.stringify(state)}`);
        const card: IdCard = state.card;
        cardHolderFrom(card, keys, directory);
        toForm.push(performance.now() - lastChunkAt);
        const waiting = nextState(reader, 'waiting');
        simulator.removeCard();
        await waiting;
      }
      const block = demoCardTextBlock('han-resident');
      const parseOnly: number[] = [];
      for (let i = 0; i < 1000; i += 1) {
        const started = performance.now();
        parseTextBlock(block);
        parseOnly.push(performance.now() - started);
      }
      return [
        latencyRow('last read-reply byte to filled form, p50', toForm, 50, 50, 3),
        latencyRow('last read-reply byte to filled form, p95', toForm, 95, 50, 3),
        latencyRow('parsing the text block alone, p50 (baseline)', parseOnly, 50, null, 4),
      ];
    } finally {
      await reader.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
