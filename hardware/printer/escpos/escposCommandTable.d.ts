// The few parts of the untyped escpos@3 command table this project reads. See escposPackage.ts.
declare module 'escpos/commands.js' {
  interface EscposCommandTable {
    HARDWARE: { HW_INIT: string };
    TEXT_FORMAT: {
      TXT_BOLD_ON: string;
      TXT_BOLD_OFF: string;
      TXT_ALIGN_LT: string;
      TXT_ALIGN_CT: string;
      TXT_ALIGN_RT: string;
      /** Takes magnification − 1 for each axis (0–7), despite its name. */
      TXT_CUSTOM_SIZE(width: number, height: number): string;
    };
  }
  const commands: EscposCommandTable;
  export = commands;
}
