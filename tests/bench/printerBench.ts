// A full request receipt rendered to ESC/POS and sent over TCP to the virtual printer on
// loopback, with the driver's status checks before and after, as the kiosk prints for real.
// The baseline, in the same run, writes the same pre-rendered bytes down a bare socket.
import { connect } from 'node:net';
import {
  VirtualPrinter,
  createPrinter,
  listenTcp,
  parsePrinterSpec,
  renderReceipt,
  paper58,
} from '../../hardware/printer/index.js';
import { sampleRequestReceipt as sampleReceipt } from '../support/sampleRequestReceipt.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';

const jobs = 200;

function sendRaw(port: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

export const printerBench: Benchmark = {
  name: 'receipt over TCP',
  async run(): Promise<BenchRow[]> {
    const virtualPrinter = new VirtualPrinter();
    const server = await listenTcp(virtualPrinter, { host: '127.0.0.1', port: 0 });
    const { printer } = createPrinter(parsePrinterSpec(`tcp://127.0.0.1:${server.port}?paper=58`));
    try {
      const driver: number[] = [];
      const raw: number[] = [];
      const bytes = renderReceipt(sampleReceipt(), { paper: paper58 });
      for (let i = 0; i < jobs; i += 1) {
        const started = performance.now();
        await printer.print({ id: `bench-${i}`, document: sampleReceipt() });
        driver.push(performance.now() - started);
        const rawStarted = performance.now();
        await sendRaw(server.port, bytes);
        raw.push(performance.now() - rawStarted);
      }
      return [
        latencyRow('render + send a full receipt over TCP, p50', driver, 50, 100),
        latencyRow('render + send a full receipt over TCP, p95', driver, 95, 100),
        latencyRow('same bytes down a bare socket, p50 (baseline)', raw, 50, null),
        {
          benchmark: 'receipt size (58 mm)',
          figure: bytes.length,
          unit: 'bytes',
          target: '-',
          met: null,
        },
      ];
    } finally {
      await printer.close();
      await server.close();
    }
  },
};
