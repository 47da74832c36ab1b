// The layer rules live in eslint.config.js; this proves they fire, so a config edit cannot quietly
// switch them off.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

describe('layering lint rules', () => {
  it('keep Node, Electron, devices, services and zod out of the renderer', async () => {
    for (const source of [
      "import { readFileSync } from 'node:fs';",
      "import fs from 'fs';",
      "import { ipcRenderer } from 'electron';",
      "import Database from 'better-sqlite3';",
      "import HID from 'node-hid';",
      "import { SerialPort } from 'serialport';",
      "import { z } from 'zod';",
      "import { openDatabase } from '../../db/openDatabase.js';",
      "import { createDispatcher } from '../../electron/services/dispatch.js';",
      "import { kioskCalls } from '../../contract/index.js';",
    ]) {
      expect(
        await restrictedImports('renderer/src/probe.ts', `${source}\nexport {};\n`),
        source,
      ).not.toEqual([]);
    }
  });

  it('let the renderer import the contract as types, and its transport names', async () => {
    expect(
      await restrictedImports(
        'renderer/src/probe.ts',
        "import type { KioskApi } from '../../contract/index.js';\nimport { tokenHeader } from '../../contract/transport.js';\nimport { phonePattern } from '../../contract/constants.js';\nexport type A = KioskApi;\nexport const h = [tokenHeader, phonePattern];\n",
      ),
    ).toEqual([]);
  });

  it('keep React and Electron out of db/ and hardware/, and Electron out of the services', async () => {
    expect(
      await restrictedImports('db/probe.ts', "import React from 'react';\nexport default React;\n"),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'hardware/probe.ts',
        "import { app } from 'electron';\nexport default app;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'hardware/probe.ts',
        "import { x } from '../electron/services/x.js';\nexport default x;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'electron/services/probe.ts',
        "import { app } from 'electron';\nexport default app;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'electron/shell/probe.ts',
        "import { app } from 'electron';\nexport default app;\n",
      ),
    ).toEqual([]);
  });

  it('keep the contract free of everything but zod', async () => {
    expect(
      await restrictedImports(
        'contract/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport default readFileSync;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports('contract/probe.ts', "import { z } from 'zod';\nexport default z;\n"),
    ).toEqual([]);
  });
});
