// The staff CLI's commands, in-process, on the data dir of a running centre: what staff do at the
// counter while the server keeps serving the kiosk.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../upstream/server/cliCommands.js';
import { ServiceRequestList } from '../../../upstream/wire/requestRecord.js';
import { type TestCentre, samplePayload, startTestCentre } from './support/testCentre.js';

let c: TestCentre;
let out: string[];
let err: string[];
const cli = (...args: string[]) =>
  runCli(args, {
    dataDir: c.dataDir,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date('2026-11-28T04:00:00Z'),
  });

beforeEach(async () => {
  c = await startTestCentre();
  out = [];
  err = [];
});
afterEach(() => c.close());

describe('centre CLI', () => {
  it('moves a request forward with a note, and the kiosk client sees it at once', async () => {
    const client = c.client();
    const created = await client.postRequest(samplePayload(), randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');

    expect(cli('stage', created.id, 'in-progress', '--note', '师傅已出发')).toBe(0);
    expect(out).toEqual([`${created.id} in-progress — 师傅已出发`]);
    expect((await client.getRequests([created.id]))[0]).toMatchObject({
      stage: 'in-progress',
      inProgressAt: '2026-11-28T04:00:00.000Z',
      handlerNote: '师傅已出发',
    });

    expect(cli('stage', created.id, 'accepted')).toBe(1);
    expect(err.pop()).toBe(
      `Request ${created.id} is already in-progress; stages only move forward.`,
    );
    expect(cli('stage', '999', 'done')).toBe(1);
    expect(err.pop()).toBe('No request 999.');
    expect(cli('stage', created.id, 'done')).toBe(0);
    // A move without a note keeps the last one.
    expect((await client.getRequests([created.id]))[0]).toMatchObject({
      stage: 'done',
      handlerNote: '师傅已出发',
    });
  });

  it('lists requests as a table or as Open311 JSON, optionally by stage', async () => {
    const client = c.client();
    const payload = samplePayload();
    await client.postRequest(payload, randomUUID());
    await client.postRequest(samplePayload(), randomUUID());
    cli('stage', '2', 'done');
    out = [];

    expect(cli('list')).toBe(0);
    expect(out[0]).toBe('id\tstage\tservice_code\tticket\trequested\tupdated\tnote');
    expect(out).toHaveLength(3);
    expect(out[1]?.split('\t').slice(0, 4)).toEqual([
      '1',
      'accepted',
      'pipe-leak',
      payload.facts.ticket,
    ]);
    expect(err.pop()).toBe('2 request(s)');

    out = [];
    expect(cli('list', '--stage', 'done', '--json')).toBe(0);
    const records = ServiceRequestList.parse(JSON.parse(out[0] ?? ''));
    expect(records.map((r) => [r.service_request_id, r.x_stage])).toEqual([['2', 'done']]);
  });

  it('explains its usage for bad arguments', () => {
    expect(cli()).toBe(0);
    expect(cli('stage', '1')).toBe(2);
    expect(cli('stage', '1', 'finished')).toBe(2);
    expect(cli('list', '--stage', 'finished')).toBe(2);
    expect(cli('list', '--colour')).toBe(2);
    expect(cli('remove', '1')).toBe(2);
    expect(err.every((line) => line.includes('usage: cli stage'))).toBe(true);
  });
});
