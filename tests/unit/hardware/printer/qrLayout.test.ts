import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LayoutError } from '../../../../hardware/printer/document/lineWrap.js';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { planQr, qrVersionFor } from '../../../../hardware/printer/escpos/qrLayout.js';

describe('QR layout for receipts', () => {
  it('prints a typical look-up URL at 6-dot modules and level M, well inside 58 mm', () => {
    const layout = planQr(Buffer.byteLength('https://svc.example.cn/r/K7Q4-2M9X'), paper58, {});
    expect(layout).toEqual({
      version: 3,
      modules: 29,
      moduleSize: 6,
      errorCorrection: 'M',
      totalDots: 222,
    });
    expect(layout.totalDots).toBeLessThanOrEqual(paper58.dots);
  });

  it('shrinks modules for long payloads, but never below 4 dots (0.5 mm)', () => {
    expect(planQr(180, paper58, {}).moduleSize).toBe(6); // version 9: (53 + 8) × 6 = 366
    expect(planQr(213, paper58, {}).moduleSize).toBe(5); // version 10: 65 × 6 = 390 > 384
    expect(planQr(213, paper80, {}).moduleSize).toBe(6);
  });

  it('honours a requested size and level, and refuses what does not fit', () => {
    expect(planQr(10, paper58, { moduleSize: 8, errorCorrection: 'H' })).toMatchObject({
      version: 2,
      moduleSize: 8,
    });
    expect(() => planQr(213, paper58, { moduleSize: 8 })).toThrow(LayoutError);
    expect(() => qrVersionFor(214, 'M')).toThrow(/at most 213 bytes/u);
  });

  it('agrees with an independent encoder on the version for every capacity boundary', () => {
    // qr-image (a dependency of escpos) picks the smallest version too.
    const qr = createRequire(createRequire(import.meta.url).resolve('escpos'))('qr-image') as {
      matrix(data: Buffer, level: string): unknown[];
    };
    const most = { L: 271, M: 213, Q: 151, H: 119 } as const;
    for (const level of ['L', 'M', 'Q', 'H'] as const) {
      for (let bytes = 1; bytes <= most[level]; bytes += 1) {
        const size = qr.matrix(Buffer.alloc(bytes, 0x61), level).length;
        expect(17 + 4 * qrVersionFor(bytes, level), `${bytes} bytes at ${level}`).toBe(size);
      }
    }
  });
});
