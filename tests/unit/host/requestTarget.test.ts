import { describe, expect, it } from 'vitest';
import { readRequestTarget } from '../../../electron/host/requestTarget.js';
import { createThrottledLog } from '../../../electron/host/throttledLog.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

describe('reading a request target without throwing', () => {
  it('keeps origin-form paths as sent, without query or fragment', () => {
    expect(readRequestTarget('/api/getSettings?x=1#y')).toEqual({
      path: '/api/getSettings',
      authority: undefined,
    });
    expect(readRequestTarget('/%zz%E0')).toEqual({ path: '/%zz%E0', authority: undefined });
  });

  it('reads absolute-form targets with their authority', () => {
    expect(readRequestTarget('HTTP://127.0.0.1:8080/api/x?q')).toEqual({
      path: '/api/x',
      authority: '127.0.0.1:8080',
    });
  });

  it('refuses what URL parsing would throw on or read as another host', () => {
    for (const target of [
      'http://[/',
      'http://[::1/',
      'http://%zz/',
      '/\\[',
      '/\\evil.example/x',
      '*',
      '127.0.0.1:80',
      '',
      undefined,
      'https://[::1]:99999/',
      'http://user:pw@127.0.0.1/',
      'file:///etc/passwd',
      '/a b',
      '/\u0000',
    ]) {
      expect(readRequestTarget(target), String(target)).toBeUndefined();
    }
  });
});

describe('the throttled log', () => {
  it('logs each kind once per interval and counts what it left out', () => {
    const logger = createMemoryLogger();
    let now = 0;
    const log = createThrottledLog(logger, 'refused', () => now, 1000);
    for (let i = 0; i < 50; i += 1) log('a');
    log('b');
    expect(logger.lines).toHaveLength(2);
    now = 1000;
    log('a');
    expect(logger.lines).toHaveLength(3);
    expect(JSON.parse(logger.lines[2] ?? '{}')).toMatchObject({ kind: 'a', suppressed: 49 });
  });
});
