// Run in a child process with --expose-gc by virtualPrinterMemory.test.ts: feeds a virtual printer
// thousands of small pooled chunks, as a socket hands them over, and prints how many ArrayBuffer
// and heap bytes the process holds after a full collection, before and after, as one JSON line.
import { VirtualPrinter } from '../../../../../hardware/printer/virtual/virtualPrinter.js';

const keepBytes = Number(process.argv[2] ?? 65_536);
const chunks = Number(process.argv[3] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const memory = () => {
  gc();
  gc();
  return process.memoryUsage();
};

// A socket hands chunks over one event-loop turn at a time, and the printer decodes on the next
// turn (virtualPrinter.ts): the probe lets the loop turn as a link would, then once more before
// measuring, so what is measured is what the printer keeps, not a turn's undecoded bytes.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function main(): Promise<void> {
  const before = memory();
  const printer = new VirtualPrinter({ keepBytes });
  for (let i = 0; i < chunks; i += 1) {
    // Pooled allocations between the chunks, so each chunk sits on a slab of its own.
    Buffer.from(new Uint8Array(4_000));
    // Each chunk a line and a cut, so the receipts (capped at 100) do not grow either.
    printer.receive(
      Buffer.from([0x1b, 0x40, 0x41 + (i % 26), 0x0a, 0x1d, 0x56, 0x01, 0x10, 0x04, 0x01]),
    );
    if (i % 100 === 99) await nextTurn();
  }
  await nextTurn();
  const after = memory();
  const kept = printer.receivedBytes.length;
  process.stdout.write(
    `${JSON.stringify({
      grown: after.arrayBuffers - before.arrayBuffers,
      heapGrown: after.heapUsed - before.heapUsed,
      kept,
      keepBytes,
    })}\n`,
  );
}

void main();
