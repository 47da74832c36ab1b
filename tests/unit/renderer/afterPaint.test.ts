// Background work a screen starts runs after the screen's first frame: not before it, once, after
// the frame's own timer turn; without a frame (a hidden window) after 100 ms; never once cancelled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../renderer/src/api/afterPaint.js';

/** A page's frame callbacks, run when the test says the browser paints. */
function fakeFrames() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    callbacks.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
  return {
    paint() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
  };
}

describe('afterNextPaint', () => {
  let frames: ReturnType<typeof fakeFrames>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = fakeFrames();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work in the task after the next frame, once', () => {
    const work = vi.fn();
    afterNextPaint(work);
    expect(work).not.toHaveBeenCalled();
    frames.paint();
    // Inside the frame the screen is still being drawn: the work waits for the next task.
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    frames.paint();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work after 100 ms when no frame comes', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    frames.paint();
    vi.advanceTimersByTime(1_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs work cancelled before it ran', () => {
    const beforeFrame = vi.fn();
    const afterFrame = vi.fn();
    afterNextPaint(beforeFrame)();
    const cancelAfterFrame = afterNextPaint(afterFrame);
    frames.paint();
    cancelAfterFrame();
    vi.advanceTimersByTime(1_000);
    expect(beforeFrame).not.toHaveBeenCalled();
    expect(afterFrame).not.toHaveBeenCalled();
  });
});
