// The spec's service_notice: what the resident can expect next, in their own language. Emergencies
// and urgent requests are promised a faster call-back, matching how the centre triages them.
import type { Language, Urgency } from '../../wire/vocabulary.js';

const notices: Record<'emergency' | Urgency, Record<Language, string>> = {
  emergency: {
    'zh-CN': '紧急求助已转网格员和值班人员，请保持电话畅通；危及生命请立即拨打 110/120/119。',
    'zh-TW': '緊急求助已轉網格員和值班人員，請保持電話暢通；危及生命請立即撥打 110/120/119。',
    en: 'Your emergency call has gone to the grid worker and the duty staff; keep your phone on. If life is at risk, call 110/120/119 now.',
  },
  urgent: {
    'zh-CN': '已受理，工作人员将在 2 小时内与您联系。',
    'zh-TW': '已受理，工作人員將在 2 小時內與您聯繫。',
    en: 'Accepted. Staff will contact you within 2 hours.',
  },
  normal: {
    'zh-CN': '已受理，工作人员将在 1 个工作日内与您联系。',
    'zh-TW': '已受理，工作人員將在 1 個工作日內與您聯繫。',
    en: 'Accepted. Staff will contact you within 1 working day.',
  },
};

export function serviceNotice(language: Language, urgency: Urgency, emergency: boolean): string {
  return notices[emergency ? 'emergency' : urgency][language];
}
