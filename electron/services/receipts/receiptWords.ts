// The words on a printed receipt, in the resident's language. Plain and short: a 58 mm line holds
// sixteen Chinese characters.
import type { Language } from '../../../contract/index.js';

export interface ReceiptWords {
  requestTitle: string;
  emergencyTitle: string;
  ticket: string;
  keepTicket: string;
  category: string;
  need: string;
  somethingElse: string;
  time: string;
  urgency: string;
  urgent: string;
  normal: string;
  name: string;
  servicesTitle: string;
  gridWorker: string;
  hotline: string;
  phone: string;
  scanToCheck: string;
  emergencyCall: string;
  emergencySent: string;
  /** Entered by staff for the resident: "工作人员代办：王丽". */
  assistedBy: (staffName: string) => string;
  /** Nothing in the community fits: a person takes it on (issue 15). */
  passedToStaff: string;
}

export const receiptWords: Record<Language, ReceiptWords> = {
  'zh-CN': {
    requestTitle: '需求受理回执',
    emergencyTitle: '紧急求助回执',
    ticket: '受理号',
    keepTicket: '请保存好本回执，凭受理号查询进度',
    category: '类别',
    need: '需求',
    somethingElse: '其他需求',
    time: '时间',
    urgency: '紧急程度',
    urgent: '紧急',
    normal: '一般',
    name: '姓名',
    servicesTitle: '为您推荐的服务',
    gridWorker: '网格员',
    hotline: '服务热线',
    phone: '电话',
    scanToCheck: '扫码或输入受理号查询进度',
    emergencyCall: '危急情况请拨打 110 / 120 / 119',
    passedToStaff: '这件事我们转给社区的工作人员，会有人联系您',
    emergencySent: '服务中心已收到您的紧急求助',
    assistedBy: (staffName) => `工作人员代办：${staffName}`,
  },
  'zh-TW': {
    requestTitle: '需求受理回執',
    emergencyTitle: '緊急求助回執',
    ticket: '受理號',
    keepTicket: '請保存好本回執，憑受理號查詢進度',
    category: '類別',
    need: '需求',
    somethingElse: '其他需求',
    time: '時間',
    urgency: '緊急程度',
    urgent: '緊急',
    normal: '一般',
    name: '姓名',
    servicesTitle: '為您推薦的服務',
    gridWorker: '網格員',
    hotline: '服務熱線',
    phone: '電話',
    scanToCheck: '掃碼或輸入受理號查詢進度',
    emergencyCall: '危急情況請撥打 110 / 120 / 119',
    passedToStaff: '這件事我們轉給社區的工作人員，會有人聯繫您',
    emergencySent: '服務中心已收到您的緊急求助',
    assistedBy: (staffName) => `工作人員代辦：${staffName}`,
  },
  en: {
    requestTitle: 'Request receipt',
    emergencyTitle: 'Emergency receipt',
    ticket: 'Ticket',
    keepTicket: 'Keep this receipt. Use the ticket number to check progress.',
    category: 'Category',
    need: 'Need',
    somethingElse: 'Something else',
    time: 'Time',
    urgency: 'Urgency',
    urgent: 'Urgent',
    normal: 'Normal',
    name: 'Name',
    servicesTitle: 'Services for you',
    gridWorker: 'Grid worker',
    hotline: 'Hotline',
    phone: 'Tel',
    scanToCheck: 'Scan or type the ticket number to check progress',
    emergencyCall: 'In danger? Call 110 / 120 / 119',
    passedToStaff: 'We are passing this to the community staff; someone will contact you',
    emergencySent: 'The centre has your emergency request',
    assistedBy: (staffName) => `Entered with staff help: ${staffName}`,
  },
};
