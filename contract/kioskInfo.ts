import { z } from 'zod';
import { LocalizedText } from './community.js';
import { mappingSources } from './constants.js';
import { Language } from './settings.js';

export const deviceStates = [
  'ready',
  'busy',
  'needs-attention',
  'disconnected',
  'not-installed',
] as const;

export const DeviceStatus = z.object({
  /** The configured driver, e.g. "simulator" or "serial:/dev/ttyUSB0". */
  driver: z.string(),
  state: z.enum(deviceStates),
  /** A short reason for staff, e.g. "paper near end"; never personal data. */
  detail: z.string().optional(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

export const KioskInfo = z.object({
  kioskId: z.string(),
  communityName: z.string(),
  /** The community's name in each language of the screen (communityNames.ts). */
  communityNames: LocalizedText.optional(),
  centreHotline: z.string(),
  languages: z.array(Language).nonempty(),
  defaultLanguage: Language,
  version: z.string(),
  demoMode: z.boolean(),
  /** ISO 8601 time this kiosk process started. */
  startedAt: z.string(),
  hardware: z.object({
    cardReader: DeviceStatus,
    printer: DeviceStatus,
  }),
  /** The store-and-forward queue towards the centre's platform. */
  upstream: z.object({
    /** False when no centre is configured: requests are kept, but nothing forwards them. */
    configured: z.boolean(),
    queueDepth: z.number().int().min(0),
    deadLetters: z.number().int().min(0),
    /** Entries the mapping cannot place (unmapped or withdrawn service), and why, for staff. */
    held: z.number().int().min(0),
    heldReason: z.string().nullable(),
    /** Settled on this kiosk only, e.g. ratings a platform does not take. */
    localOnly: z.number().int().min(0),
    oldestWaitingSeconds: z.number().int().min(0).nullable(),
    /** The whole queue is paused (Retry-After, or every send failing): since when, why, until when. */
    stalled: z
      .object({ since: z.string(), reason: z.string().nullable(), nextAttemptAt: z.string() })
      .nullable(),
    lastContactAt: z.string().nullable(),
  }),
  /** What the centre's platform accepts and how the kiosk's needs map onto it, for staff and IT. */
  platform: z.object({
    /** False when no centre is configured: every need is offered and no codes are chosen. */
    configured: z.boolean(),
    /** The last good read of the platform's services; null before the first. */
    servicesFetchedAt: z.string().nullable(),
    /** Why the last read failed or was refused (the good copy stays in use); null after a good one. */
    lastRefreshError: z.string().nullable(),
    servicesAccepted: z.number().int().min(0),
    servicesWithdrawn: z.number().int().min(0),
    needsOffered: z.number().int().min(0),
    needsHidden: z.number().int().min(0),
    /** The service the emergency button files under, or null with emergencyProblem saying why. */
    emergency: z.object({
      serviceCode: z.string().nullable(),
      source: z.enum(mappingSources).nullable(),
      problem: z.string().nullable(),
    }),
    /** Where the community directory came from. */
    directorySource: z.enum(['demo-seed', 'upstream', 'provisioned-file', 'hotline-only']),
  }),
  /** The data at rest, for staff and IT: where the key is kept and whether the database is sound. */
  storage: z.object({
    /** 'keyring': behind the OS secret store; 'file': a file only the kiosk's user can read. */
    keyProtection: z.enum(['keyring', 'file']),
    /** When a start found a key other than the one stored rows were sealed with; null if never. */
    keyReplacedAt: z.string().nullable(),
    /** Sealed rows the current key cannot open: kept, never deleted, dead-lettered for staff. */
    unreadableSealedRows: z.number().int().min(0),
    /** PRAGMA quick_check at start; the kiosk serves on in every case (README, privacy). */
    integrity: z.enum(['ok', 'damaged', 'unfinished', 'not-run']),
    integrityProblem: z.string().nullable(),
  }),
});
export type KioskInfo = z.infer<typeof KioskInfo>;
