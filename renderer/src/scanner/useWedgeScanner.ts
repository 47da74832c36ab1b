// Listens for keyboard-wedge scans on the whole page while `enabled`. A scan's closing Enter is
// swallowed so it cannot press whatever button has the focus.
import { useEffect, useRef } from 'react';
import { createScanDetector } from './scanDetector.js';

export function useWedgeScanner(enabled: boolean, onScan: (code: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!enabled) return undefined;
    const detector = createScanDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const code = detector.key(event.key, event.timeStamp);
      if (code === null) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(code);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
