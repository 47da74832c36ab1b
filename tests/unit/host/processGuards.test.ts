import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardProcess } from '../../../electron/host/processGuards.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

function guarded(stormLimit = 50) {
  const emitter = new EventEmitter();
  const logger = createMemoryLogger();
  const clock = { now: 0 };
  let storms = 0;
  guardProcess(emitter, {
    logger,
    onStorm: () => (storms += 1),
    now: () => clock.now,
    stormLimit,
  });
  return { emitter, logger, clock, storms: () => storms };
}

describe('the host process guard', () => {
  it('logs an unhandled rejection and an uncaught exception without their message, and serves on', () => {
    const { emitter, logger, storms } = guarded();
    const full = Object.assign(new Error('INSERT failed for 张三明 13812345678'), {
      code: 'SQLITE_FULL',
    });
    emitter.emit('unhandledRejection', full);
    emitter.emit('uncaughtException', new TypeError('cannot read name of 张三明'));
    expect(storms()).toBe(0);
    expect(logger.lines).toHaveLength(2);
    const [rejection, exception] = logger.lines.map((line) => JSON.parse(line) as object);
    expect(rejection).toMatchObject({ origin: 'rejection', errorCode: 'SQLITE_FULL' });
    expect(exception).toMatchObject({ origin: 'exception', errorName: 'TypeError' });
    expect(logger.lines.join('\n')).not.toMatch(/张三明|13812345678/);
  });

  it('logs a repeated failure once a minute and stops the host only for a loop of them', () => {
    const { emitter, logger, clock, storms } = guarded(10);
    for (let i = 0; i < 10; i += 1) emitter.emit('unhandledRejection', new Error('tick'));
    expect(logger.lines).toHaveLength(1);
    expect(storms()).toBe(0);
    clock.now = 61_000;
    for (let i = 0; i < 10; i += 1) emitter.emit('unhandledRejection', new Error('tick'));
    expect(storms()).toBe(0);
    emitter.emit('unhandledRejection', new Error('tick'));
    emitter.emit('unhandledRejection', new Error('tick'));
    expect(storms()).toBe(1);
  });
});
