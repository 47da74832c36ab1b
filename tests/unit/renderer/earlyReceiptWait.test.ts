// The receipt wait started with the submit's reply: one call per job, handed over once, never
// for a receipt that is no longer printing, and only the newest few kept.
import { describe, expect, it } from 'vitest';
import type { ReceiptOutcome } from '../../../contract/index.js';
import type { KioskClient } from '../../../renderer/src/api/kioskClient.js';
import {
  startReceiptWait,
  takeReceiptWait,
} from '../../../renderer/src/printing/earlyReceiptWait.js';

function recordingClient() {
  const calls: { name: string; input: unknown }[] = [];
  const client = {
    call: (name: string, input: unknown) => {
      calls.push({ name, input });
      const jobId = (input as { jobId: string }).jobId;
      return Promise.resolve({ jobId, state: 'printed', problem: null, warnings: [] });
    },
  } as unknown as KioskClient;
  return { client, calls };
}

const printing = (jobId: string): ReceiptOutcome => ({
  jobId,
  state: 'printing',
  problem: null,
  warnings: [],
});

describe('the early receipt wait', () => {
  it('asks once per job and hands the wait over once', async () => {
    const { client, calls } = recordingClient();
    startReceiptWait(client, printing('job-a'), 15_000);
    startReceiptWait(client, printing('job-a'), 15_000);
    expect(calls).toEqual([
      {
        name: 'waitReceiptOutcome',
        input: { jobId: 'job-a', seenState: 'printing', waitMs: 15_000 },
      },
    ]);
    expect(await takeReceiptWait('job-a')).toMatchObject({ jobId: 'job-a', state: 'printed' });
    expect(takeReceiptWait('job-a')).toBeUndefined();
  });

  it('does not wait for a receipt that has already printed or failed', () => {
    const { client, calls } = recordingClient();
    startReceiptWait(client, { ...printing('job-b'), state: 'failed', problem: 'paper-out' }, 1);
    expect(calls).toEqual([]);
    expect(takeReceiptWait('job-b')).toBeUndefined();
  });

  it('keeps only the newest few waits nobody took over', () => {
    const { client } = recordingClient();
    const jobs = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6'];
    for (const job of jobs) startReceiptWait(client, printing(job), 1_000);
    expect(jobs.map((job) => takeReceiptWait(job) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});
