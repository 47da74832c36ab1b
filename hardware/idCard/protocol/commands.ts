// The SAM commands the driver and the simulator use (HARDWARE.md, "Commands"). The "appended
// address" read is left out on purpose: sources disagree on 30 02 versus 30 03.
import type { RequestFrame } from './frame.js';

export const SAM_COMMANDS = {
  resetSam: { command: 0x10, parameter: 0xff },
  samStatus: { command: 0x11, parameter: 0xff },
  samId: { command: 0x12, parameter: 0xff },
  findCard: { command: 0x20, parameter: 0x01 },
  selectCard: { command: 0x20, parameter: 0x02 },
  readText: { command: 0x30, parameter: 0x01 },
  readWithFingerprint: { command: 0x30, parameter: 0x10 },
} as const;

export type SamCommandName = keyof typeof SAM_COMMANDS;

const emptyData = new Uint8Array(0);

export function samRequest(name: SamCommandName): RequestFrame {
  return { ...SAM_COMMANDS[name], data: emptyData };
}

/** Which named command a request is, if any; the simulator answers unknown ones with 0x21. */
export function identifyCommand(request: RequestFrame): SamCommandName | undefined {
  for (const [name, value] of Object.entries(SAM_COMMANDS)) {
    if (value.command === request.command && value.parameter === request.parameter) {
      return name as SamCommandName;
    }
  }
  return undefined;
}
