// A platform that chose its own codes, written the way a strict Open311 server lists them:
// short capitals, its own groups, keywords in Chinese and English, one service (MEALS) with a
// required singlevaluelist. Nothing here is named after the kiosk's need ids.
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../../db/migrate.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import type {
  PlatformAttribute,
  PlatformDefinition,
  PlatformService,
} from '../../../electron/services/upload/centreGateway.js';

const service = (
  code: string,
  name: string,
  group: string,
  keywords: string[],
  metadata = false,
): PlatformService => ({
  code,
  name,
  description: null,
  group,
  keywords,
  type: 'batch',
  metadata,
});

export const strictServices: PlatformService[] = [
  service('WTR-LEAK', 'Water leak 漏水报修', 'Housing & Repairs', [
    'water',
    'leak',
    'pipe',
    '漏水',
    '水管',
    '爆管',
  ]),
  service('ELEC-FAULT', 'Electrical fault 电路故障', 'Housing & Repairs', [
    'electric',
    'power cut',
    'socket',
    'switch',
    '停电',
    '跳闸',
    '插座',
    '开关',
    '电路',
  ]),
  service('BIN', 'Missed bin collection 垃圾清运', 'Environment', [
    'rubbish',
    'garbage',
    'bin',
    '垃圾',
    '大件垃圾',
  ]),
  service(
    'MEALS',
    'Meals for seniors 助餐服务',
    'Elderly care',
    ['meals', 'lunch', '助餐', '送餐', '老年餐'],
    true,
  ),
  service('HOMEVISIT', 'Home visit 上门服务', 'Elderly care', [
    'home visit',
    'nursing',
    '上门护理',
    '护理',
    '探访',
    '陪伴',
  ]),
  service('CHRONIC', 'Chronic disease follow-up 慢病随访', 'Health', [
    'chronic',
    'diabetes',
    '慢性病',
    '高血压',
    '糖尿病',
  ]),
  service('JOBS', 'Jobs and training 就业培训', 'Employment', [
    'job',
    'employment',
    'training',
    '招聘',
    '求职',
    '培训',
    '找工作',
  ]),
  service('ACTIVITY', 'Community activities 文体活动', 'Culture', [
    'activity',
    'hobby',
    'club',
    '文体活动',
    '兴趣小组',
    '广场舞',
  ]),
  service('NOISE', 'Noise complaint 噪音投诉', 'Public order', [
    'noise',
    'dispute',
    '噪音',
    '扰民',
    '纠纷',
  ]),
  service('PATROL', 'Security patrol 治安巡逻', 'Public order', [
    'patrol',
    'security',
    '巡逻',
    '治安',
  ]),
  service('SAFETY-URGENT', 'Urgent safety hazard 紧急安全', 'Public order', [
    'urgent',
    'emergency',
    'fall',
    'gas leak',
    '紧急',
    '摔倒',
    '燃气泄漏',
    '急救',
  ]),
  service('OTHER', 'Other 其他', 'General', ['other', '其他']),
];

export function strictService(code: string): PlatformService {
  const found = strictServices.find((s) => s.code === code);
  if (!found) throw new Error(`no strict service ${code}`);
  return found;
}

export const dietAttribute: PlatformAttribute = {
  code: 'diet',
  datatype: 'singlevaluelist',
  required: true,
  variable: true,
  description: '饮食要求',
  datatypeDescription: null,
  order: 2,
  values: [
    { key: 'normal', name: '普通' },
    { key: 'soft', name: '软食' },
    { key: 'diabetic', name: '糖尿病餐' },
  ],
};

export const mealsDefinition: PlatformDefinition = {
  serviceCode: 'MEALS',
  attributes: [
    dietAttribute,
    {
      code: 'ticket',
      datatype: 'string',
      required: false,
      variable: true,
      description: 'Kiosk ticket',
      datatypeDescription: null,
      order: 1,
      values: [],
    },
    {
      code: 'delivery_days',
      datatype: 'multivaluelist',
      required: false,
      variable: true,
      description: '送餐日',
      datatypeDescription: null,
      order: 3,
      values: [
        { key: 'mon', name: '周一' },
        { key: 'wed', name: '周三' },
        { key: 'fri', name: '周五' },
      ],
    },
    {
      code: 'note',
      datatype: 'text',
      required: false,
      variable: false,
      description: '本服务每天11点前预订',
      datatypeDescription: null,
      order: 4,
      values: [],
    },
  ],
};

/** A migrated in-memory database whose catalogue cache holds the strict platform. */
export function databaseWithStrictPlatform(
  services: readonly PlatformService[] = strictServices,
): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  saveGoodRefresh(db, {
    at: '2026-11-28T00:00:00.000Z',
    services: services.map((s) => ({
      code: s.code,
      service: s,
      definition: s.code === 'MEALS' ? mealsDefinition : null,
    })),
  });
  return db;
}
