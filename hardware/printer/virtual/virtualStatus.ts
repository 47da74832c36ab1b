// The virtual printer's condition, and the DLE EOT reply bytes a real printer in that condition
// would send (shape 0xx1xx10, bits per HARDWARE.md).

export interface VirtualPrinterCondition {
  /** False: the printer ignores DLE EOT, like one that is off or unplugged. */
  readonly answersStatus: boolean;
  readonly coverOpen: boolean;
  readonly paperNearEnd: boolean;
  readonly paperOut: boolean;
  readonly cutterError: boolean;
  readonly unrecoverableError: boolean;
  readonly autoRecoverableError: boolean;
  /** Taken offline for another reason (e.g. the feed button is held). */
  readonly forcedOffline: boolean;
}

export const healthyCondition: VirtualPrinterCondition = Object.freeze({
  answersStatus: true,
  coverOpen: false,
  paperNearEnd: false,
  paperOut: false,
  cutterError: false,
  unrecoverableError: false,
  autoRecoverableError: false,
  forcedOffline: false,
});

const base = 0b0001_0010;
const flag = (on: boolean, mask: number): number => (on ? mask : 0);

/** The reply to DLE EOT `kind`, or undefined for a kind a printer does not answer. */
export function statusReplyByte(
  condition: VirtualPrinterCondition,
  kind: number,
): number | undefined {
  const error =
    condition.cutterError || condition.unrecoverableError || condition.autoRecoverableError;
  const offline = condition.forcedOffline || condition.coverOpen || condition.paperOut || error;
  switch (kind) {
    case 1:
      return base | flag(offline, 0x08);
    case 2:
      return (
        base | flag(condition.coverOpen, 0x04) | flag(condition.paperOut, 0x20) | flag(error, 0x40)
      );
    case 3:
      return (
        base |
        flag(condition.cutterError, 0x08) |
        flag(condition.unrecoverableError, 0x20) |
        flag(condition.autoRecoverableError, 0x40)
      );
    case 4:
      return base | flag(condition.paperNearEnd, 0x0c) | flag(condition.paperOut, 0x60);
    default:
      return undefined;
  }
}
