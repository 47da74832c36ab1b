// KIOSK_CARD_READER → a typed reader spec. Accepted forms:
//   simulator                      the built-in simulator (the demo default)
//   serial:<path>[?baud=<rate>]    a UART reader, e.g. serial:/dev/ttyUSB0 or serial:COM3?baud=57600
//   hid:<vid>:<pid>                an HID-wrapped reader, four hex digits each, e.g. hid:10c4:0007
// Anything else throws, naming the value and the accepted forms, so a typo stops start-up with a
// message instead of a kiosk that silently never reads a card.
import { findHidWrapper, HID_WRAPPERS } from '../transport/hid/wrappers.js';

/** The rates SAM readers and their USB-serial bridges run at; 115200 8N1 is the default. */
export const SAM_BAUD_RATES = [115200, 57600, 38400, 19200, 9600] as const;
export type SamBaudRate = (typeof SAM_BAUD_RATES)[number];

export type CardReaderSpec =
  | { readonly kind: 'simulator' }
  | { readonly kind: 'serial'; readonly path: string; readonly baudRate: SamBaudRate }
  | { readonly kind: 'hid'; readonly vendorId: number; readonly productId: number };

export const DEFAULT_CARD_READER = 'simulator';

const hex4 = (value: number): string => value.toString(16).padStart(4, '0');

const knownHid = (): string =>
  HID_WRAPPERS.map((wrapper) => `hid:${hex4(wrapper.vendorId)}:${hex4(wrapper.productId)}`).join(
    ', ',
  );

const allowed = (): string =>
  `allowed: "simulator", "serial:<device path>[?baud=${SAM_BAUD_RATES.join('|')}]" ` +
  `(e.g. serial:/dev/ttyUSB0), or "hid:<vid>:<pid>" for a known HID reader (${knownHid()})`;

export class CardReaderSpecError extends Error {
  constructor(value: string, problem: string) {
    super(`KIOSK_CARD_READER=${JSON.stringify(value)} is not valid: ${problem}; ${allowed()}`);
    this.name = 'CardReaderSpecError';
  }
}

function parseSerial(value: string, rest: string): CardReaderSpec {
  const [path = '', query, ...extra] = rest.split('?');
  if (extra.length > 0) throw new CardReaderSpecError(value, 'more than one "?"');
  // Absolute Unix paths, Windows COM ports and \\.\COMn device names.
  if (!/^(\/\S+|COM\d+|\\\\\.\\COM\d+)$/i.test(path)) {
    throw new CardReaderSpecError(value, `"${path}" is not a serial device path`);
  }
  let baudRate: SamBaudRate = 115200;
  if (query !== undefined) {
    const match = /^baud=(\d+)$/.exec(query);
    const rate = Number(match?.[1]);
    if (!match || !(SAM_BAUD_RATES as readonly number[]).includes(rate)) {
      throw new CardReaderSpecError(value, `"?${query}" is not a supported baud setting`);
    }
    baudRate = rate as SamBaudRate;
  }
  return { kind: 'serial', path, baudRate };
}

function parseHid(value: string, rest: string): CardReaderSpec {
  const match = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(rest);
  if (!match) throw new CardReaderSpecError(value, 'vendor and product IDs must be 4 hex digits');
  const vendorId = parseInt(match[1] ?? '', 16);
  const productId = parseInt(match[2] ?? '', 16);
  if (!findHidWrapper(vendorId, productId)) {
    // SAM_V USB readers (e.g. 0400:c35a) use bulk transfers, not HID: name that trap explicitly.
    throw new CardReaderSpecError(
      value,
      `no HID wrapper is known for ${rest}; SAM_V USB readers use bulk transfers, not HID, and ` +
        `need a serial or vendor bridge`,
    );
  }
  return { kind: 'hid', vendorId, productId };
}

export function parseCardReaderSpec(value: string): CardReaderSpec {
  const trimmed = value.trim();
  if (trimmed === 'simulator') return { kind: 'simulator' };
  const colon = trimmed.indexOf(':');
  const scheme = colon < 0 ? trimmed : trimmed.slice(0, colon);
  const rest = colon < 0 ? '' : trimmed.slice(colon + 1);
  if (scheme === 'serial') return parseSerial(value, rest);
  if (scheme === 'hid') return parseHid(value, rest);
  throw new CardReaderSpecError(value, 'unknown reader kind');
}

/** The spec as a KIOSK_CARD_READER value again, for logs and settings screens. */
export function formatCardReaderSpec(spec: CardReaderSpec): string {
  switch (spec.kind) {
    case 'simulator':
      return 'simulator';
    case 'serial':
      return spec.baudRate === 115200
        ? `serial:${spec.path}`
        : `serial:${spec.path}?baud=${spec.baudRate}`;
    case 'hid':
      return `hid:${hex4(spec.vendorId)}:${hex4(spec.productId)}`;
  }
}
