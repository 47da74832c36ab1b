// Every resident-facing string is written three times; this keeps the data files readable.
import type { LocalizedText } from '../../contract/community.js';

export function lt(zhCN: string, zhTW: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}
