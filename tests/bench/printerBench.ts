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
import { buildRequestReceipt } from '../../electron/services/receipts/requestReceipt.js';
import { type BenchRow, type Benchmark, percentile, round } from './benchTypes.js';

const jobs = 200;

const text = (zh: string, en = zh) => ({ 'zh-CN': zh, 'zh-TW': zh, en });
const sampleReceipt = () =>
  buildRequestReceipt({
    request: {
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      createdAt: '2026-11-28T01:30:00.000Z',
      category: 'basic-living',
      need: { id: 'pipe-leak', title: text('管道漏水维修', 'Leaking pipe') },
      urgency: 'urgent',
      emergency: false,
      maskedName: '张*明',
      matches: [1, 2, 3].map((n) => ({
        id: `r${n}`,
        name: text(`幸福里物业维修队${n}组`),
        address: text(`幸福里小区${n}号楼一层`),
        phone: `010-6512-34${n}0`,
        openNow: true,
      })),
      gridContact: { gridName: text('第三网格'), workerName: '李红梅', phone: '13911112222' },
      hotline: '010-6512-3456',
    },
    categoryTitle: '基本生活',
    centreName: '幸福里社区服务中心',
    language: 'zh-CN',
    localTime: '2026-11-28 09:30',
  });

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
      driver.sort((a, b) => a - b);
      raw.sort((a, b) => a - b);
      const p95 = percentile(driver, 95);
      return [
        {
          benchmark: 'render + send a full receipt over TCP, p50',
          figure: round(percentile(driver, 50), 2),
          unit: 'ms',
          target: '< 100',
          met: percentile(driver, 50) < 100,
        },
        {
          benchmark: 'render + send a full receipt over TCP, p95',
          figure: round(p95, 2),
          unit: 'ms',
          target: '< 100',
          met: p95 < 100,
        },
        {
          benchmark: 'same bytes down a bare socket, p50 (baseline)',
          figure: round(percentile(raw, 50), 2),
          unit: 'ms',
          target: '-',
          met: null,
        },
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
