// The staff calls that look after the kiosk itself: its devices (with a test page, a test read
// and a test of the way to the centre), a log export with no personal data, its settings (the
// centre's key is never sent back, only whether one is set) and the local demand view. Each
// carries the staff session token; the host checks it, never the page.
import { z } from 'zod';
import { DeviceStatus } from './kioskInfo.js';
import { Language, TextSize } from './settings.js';
import { StaffTokenInput } from './staff.js';

const StaffToken = StaffTokenInput.shape.token;

export const StaffDevices = z.object({
  kioskId: z.string(),
  version: z.string(),
  printer: DeviceStatus,
  cardReader: DeviceStatus,
  /** The data dir's file system (fs.statfs); null where it cannot be read. */
  disk: z
    .object({ freeBytes: z.number().int().min(0), totalBytes: z.number().int().min(0) })
    .nullable(),
  centreConfigured: z.boolean(),
});
export type StaffDevices = z.infer<typeof StaffDevices>;

export const TestPageResult = z.object({
  outcome: z.enum(['printed', 'failed']),
  /** The printer's reason when it failed, e.g. "paper-out"; never personal data. */
  problem: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type TestPageResult = z.infer<typeof TestPageResult>;

export const TestReadResult = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('read'),
    /** The name's first character and a star, e.g. "张*". */
    maskedName: z.string().max(4),
    /** The number's first and last character only, e.g. "1****************X". */
    maskedNumber: z.string().max(20),
  }),
  z.object({ outcome: z.literal('no-card') }),
  z.object({ outcome: z.literal('error'), code: z.string() }),
]);
export type TestReadResult = z.infer<typeof TestReadResult>;

export const ConnectionTestResult = z.object({
  outcome: z.enum(['reached', 'failed', 'not-configured']),
  /** The centre's base address without its query, as staff would check it. */
  address: z.string(),
  /** How many services the centre listed, when it answered. */
  services: z.number().int().min(0).nullable(),
  elapsedMs: z.number().int().min(0),
  /** Why it failed, in the platform's or the network's words (no key, no personal data). */
  problem: z.string().nullable(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>;

export const LogExportResult = z.object({
  file: z.string(),
  lines: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type LogExportResult = z.infer<typeof LogExportResult>;

/** The settings staff may change here; every other one stays in config.json. */
export const staffSettingKeys = [
  'kioskId',
  'communityName',
  'upstreamUrl',
  'upstreamApiKey',
  'defaultLanguage',
  'defaultTextSize',
  'upstreamTimeoutMs',
  'printer',
  'cardReader',
] as const;
export type StaffSettingKey = (typeof staffSettingKeys)[number];

/** Taking effect at once (from the next visit); the rest at the next start. */
export const liveStaffSettingKeys = [
  'defaultLanguage',
  'defaultTextSize',
] as const satisfies readonly StaffSettingKey[];

export const StaffSettingsView = z.object({
  values: z.object({
    kioskId: z.string(),
    communityName: z.string(),
    upstreamUrl: z.string(),
    defaultLanguage: Language,
    defaultTextSize: TextSize,
    upstreamTimeoutMs: z.number().int(),
    printer: z.string(),
    cardReader: z.string(),
  }),
  /** Never the key itself: only whether one is set. */
  apiKey: z.enum(['set', 'not-set']),
  /** Saved but waiting for the next start. */
  waitingForRestart: z.array(z.enum(staffSettingKeys)),
  /** Set by an environment variable, which wins over the file: not changeable here. */
  fromEnvironment: z.array(z.enum(staffSettingKeys)),
});
export type StaffSettingsView = z.infer<typeof StaffSettingsView>;

/** Loose on purpose: each value is checked by the config file's own schema in the kiosk. */
export const StaffSettingsChange = z
  .object({
    kioskId: z.string().max(300),
    communityName: z.string().max(300),
    upstreamUrl: z.string().max(2000),
    upstreamApiKey: z.string().max(300),
    defaultLanguage: z.string().max(20),
    defaultTextSize: z.string().max(20),
    upstreamTimeoutMs: z.union([z.string().max(20), z.number()]),
    printer: z.string().max(300),
    cardReader: z.string().max(300),
  })
  .partial()
  .strict();
export type StaffSettingsChange = z.infer<typeof StaffSettingsChange>;

export const StaffSettingsSaved = z.object({
  saved: z.array(z.enum(staffSettingKeys)),
  appliedNow: z.array(z.enum(staffSettingKeys)),
  needRestart: z.array(z.enum(staffSettingKeys)),
});
export type StaffSettingsSaved = z.infer<typeof StaffSettingsSaved>;

export const DemandStats = z.object({
  /** The centre's calendar days covered, oldest first (30 of them). */
  days: z.array(z.string()),
  /** Requests per kiosk category over the whole window, most first. */
  byCategory: z.array(z.object({ category: z.string(), count: z.number().int().min(0) })),
  /** Requests per day and category (only pairs with at least one). */
  byDay: z.array(
    z.object({ day: z.string(), category: z.string(), count: z.number().int().min(1) }),
  ),
  /** 24 entries, hour 0 to 23 in the centre's time zone. */
  byHour: z.array(z.object({ hour: z.number().int(), count: z.number().int().min(0) })),
  total: z.number().int().min(0),
  /** Among requests made in the window that are done; null when none is. */
  medianMinutesToDone: z.number().min(0).nullable(),
  doneCount: z.number().int().min(0),
});
export type DemandStats = z.infer<typeof DemandStats>;

export const staffToolCalls = {
  /** Printer and reader state, disk space of the data dir, the kiosk's version. */
  getStaffDevices: { input: StaffTokenInput, output: StaffDevices },
  /** A page marked as a test, through the real printer driver; waits for how it ended. */
  staffPrintTestPage: { input: StaffTokenInput, output: TestPageResult },
  /** Waits up to waitMs for a card and shows only a masked result. */
  staffTestCardRead: {
    input: z.object({ token: StaffToken, waitMs: z.number().int().min(1000).max(30_000) }).strict(),
    output: TestReadResult,
  },
  /** Reaches the centre's Open311 base and reads its services list, timed. */
  staffTestConnection: { input: StaffTokenInput, output: ConnectionTestResult },
  /** Writes the kiosk's logs, with no personal data, to the export folder. */
  staffExportLogs: { input: StaffTokenInput, output: LogExportResult },
  getStaffSettings: { input: StaffTokenInput, output: StaffSettingsView },
  /** Checks every value with the config file's schema; a bad one is refused naming the field. */
  staffChangeSettings: {
    input: z.object({ token: StaffToken, changes: StaffSettingsChange }).strict(),
    output: StaffSettingsSaved,
  },
  /** The last 30 days of requests on this kiosk: by category and day, by hour, time to done. */
  getStaffDemand: { input: StaffTokenInput, output: DemandStats },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
