// The community's six grids (§3.3), each with its grid worker. addressRules say which streets,
// house numbers and buildings each grid covers (the most specific rule wins, so 和平路28号院
// belongs to 建设东街 while the rest of 和平路's low numbers are 和平里); addressKeywords are the
// older fragments, kept for a kiosk that reads keywords only. streetEn is each street's English
// name as the signs write it, for the English street list; streetTw its Traditional name where
// opencc's character conversion would get it wrong (里 in a place name stays 里).
import type { Grid } from '../../contract/community.js';
import { lt } from './text.js';

/** "幸福里小区3号楼" and the shorter "幸福里3号楼" residents also write, for each building. */
function buildings(estate: string, shortName: string, from: number, to: number): string[] {
  const keywords: string[] = [];
  for (let building = from; building <= to; building += 1) {
    keywords.push(`${estate}${building}号楼`, `${shortName}${building}号楼`);
  }
  return keywords;
}

export const demoGrids: Grid[] = [
  {
    id: 'xfl-north',
    name: lt('第一网格（幸福里北区）', '第一網格（幸福里北區）', 'Grid 1 (Xingfuli North)'),
    area: lt('幸福里小区1–6号楼', '幸福里小區1–6號樓', 'Xingfuli Estate, Buildings 1–6'),
    addressKeywords: buildings('幸福里小区', '幸福里', 1, 6),
    addressRules: [
      {
        street: '幸福里小区',
        streetEn: 'Xingfuli Estate',
        streetTw: '幸福里小區',
        aliases: ['幸福里'],
        buildings: { from: 1, to: 6 },
      },
    ],
    worker: { name: '王秀英', phone: '13520418836' },
  },
  {
    id: 'xfl-south',
    name: lt('第二网格（幸福里南区）', '第二網格（幸福里南區）', 'Grid 2 (Xingfuli South)'),
    area: lt('幸福里小区7–12号楼', '幸福里小區7–12號樓', 'Xingfuli Estate, Buildings 7–12'),
    addressKeywords: buildings('幸福里小区', '幸福里', 7, 12),
    addressRules: [
      {
        street: '幸福里小区',
        streetEn: 'Xingfuli Estate',
        streetTw: '幸福里小區',
        aliases: ['幸福里'],
        buildings: { from: 7, to: 12 },
      },
    ],
    worker: { name: '李建国', phone: '13911027345' },
  },
  {
    id: 'heping',
    name: lt('第三网格（和平里）', '第三網格（和平里）', 'Grid 3 (Heping Li)'),
    area: lt(
      '和平路1–50号沿线平房和院落（28号院除外）、和平里胡同',
      '和平路1–50號沿線平房和院落（28號院除外）、和平里胡同',
      'Houses and courtyards at 1–50 Heping Road (not No. 28), Heping Li Hutong',
    ),
    addressKeywords: ['和平路', '和平里胡同', '和平里'],
    addressRules: [
      { street: '和平路', streetEn: 'Heping Road', numbers: { from: 1, to: 49, side: 'odd' } },
      { street: '和平路', streetEn: 'Heping Road', numbers: { from: 2, to: 50, side: 'even' } },
      {
        street: '和平里胡同',
        streetEn: 'Heping Li Hutong',
        streetTw: '和平里胡同',
        aliases: ['和平里'],
      },
    ],
    worker: { name: '张丽华', phone: '18610395572' },
  },
  {
    id: 'yangguang',
    name: lt('第四网格（阳光花园）', '第四網格（陽光花園）', 'Grid 4 (Sunshine Garden)'),
    area: lt('阳光花园小区全部楼栋', '陽光花園小區全部樓棟', 'All buildings of Sunshine Garden'),
    addressKeywords: ['阳光花园', '阳光花园小区'],
    addressRules: [{ street: '阳光花园小区', streetEn: 'Sunshine Garden', aliases: ['阳光花园'] }],
    worker: { name: '刘志强', phone: '15801246639' },
  },
  {
    id: 'jinxiu',
    name: lt('第五网格（锦绣家园）', '第五網格（錦繡家園）', 'Grid 5 (Jinxiu Homes)'),
    area: lt('锦绣家园小区1–8号楼', '錦繡家園小區1–8號樓', 'Jinxiu Homes, Buildings 1–8'),
    addressKeywords: ['锦绣家园', '锦绣家园小区'],
    addressRules: [
      {
        street: '锦绣家园小区',
        streetEn: 'Jinxiu Homes',
        aliases: ['锦绣家园'],
        buildings: { from: 1, to: 8 },
      },
    ],
    worker: { name: '陈淑芬', phone: '13031187720' },
  },
  {
    id: 'jianshe',
    name: lt('第六网格（建设东街）', '第六網格（建設東街）', 'Grid 6 (Jianshe East Street)'),
    area: lt(
      '建设东街沿街商户、建设东街6号院、和平路28号院',
      '建設東街沿街商戶、建設東街6號院、和平路28號院',
      'Shops on Jianshe East Street, No. 6 Jianshe East Street, No. 28 Heping Road',
    ),
    addressKeywords: ['建设东街', '建设东街6号院', '和平路28号院', '和平路28号'],
    addressRules: [
      { street: '建设东街', streetEn: 'Jianshe East Street' },
      { street: '和平路', streetEn: 'Heping Road', numbers: { from: 28, to: 28 } },
    ],
    worker: { name: '赵海燕', phone: '18911523064' },
  },
];
