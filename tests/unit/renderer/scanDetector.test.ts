// The wedge-scanner detector is fed keys with fake timestamps: a burst ending in Enter is a scan,
// a person typing is not.
import { describe, expect, it } from 'vitest';
import {
  type ScanDetector,
  createScanDetector,
} from '../../../renderer/src/scanner/scanDetector.js';

/** Feeds `text` one key every `gapMs` from `start`, then `end`; returns what the last key gave. */
function feed(
  detector: ScanDetector,
  keys: string[],
  gapMs: number,
  start = 1000,
): (string | null)[] {
  return keys.map((key, index) => detector.key(key, start + index * gapMs));
}

const chars = (text: string) => [...text];

describe('scan detector', () => {
  it('reads a burst of keys 10 ms apart ending in Enter as a scan', () => {
    const detector = createScanDetector();
    const results = feed(detector, [...chars('A03-1128-0042'), 'Enter'], 10);
    expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
    expect(results.at(-1)).toBe('A03-1128-0042');
  });

  it('accepts Tab as the end of a scan too', () => {
    const detector = createScanDetector();
    expect(feed(detector, [...chars('K1128004'), 'Tab'], 5).at(-1)).toBe('K1128004');
  });

  it('does not take a person typing (200 ms between keys) for a scan', () => {
    const detector = createScanDetector();
    expect(feed(detector, [...chars('11280042'), 'Enter'], 200).at(-1)).toBeNull();
  });

  it('needs at least six characters', () => {
    const detector = createScanDetector();
    expect(feed(detector, [...chars('12345'), 'Enter'], 5).at(-1)).toBeNull();
    expect(feed(detector, [...chars('123456'), 'Enter'], 5, 5000).at(-1)).toBe('123456');
  });

  it('drops keys a person typed before the scan started', () => {
    const detector = createScanDetector();
    feed(detector, chars('xy'), 300, 0);
    expect(feed(detector, [...chars('ABC123456'), 'Enter'], 8, 2000).at(-1)).toBe('ABC123456');
  });

  it('is not fooled by a slow Enter after a fast burst', () => {
    const detector = createScanDetector();
    feed(detector, chars('ABC123456'), 8, 0);
    expect(detector.key('Enter', 8 * 8 + 500)).toBeNull();
  });

  it('breaks the burst on a gap over the limit and starts again', () => {
    const detector = createScanDetector({ maxGapMs: 30 });
    feed(detector, chars('AAAA'), 10, 0);
    // 100 ms pause, then a fresh fast burst: only the fresh part counts.
    expect(feed(detector, [...chars('B12345'), 'Enter'], 10, 130).at(-1)).toBe('B12345');
  });

  it('lets Shift pass inside a burst (scanners send it for capitals) but not Backspace', () => {
    const detector = createScanDetector();
    expect(feed(detector, ['Shift', 'A', 'Shift', 'B', ...chars('1234'), 'Enter'], 4).at(-1)).toBe(
      'AB1234',
    );
    expect(
      feed(detector, [...chars('ABC'), 'Backspace', ...chars('123'), 'Enter'], 4, 9000).at(-1),
    ).toBe(null);
  });

  it('forgets a half-read burst on reset', () => {
    const detector = createScanDetector();
    feed(detector, chars('ABC123'), 5, 0);
    detector.reset();
    expect(detector.key('Enter', 35)).toBeNull();
  });

  it('ignores an absurdly long burst beyond maxLength by starting over', () => {
    const detector = createScanDetector({ maxLength: 10 });
    const result = feed(detector, [...chars('0123456789ABCDEFG'), 'Enter'], 2).at(-1);
    expect(result).toBe('ABCDEFG');
  });
});
