// The small parts of the staff tools on their own: the connection test timed on a fake clock
// (reached, refused, not configured), the test read's masking, the export's scrubbing at every
// depth, the log tail's limit and the disk figures from statfs.
import { describe, expect, it } from 'vitest';
import {
  addressWithoutQuery,
  testCentreConnection,
} from '../../../electron/services/staffTools/connectionTest.js';
import { dataDirDisk } from '../../../electron/services/staffTools/dataDirDisk.js';
import {
  removedField,
  removedNumber,
  scrubForExport,
} from '../../../electron/services/staffTools/exportScrub.js';
import { createLogTail } from '../../../electron/services/staffTools/logTail.js';
import { maskTestName, maskTestNumber } from '../../../electron/services/staffTools/testRead.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import type { GatewayFailure } from '../../../electron/services/upload/centreGateway.js';

const refused = (reason: string): GatewayFailure => ({
  kind: 'retryable',
  retryAfterMs: undefined,
  reason,
  status: null,
  errors: [],
});

describe('the connection test', () => {
  it('reaches the services list and says how long it took, on the given clock', async () => {
    let clock = 1000;
    const result = await testCentreConnection({
      gateway: {
        getServices: () => {
          clock += 137;
          return Promise.resolve([
            {
              code: 'a',
              name: 'A',
              description: null,
              group: null,
              keywords: [],
              type: 'realtime',
              metadata: false,
            },
            {
              code: 'b',
              name: 'B',
              description: null,
              group: null,
              keywords: [],
              type: 'realtime',
              metadata: true,
            },
          ]);
        },
      },
      upstreamUrl: 'https://platform.example.org/open311/v2/?jurisdiction_id=xingfuli',
      classify: () => refused('unused'),
      elapsedClock: () => clock,
    });
    expect(result).toEqual({
      outcome: 'reached',
      address: 'https://platform.example.org/open311/v2/',
      services: 2,
      elapsedMs: 137,
      problem: null,
    });
  });

  it('says why it failed in the classifier’s words', async () => {
    let clock = 0;
    const result = await testCentreConnection({
      gateway: {
        getServices: () => {
          clock += 2500;
          return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9'));
        },
      },
      upstreamUrl: 'http://127.0.0.1:9/',
      classify: (error) => refused(`network: ${(error as Error).message}`),
      elapsedClock: () => clock,
    });
    expect(result).toEqual({
      outcome: 'failed',
      address: 'http://127.0.0.1:9/',
      services: null,
      elapsedMs: 2500,
      problem: 'network: connect ECONNREFUSED 127.0.0.1:9',
    });
  });

  it('drops the query from the address shown, and shows nothing for no address', () => {
    expect(addressWithoutQuery('https://x.example/a/?api_key=secret')).toBe('https://x.example/a/');
    expect(addressWithoutQuery('')).toBe('');
  });
});

describe('the test read’s masking', () => {
  it('keeps the first character of a name and of a number, and the number’s last', () => {
    expect(maskTestName('张三明')).toBe('张*');
    expect(maskTestName('𠀀明')).toBe('𠀀*');
    expect(maskTestName('')).toBe('*');
    expect(maskTestNumber('11010519491231002X')).toBe('1****************X');
    expect(maskTestNumber('CAN123456789012')).toBe('C*************2');
    expect(maskTestNumber('12')).toBe('**');
  });
});

describe('the export scrub', () => {
  it('drops personal fields and long numbers at every depth, and keeps the rest', () => {
    const scrubbed = scrubForExport({
      message: 'call 13812345678 or 138-1234-5678 or 138 1234 5678 about 11010519491231002X',
      at: '2026-11-28T01:30:00.000Z',
      name: '张三明',
      nested: [{ phone: '13812345678', count: 12, big: 13812345678 }],
      detail: { lookupCode: 'A03-20261128-0042-7KQ2A1' },
    });
    expect(scrubbed).toEqual({
      message: `call ${removedNumber} or ${removedNumber} or ${removedNumber} about ${removedNumber}`,
      at: '2026-11-28T01:30:00.000Z',
      name: removedField,
      nested: [{ phone: removedField, count: 12, big: removedNumber }],
      detail: { lookupCode: `A03-${removedNumber}-0042-7KQ2A1` },
    });
  });
});

describe('the log tail', () => {
  it('writes every line through and keeps only the newest', () => {
    const inner = createMemoryLogger();
    const tail = createLogTail(inner, () => new Date('2026-11-28T01:30:00Z'), 2);
    tail.logger.info('one', { n: 1 });
    tail.logger.warn('two');
    tail.logger.error('three', { n: 3 });
    expect(inner.lines).toHaveLength(3);
    expect(tail.lines()).toEqual([
      { time: '2026-11-28T01:30:00.000Z', level: 'warn', message: 'two' },
      { time: '2026-11-28T01:30:00.000Z', level: 'error', message: 'three', n: 3 },
    ]);
  });
});

describe('the data dir’s disk', () => {
  it('multiplies blocks by their size, and gives null when statfs fails', async () => {
    const stats = { bavail: 1000n, bsize: 4096n, blocks: 5000n };
    expect(await dataDirDisk('/data', () => Promise.resolve(stats))).toEqual({
      freeBytes: 4_096_000,
      totalBytes: 20_480_000,
    });
    expect(await dataDirDisk('/data', () => Promise.reject(new Error('ENOENT')))).toBeNull();
  });
});
