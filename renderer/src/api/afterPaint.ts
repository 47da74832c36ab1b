// Work a screen starts that the resident does not see at once (asking the reader for a card,
// fetching the centre's details, telling the services a visit ended) waits until the browser
// has painted the screen. React runs the effects of a tap's render before the browser paints
// (a tap is a discrete input), so a call started there paid its own cost — building the request,
// the IPC or HTTP round trip's start — before the resident saw anything: on a cheap kiosk PC a
// few of those were a fifth of a screen change (issue 16). A frame later costs the call nothing.

/** How long to wait for a frame at most: a hidden window paints none, and the work must run. */
const noFrameAfterMs = 100;

/**
 * Runs `work` once, in the first task after the next painted frame (or after `noFrameAfterMs`
 * when no frame comes). Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  let afterFrame = 0;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    window.clearTimeout(afterFrame);
    cancelAnimationFrame(frame);
    work();
  };
  // A timer set inside requestAnimationFrame fires after that frame's style, layout and paint.
  const frame = requestAnimationFrame(() => {
    afterFrame = window.setTimeout(run, 0);
  });
  const fallback = window.setTimeout(run, noFrameAfterMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(afterFrame);
    window.clearTimeout(fallback);
  };
}
