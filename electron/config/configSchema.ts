// Every configuration key in one table: its schema, the environment variable that overrides it,
// and a plain description of what is allowed (used in start-up errors and the README).
import { posix, win32 } from 'node:path';
import { z } from 'zod';
import { Language, TextSize, languages, textSizes } from '../../contract/index.js';
import { StaffEntryMode } from '../../contract/staff.js';
import { parseCardReaderSpec } from '../../hardware/idCard/index.js';
import { parsePrinterSpec, printerSpecHelp } from '../../hardware/printer/index.js';
import { isPlainText } from '../../text/plainText.js';

/** A device spec is checked by its driver's own parser, whose message says what is wrong. */
function deviceSpec<T>(parse: (value: string) => T) {
  return z.string().transform((value, context) => {
    try {
      return parse(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Empty (not set) or a number in range; environment variables arrive as text. */
function optionalNumberInRange(min: number, max: number) {
  return z.union([
    z.literal('').transform(() => null),
    z.null(),
    z.coerce.number().min(min).max(max),
  ]);
}

function hasNoCredentials(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.username === '' && parsed.password === '';
}

/**
 * How a setting's value may appear in a start-up error: 'whole-value' is never echoed,
 * 'credentials-in-url' is echoed with anything before an @ in the authority hidden.
 */
export type SecretKind = 'whole-value' | 'credentials-in-url';

const booleanFromText = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1'),
]);

/**
 * A name or place shown on the screen, printed, and (the kiosk's address) sent to the centre;
 * the centre may set it remotely. The one text rule (text/plainText.ts) holds: a value with a
 * control, bidi or invisible character is refused, as the centre itself would refuse it.
 */
const shownLine = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => isPlainText(text, { multiline: false }));
const noInvisible = '; no control, bidi or invisible characters';

export const configKeys = {
  kioskId: {
    env: 'KIOSK_ID',
    schema: z.string().regex(/^[A-Z][0-9]{2}$/),
    allowed: 'one capital letter and two digits, e.g. A03 (it starts every ticket number)',
    default: 'A01',
  },
  communityName: {
    env: 'KIOSK_COMMUNITY_NAME',
    schema: shownLine(40, 1),
    allowed: `1 to 40 characters${noInvisible}`,
    default: '幸福里社区服务中心',
  },
  communityNameEnglish: {
    env: 'KIOSK_COMMUNITY_NAME_EN',
    schema: shownLine(80),
    allowed: `empty, or the community’s name as the centre writes it in English (up to 80 characters${noInvisible}); empty shows the Chinese name on English screens`,
    default: '',
  },
  centreHotline: {
    env: 'KIOSK_CENTRE_HOTLINE',
    schema: z.string().regex(/^[0-9][0-9-]{2,19}$/),
    allowed: 'digits and dashes, 3 to 20 characters, e.g. 12345 or 010-65781234',
    // The demo community's centre (demo/community), so the top bar and the receipts agree.
    default: '010-65781234',
  },
  defaultLanguage: {
    env: 'KIOSK_DEFAULT_LANGUAGE',
    schema: Language,
    allowed: languages.join(', '),
    default: 'zh-CN',
  },
  defaultTextSize: {
    env: 'KIOSK_DEFAULT_TEXT_SIZE',
    schema: TextSize,
    allowed: textSizes.join(', '),
    default: 'standard',
  },
  demoMode: {
    env: 'KIOSK_DEMO_MODE',
    schema: booleanFromText,
    allowed: 'true or false',
    default: true,
  },
  timeZone: {
    env: 'KIOSK_TIME_ZONE',
    schema: z.string().refine(isTimeZone),
    allowed: 'an IANA time zone, e.g. Asia/Shanghai (ticket dates and opening hours use it)',
    default: 'Asia/Shanghai',
  },
  cardReader: {
    env: 'KIOSK_CARD_READER',
    schema: deviceSpec(parseCardReaderSpec),
    allowed:
      'simulator, serial:DEVICE[?baud=115200] (e.g. serial:/dev/ttyUSB0), or hid:VID:PID in hex (e.g. hid:10c4:0007)',
    default: 'simulator',
  },
  printer: {
    env: 'KIOSK_PRINTER',
    schema: deviceSpec(parsePrinterSpec),
    allowed: printerSpecHelp,
    default: 'simulator',
  },
  upstreamUrl: {
    env: 'KIOSK_UPSTREAM_URL',
    schema: z.union([
      z.literal(''),
      z
        .url({ protocol: /^https?$/ })
        // user:pass@ in the URL would be logged and sent wherever the URL goes: the API key
        // setting is the one place for the kiosk's credential.
        .refine(hasNoCredentials)
        .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    ]),
    allowed:
      'empty (keep requests on the kiosk only) or the http(s) base URL of the centre’s Open311 endpoint, without user:password@ (put the key in upstreamApiKey)',
    secret: 'credentials-in-url',
    default: '',
  },
  upstreamApiKey: {
    env: 'KIOSK_UPSTREAM_API_KEY',
    schema: z.string().max(200),
    allowed: 'the API key the centre issued to this kiosk (up to 200 characters)',
    secret: 'whole-value',
    default: '',
  },
  voterKey: {
    env: 'KIOSK_VOTER_KEY',
    schema: z.union([z.literal(''), z.string().min(32).max(200)]),
    allowed:
      'empty (no micro-projects vote on this kiosk), or the voter key all of the centre’s kiosks share (32 to 200 characters; the centre never holds it)',
    secret: 'whole-value',
    default: '',
  },
  upstreamJurisdiction: {
    env: 'KIOSK_UPSTREAM_JURISDICTION',
    schema: z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/)]),
    allowed:
      'empty, or the jurisdiction_id the centre’s endpoint wants on every call (letters, digits, . _ : -, up to 100)',
    default: '',
  },
  kioskLatitude: {
    env: 'KIOSK_LATITUDE',
    schema: optionalNumberInRange(-90, 90),
    allowed: 'empty, or the kiosk’s WGS84 latitude in degrees (-90 to 90); set with kioskLongitude',
    default: '',
  },
  kioskLongitude: {
    env: 'KIOSK_LONGITUDE',
    schema: optionalNumberInRange(-180, 180),
    allowed:
      'empty, or the kiosk’s WGS84 longitude in degrees (-180 to 180); set with kioskLatitude',
    default: '',
  },
  kioskAddress: {
    env: 'KIOSK_ADDRESS',
    schema: shownLine(120),
    allowed: `where the kiosk stands, as the centre’s staff would write it (up to 120 characters${noInvisible}); sent when a request is about the kiosk’s own place`,
    default: '',
  },
  serviceRefreshMinutes: {
    env: 'KIOSK_SERVICE_REFRESH_MINUTES',
    schema: z.coerce.number().int().min(1).max(1440),
    allowed:
      'minutes from 1 to 1440 (how often the centre’s services and their definitions are re-read)',
    default: 60,
  },
  upstreamTimeoutMs: {
    env: 'KIOSK_UPSTREAM_TIMEOUT_MS',
    schema: z.coerce.number().int().min(500).max(120_000),
    allowed: 'milliseconds from 500 to 120000',
    default: 10_000,
  },
  upstreamMaxInFlight: {
    env: 'KIOSK_UPSTREAM_MAX_IN_FLIGHT',
    schema: z.coerce.number().int().min(1).max(64),
    allowed:
      'whole numbers from 1 to 64 (calls to the centre open at once while the queue drains; more hides a slower link)',
    default: 8,
  },
  retryBaseMs: {
    env: 'KIOSK_RETRY_BASE_MS',
    schema: z.coerce.number().int().min(10).max(600_000),
    allowed: 'milliseconds from 10 to 600000 (the first retry waits up to this long)',
    default: 2_000,
  },
  retryCapMs: {
    env: 'KIOSK_RETRY_CAP_MS',
    schema: z.coerce.number().int().min(10).max(86_400_000),
    allowed: 'milliseconds from 10 to 86400000 (no retry waits longer, unless the centre asks)',
    default: 600_000,
  },
  statusPollSeconds: {
    env: 'KIOSK_STATUS_POLL_SECONDS',
    schema: z.coerce.number().int().min(5).max(86_400),
    allowed: 'seconds from 5 to 86400',
    default: 60,
  },
  heartbeatSeconds: {
    env: 'KIOSK_HEARTBEAT_SECONDS',
    schema: z.coerce.number().int().min(10).max(3_600),
    allowed: 'seconds from 10 to 3600 (how often the kiosk tells the centre how it is)',
    default: 60,
  },
  retentionDays: {
    env: 'KIOSK_RETENTION_DAYS',
    schema: z.coerce.number().int().min(1).max(365),
    allowed: 'whole days from 1 to 365 (personal fields of forwarded requests are purged after it)',
    default: 7,
  },
  printRetentionDays: {
    env: 'KIOSK_PRINT_RETENTION_DAYS',
    schema: z.coerce.number().int().min(1).max(365),
    allowed:
      'whole days from 1 to 365 (print jobs, each with its whole receipt, and superseded directory snapshots are deleted after it)',
    default: 7,
  },
  staffEntry: {
    env: 'KIOSK_STAFF_ENTRY',
    schema: StaffEntryMode,
    allowed:
      'pin (a staff PIN alone) or card-and-pin (the staff member’s own card on the reader, then the PIN)',
    default: 'pin',
  },
  logExportDir: {
    env: 'KIOSK_LOG_EXPORT_DIR',
    schema: z.union([
      z.literal(''),
      z
        .string()
        .max(300)
        .refine((path) => posix.isAbsolute(path) || win32.isAbsolute(path)),
    ]),
    allowed:
      'empty (log exports go to exports/ in the data dir) or an absolute folder, e.g. a USB stick at /media/kiosk/USB',
    default: '',
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
/** Provisioned by the centre's IT person beside config.json (see README, "Platform services"). */
export const serviceMappingFileName = 'service-mapping.json';
/** Written by the kiosk for staff to review and copy into serviceMappingFileName. */
export const proposedMappingFileName = 'service-mapping.proposed.json';
/** The community directory for platforms without the directory extension. */
export const directoryFileName = 'directory.json';
