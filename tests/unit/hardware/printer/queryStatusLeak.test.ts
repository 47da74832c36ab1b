// The printer's connection stays open for the kiosk's whole run and every receipt asks its
// status: a query must not leave anything attached to the connection once it has answered.
import { describe, expect, it, vi } from 'vitest';
import { MemoryLink } from '../../../../hardware/link/index.js';
import { watchClose } from '../../../../hardware/link/watchClose.js';
import { queryStatus } from '../../../../hardware/printer/status/queryStatus.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { virtualPrinterDevice } from '../../../../hardware/printer/virtual/virtualLink.js';

describe('printer status queries on a long-lived connection', () => {
  it('attach one close watcher per connection, not one per query', async () => {
    const printer = new VirtualPrinter();
    const connection = await new MemoryLink(virtualPrinterDevice(printer)).open();
    const then = vi.spyOn(connection.closed, 'then');
    for (let query = 0; query < 50; query += 1) {
      expect((await queryStatus(connection, { timeoutMs: 1_000 })).online).toBe(true);
    }
    expect(then).toHaveBeenCalledTimes(1);
    await connection.close();
  });

  it('still ends a waiting query when the connection closes', async () => {
    const printer = new VirtualPrinter({ condition: { answersStatus: false } });
    const connection = await new MemoryLink(virtualPrinterDevice(printer)).open();
    await queryStatus(connection, { timeoutMs: 10 });
    const waiting = queryStatus(connection, { timeoutMs: 60_000 });
    await connection.close();
    expect(await waiting).toMatchObject({ online: false });
  });
});

describe('watching a connection close', () => {
  it('uses one reaction for every watcher and tells only those still watching', async () => {
    const connection = await new MemoryLink(virtualPrinterDevice(new VirtualPrinter())).open();
    const then = vi.spyOn(connection.closed, 'then');
    const told: number[] = [];
    for (let job = 0; job < 50; job += 1) watchClose(connection, () => told.push(job))();
    watchClose(connection, () => told.push(99));
    expect(then).toHaveBeenCalledTimes(1);
    await connection.close();
    expect(told).toEqual([99]);
  });
});
