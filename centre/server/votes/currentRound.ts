// The micro-projects round (民生微实事) the reference centre runs: five small projects residents
// proposed, each with a cost and a picture, of which a resident may choose up to three. Written
// in Simplified Chinese and English only, as a centre's staff would: the kiosk converts the
// Traditional Chinese screen's text itself. The round closes long after any test runs; the
// closing rule itself is tested with a clock (ballotRules.ts).
import type { VoteRound } from '../../wire/votes.js';

const roundId = 'mw-2026-q4';
const picture = (proposalId: string) => `x/vote-rounds/${roundId}/pictures/${proposalId}.svg`;

export const currentRound: VoteRound = {
  round_id: roundId,
  title: { 'zh-CN': '2026年第四季度民生微实事', en: 'Community micro-projects, winter 2026' },
  closes_datetime: '2027-03-31T16:00:00.000Z',
  max_choices: 3,
  proposals: [
    {
      proposal_id: 'benches',
      title: { 'zh-CN': '小区增设休息长椅', en: 'More benches in the estate' },
      description: {
        'zh-CN': '在幸福里小区主路两侧增设10张带扶手的长椅，方便老人歇脚。',
        en: 'Ten benches with armrests along the main path, for older residents to rest.',
      },
      cost_yuan: 18000,
      picture_path: picture('benches'),
    },
    {
      proposal_id: 'handrails',
      title: { 'zh-CN': '老楼楼道加装扶手', en: 'Handrails in old stairwells' },
      description: {
        'zh-CN': '为3栋、5栋、7栋楼道加装不锈钢扶手，防止老人摔倒。',
        en: 'Steel handrails in the stairwells of blocks 3, 5 and 7, against falls.',
      },
      cost_yuan: 32000,
      picture_path: picture('handrails'),
    },
    {
      proposal_id: 'lights',
      title: { 'zh-CN': '背街小巷路灯改造', en: 'Brighter lights in the back lanes' },
      description: {
        'zh-CN': '更换幸福里后街24盏路灯为节能灯，夜里回家更安全。',
        en: 'Twenty-four new energy-saving lamps in the back lanes, for safer walks home.',
      },
      cost_yuan: 45000,
      picture_path: picture('lights'),
    },
    {
      proposal_id: 'canteen',
      title: { 'zh-CN': '长者食堂添置餐桌', en: 'Tables for the seniors’ canteen' },
      description: {
        'zh-CN': '为长者食堂添置8套防滑餐桌椅，午餐时不再排队等座。',
        en: 'Eight sets of non-slip tables and chairs, so no one waits for a seat at lunch.',
      },
      cost_yuan: 12000,
      picture_path: picture('canteen'),
    },
    {
      proposal_id: 'garden',
      title: { 'zh-CN': '口袋花园改造', en: 'A pocket garden' },
      description: {
        'zh-CN': '把2栋旁的空地改造成小花园，种花种菜，邻里共管。',
        en: 'The empty plot beside block 2 becomes a small garden that neighbours tend.',
      },
      cost_yuan: 26000,
      picture_path: picture('garden'),
    },
  ],
};

/** The rounds open now (one in the reference centre). */
export function openRounds(now: Date): VoteRound[] {
  return now.getTime() < Date.parse(currentRound.closes_datetime) ? [currentRound] : [];
}

export const roundNamed = (id: string | undefined): VoteRound | undefined =>
  id === currentRound.round_id ? currentRound : undefined;
