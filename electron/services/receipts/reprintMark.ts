// A reprint says so on paper: "补打 · 工作人员 王丽 · 2026-11-28 09:30" at the top, in the
// receipt's language and, when that is not Simplified Chinese, in Chinese too (the centre's staff
// read it), so a second copy can never pass for the first. The kept document is reused as it was
// printed, QR code and all; only the mark is new. Its words: receipt.reprintMark in locales/.
import type { Language } from '../../../contract/index.js';
import {
  type ReceiptDocument,
  type TextSegment,
  keep,
  parseReceiptDocument,
} from '../../../hardware/printer/index.js';
import { receiptText } from './receiptText.js';

export interface ReprintMark {
  language: Language;
  staffName: string;
  /** Local date and time as residents read it, e.g. 2026-11-28 09:30. */
  localTime: string;
}

/** One line per language; the time is kept on one line, the rest may wrap on 58 mm paper. */
export function reprintMarkLines(mark: ReprintMark): TextSegment[][] {
  const languages: Language[] = mark.language === 'zh-CN' ? ['zh-CN'] : [mark.language, 'zh-CN'];
  return languages.map((language) => {
    const t = receiptText(language);
    return [`${t('receipt.reprintMark', { staffName: mark.staffName })} · `, keep(mark.localTime)];
  });
}

/** The kept document with the mark on top; a document that no longer validates is refused. */
export function markedReprint(stored: unknown, mark: ReprintMark): ReceiptDocument {
  const document = parseReceiptDocument(stored);
  const lines = reprintMarkLines(mark).map((segments) => ({
    kind: 'text' as const,
    segments,
    width: 1,
    height: 1,
    bold: true,
    align: 'center' as const,
  }));
  return {
    blocks: [...lines, { kind: 'separator', char: '*' }, ...document.blocks],
  };
}
