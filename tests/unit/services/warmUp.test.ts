// The warm-up builds the first receipt's lazy tables off the resident's path, once, and a runtime
// that closes before it is due never pays it.
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleWarmUp, warmUpReceiptPath } from '../../../electron/services/warmUp.js';

afterEach(() => vi.useRealTimers());

describe('warming up the receipt path', () => {
  it("builds iconv-lite's GB18030 table", () => {
    // iconv-lite keeps each codec it has built in this cache (its index.js, getCodec).
    const cache = (iconv as unknown as { _codecDataCache: Record<string, unknown> })
      ._codecDataCache;
    expect(Object.keys(cache)).not.toContain('gb18030');
    warmUpReceiptPath();
    expect(Object.keys(cache)).toContain('gb18030');
  });

  it('runs once when due, and not at all when cancelled first', () => {
    vi.useFakeTimers();
    const warm = vi.fn();
    const cancel = scheduleWarmUp(3_000, warm);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(warm).not.toHaveBeenCalled();
    scheduleWarmUp(3_000, warm);
    vi.advanceTimersByTime(2_999);
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warm).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(warm).toHaveBeenCalledTimes(1);
  });
});
