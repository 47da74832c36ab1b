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

  it('keep demo/ out of the production code: the services and the shell see it as types only', async () => {
    for (const file of ['electron/services/probe.ts', 'electron/shell/probe.ts', 'db/probe.ts']) {
      const messages = await restrictedImports(
        file,
        "import { demoKit } from '../../demo/demoKit.js';\nexport default demoKit;\n",
      );
      expect(messages, file).not.toEqual([]);
    }
    expect(
      await restrictedImports(
        'electron/services/probe.ts',
        "import type { DemoCallName } from '../../demo/contract/demoCalls.js';\nexport type N = DemoCallName;\n",
      ),
    ).toEqual([]);
  });

  it('keep the kiosk out of the reference centre, which is a separate program', async () => {
    for (const source of [
      "import { demoCommunity } from '../../demo/community/index.js';",
      "import { Stage } from '../../contract/requests.js';",
      "import { createCentreClient } from '../../upstream/client/index.js';",
      "import { x } from '../../electron/services/x.js';",
      "import { x } from '../../hardware/x.js';",
      "import { x } from '../../renderer/src/x.js';",
    ]) {
      const messages = await restrictedImports('centre/server/probe.ts', `${source}\nexport {};\n`);
      expect(messages, source).toHaveLength(1);
      expect(messages[0], source).toContain('The reference centre is a separate program');
    }
    expect(
      await restrictedImports(
        'centre/server/probe.ts',
        "import { z } from 'zod';\nimport { Stage } from '../wire/vocabulary.js';\nexport const s = [z, Stage];\n",
      ),
    ).toEqual([]);
  });

  it('keep the kiosk and the reference centre out of upstream/', async () => {
    for (const source of [
      "import { Stage } from '../../contract/requests.js';",
      "import { demoCommunity } from '../../demo/community/index.js';",
      "import { x } from '../../electron/services/x.js';",
      "import { x } from '../../hardware/x.js';",
      "import { x } from '../../renderer/src/x.js';",
      "import { startCentreServer } from '../../centre/server/centreServer.js';",
    ]) {
      expect(
        await restrictedImports('upstream/client/probe.ts', `${source}\nexport {};\n`),
        source,
      ).not.toEqual([]);
    }
    expect(
      await restrictedImports(
        'upstream/client/probe.ts',
        "import { z } from 'zod';\nimport { W } from '../wire/scalars.js';\nexport const s = [z, W];\n",
      ),
    ).toEqual([]);
  });
});
