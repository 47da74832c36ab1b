// False until the screen's first frame has been painted, then true: a screen draws what the
// resident must see at once in its first frame and the rest in the next. On a slow kiosk PC the
// result screen's whole drawing was most of the wait after "确认提交" (issue 16); its heading, the
// ticket and the receipt's state come first, who can help a frame later.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../api/afterPaint.js';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
