// False until the screen's first frame has been painted, then true: a screen draws what the
// resident must see at once in its first frame and the rest in the next. On a slow kiosk PC the
// result screen's whole drawing was most of the wait after "确认提交" (issue 16); its heading, the
// ticket and the receipt's state come first, who can help a frame later. A task queued from an
// animation frame runs after that frame is painted.
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
