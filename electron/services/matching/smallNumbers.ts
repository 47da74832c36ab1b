// Numbers up to twelve as residents write them, in digits or in words: a building ("四号楼"),
// a clock hour ("六点以后"). One reading, so the two cannot drift apart.
const inWords = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The value of "4" or "四" (up to 十二); -1 for words it does not know. */
export function smallNumber(written: string): number {
  return /\d/.test(written) ? Number(written) : inWords.indexOf(written);
}
