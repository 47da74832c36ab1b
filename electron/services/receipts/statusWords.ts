// Words on a status slip, in the resident's language.
import type { Language, Stage } from '../../../contract/index.js';

export interface StatusWords {
  title: string;
  stages: Record<Stage, string>;
  notYet: string;
  note: string;
  /** After a note cut short on paper. */
  noteContinues: string;
  updated: string;
}

export const statusWords: Record<Language, StatusWords> = {
  'zh-CN': {
    title: '办理进度单',
    stages: { accepted: '已受理', 'in-progress': '处理中', done: '已完成' },
    notYet: '尚未到这一步',
    note: '办理人说明',
    noteContinues: '说明较长，全文请在屏幕上查看，或拨打服务热线。',
    updated: '信息更新于',
  },
  'zh-TW': {
    title: '辦理進度單',
    stages: { accepted: '已受理', 'in-progress': '處理中', done: '已完成' },
    notYet: '尚未到這一步',
    note: '辦理人說明',
    noteContinues: '說明較長，全文請在螢幕上查看，或撥打服務熱線。',
    updated: '資訊更新於',
  },
  en: {
    title: 'Progress slip',
    stages: { accepted: 'Accepted', 'in-progress': 'In progress', done: 'Done' },
    notYet: 'not yet',
    note: 'Handler’s note',
    noteContinues: 'The note goes on: read it all on the screen, or call the hotline.',
    updated: 'Last updated',
  },
};
