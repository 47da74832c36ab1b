// Every configuration key in one table: its schema, the environment variable that overrides it,
// and a plain description of what is allowed (used in start-up errors and the README).
import { z } from 'zod';
import { Language, languages } from '../../contract/index.js';

const booleanFromText = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1'),
]);

export const configKeys = {
  kioskId: {
    env: 'KIOSK_ID',
    schema: z.string().regex(/^[A-Z][0-9]{2}$/),
    allowed: 'one capital letter and two digits, e.g. A03 (it starts every ticket number)',
    default: 'A01',
  },
  communityName: {
    env: 'KIOSK_COMMUNITY_NAME',
    schema: z.string().trim().min(1).max(40),
    allowed: '1 to 40 characters',
    default: '幸福里社区服务中心',
  },
  centreHotline: {
    env: 'KIOSK_CENTRE_HOTLINE',
    schema: z.string().regex(/^[0-9][0-9-]{2,19}$/),
    allowed: 'digits and dashes, 3 to 20 characters, e.g. 12345 or 010-6512-3456',
    default: '010-6512-3456',
  },
  defaultLanguage: {
    env: 'KIOSK_DEFAULT_LANGUAGE',
    schema: Language,
    allowed: languages.join(', '),
    default: 'zh-CN',
  },
  demoMode: {
    env: 'KIOSK_DEMO_MODE',
    schema: booleanFromText,
    allowed: 'true or false',
    default: true,
  },
  devTools: {
    env: 'KIOSK_DEV_TOOLS',
    schema: booleanFromText,
    allowed: 'true or false (Electron only; keep false on a kiosk in the lobby)',
    default: false,
  },
} as const;

export type ConfigKey = keyof typeof configKeys;
export type KioskConfig = {
  [K in ConfigKey]: z.output<(typeof configKeys)[K]['schema']>;
};

export const configFileName = 'config.json';
