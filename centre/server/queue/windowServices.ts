// The front-desk window services (一窗受理) the reference centre takes numbers for, as data: a
// real centre edits this list, never the code. Each has the letter its numbers start with
// (unique across the list), the window residents are called to, whether elderly and disabled
// residents may take a priority number for it, and the average minutes one resident takes, which
// a kiosk uses to estimate the wait while the centre cannot be reached.
export interface WindowText {
  'zh-CN': string;
  'zh-TW'?: string;
  en?: string;
}

export interface WindowService {
  service_code: string;
  name: WindowText;
  prefix: string;
  window: string;
  priority_allowed: boolean;
  minutes_per_resident: number;
}

export const windowServices: readonly WindowService[] = [
  {
    service_code: 'social-insurance',
    name: { 'zh-CN': '社保医保', 'zh-TW': '社保醫保', en: 'Social and medical insurance' },
    prefix: 'A',
    window: '1',
    priority_allowed: true,
    minutes_per_resident: 6,
  },
  {
    service_code: 'civil-affairs',
    name: { 'zh-CN': '民政救助', 'zh-TW': '民政救助', en: 'Civil affairs and assistance' },
    prefix: 'B',
    window: '2',
    priority_allowed: true,
    minutes_per_resident: 8,
  },
  {
    service_code: 'residence-papers',
    name: { 'zh-CN': '户籍证明', 'zh-TW': '戶籍證明', en: 'Residence papers' },
    prefix: 'C',
    window: '3',
    priority_allowed: false,
    minutes_per_resident: 5,
  },
];

/**
 * The centre's local day is the queue's day: numbers start again at 1 each morning. This is the
 * default zone; a centre elsewhere sets CENTRE_TIME_ZONE (centre/options.ts).
 */
export const queueTimeZone = 'Asia/Shanghai';

export const windowServiceNamed = (code: string): WindowService | undefined =>
  windowServices.find((service) => service.service_code === code);
