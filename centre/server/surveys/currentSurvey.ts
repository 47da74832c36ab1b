// The questionnaire the reference centre runs: one needs survey with each kind of question the
// kiosk can ask (single choice, multiple choice, a 1–5 scale, an optional short text). Written
// in Simplified Chinese and English only, as a centre's staff would: the kiosk converts the
// Traditional Chinese screen's text itself.
import type { Survey } from '../../wire/surveys.js';

export const currentSurvey: Survey = {
  survey_id: 'needs-2026',
  title: { 'zh-CN': '社区需求调研', en: 'Community needs survey' },
  questions: [
    {
      code: 'most-needed',
      kind: 'single',
      prompt: { 'zh-CN': '您最希望社区增加哪项服务？', en: 'Which service would you most like?' },
      required: true,
      choices: [
        { key: 'meals', label: { 'zh-CN': '老年助餐', en: 'Meals for older people' } },
        { key: 'health', label: { 'zh-CN': '健康义诊', en: 'Free health checks' } },
        { key: 'repairs', label: { 'zh-CN': '上门维修', en: 'Home repairs' } },
        { key: 'childcare', label: { 'zh-CN': '儿童托管', en: 'After-school care' } },
      ],
    },
    {
      code: 'activities',
      kind: 'multiple',
      prompt: { 'zh-CN': '您愿意参加哪些活动？（可多选）', en: 'Which activities would you join?' },
      required: true,
      choices: [
        { key: 'exercise', label: { 'zh-CN': '健身锻炼', en: 'Exercise' } },
        { key: 'singing', label: { 'zh-CN': '唱歌跳舞', en: 'Singing and dancing' } },
        { key: 'phones', label: { 'zh-CN': '智能手机课', en: 'Smartphone classes' } },
        { key: 'calligraphy', label: { 'zh-CN': '书法绘画', en: 'Calligraphy and painting' } },
        { key: 'chess', label: { 'zh-CN': '棋牌', en: 'Chess and cards' } },
        { key: 'volunteering', label: { 'zh-CN': '志愿服务', en: 'Volunteering' } },
      ],
    },
    {
      code: 'satisfaction',
      kind: 'scale',
      prompt: {
        'zh-CN': '您对社区服务的满意程度？',
        en: 'How satisfied are you with the community services?',
      },
      required: true,
    },
    {
      code: 'suggestion',
      kind: 'text',
      prompt: { 'zh-CN': '还有什么建议？（可不填）', en: 'Any other suggestion? (optional)' },
      required: false,
    },
  ],
};
