// Tells a keyboard-wedge scanner from a person at a keyboard by timing alone: a scanner "types"
// its whole code in a burst (keys a few milliseconds apart) and ends it with Enter or Tab; a person
// is far slower. Pure: the caller passes each key and its timestamp, so tests use fake times.

export interface ScanDetectorOptions {
  /** The longest gap between two keys of one scan (onScan.js uses 30 ms; USB scanners ~5–20). */
  maxGapMs: number;
  /** The shortest code counted as a scan. */
  minLength: number;
  /** The longest code kept; anything longer is not a receipt's code. */
  maxLength: number;
}

export const defaultScanOptions: ScanDetectorOptions = {
  maxGapMs: 40,
  minLength: 6,
  maxLength: 80,
};

export interface ScanDetector {
  /**
   * Feeds one key (KeyboardEvent.key) pressed at `timestamp` ms. Returns the scanned code when
   * this key ends a scan, otherwise null.
   */
  key(key: string, timestamp: number): string | null;
  /** Forgets a half-read burst. */
  reset(): void;
}

const terminators = new Set(['Enter', 'Tab']);

export function createScanDetector(options: Partial<ScanDetectorOptions> = {}): ScanDetector {
  const { maxGapMs, minLength, maxLength } = { ...defaultScanOptions, ...options };
  let buffer = '';
  let lastAt = Number.NEGATIVE_INFINITY;

  const reset = () => {
    buffer = '';
    lastAt = Number.NEGATIVE_INFINITY;
  };

  return {
    reset,
    key(key, timestamp) {
      const gap = timestamp - lastAt;
      if (terminators.has(key)) {
        const code = buffer;
        const fast = gap <= maxGapMs;
        reset();
        return fast && code.length >= minLength ? code : null;
      }
      if (key.length !== 1) {
        // Shift and other modifiers arrive between a scanner's characters: skip them without
        // breaking the burst. Any other named key (arrows, Backspace) is a person.
        if (key !== 'Shift' && key !== 'Control' && key !== 'Alt') reset();
        return null;
      }
      // A slow key starts a new burst with itself.
      if (gap > maxGapMs || buffer.length >= maxLength) buffer = '';
      buffer += key;
      lastAt = timestamp;
      return null;
    },
  };
}
