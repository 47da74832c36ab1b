// A kiosk host that has already read a strict platform: before the host starts, its data dir's
// catalogue cache is seeded through the kiosk's own repository (as the integration test "a kiosk
// on a strict platform's cached catalogue" does), with a meal service whose definition asks a
// required single choice, an optional multiple choice and an optional number. The upstream URL
// points where nothing listens, so discovery fails and the cached copy stands. After the run the
// saved request is opened with the kiosk's own repository and key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/openDatabase.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { loadOrCreateKeys } from '../../../electron/services/security/kioskKeys.js';
import { unseal } from '../../../electron/services/security/sealedFields.js';
import type { PlatformDefinition } from '../../../electron/services/upload/centreGateway.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';
import { dietAttribute, strictServices } from '../../unit/platform/strictServices.js';

const databaseFile = 'kiosk.sqlite';

/**
 * MEALS as a strict platform defines it, one question of every kind a resident answers on
 * screen; "floor", "first_delivery" and "note" have no translation on the page.
 */
export const mealsWithQuestions: PlatformDefinition = {
  serviceCode: 'MEALS',
  attributes: [
    dietAttribute,
    {
      code: 'delivery_days',
      datatype: 'multivaluelist',
      required: false,
      variable: true,
      description: '送餐日',
      datatypeDescription: null,
      order: 3,
      values: [
        { key: 'mon', name: '周一' },
        { key: 'wed', name: '周三' },
        { key: 'fri', name: '周五' },
      ],
    },
    {
      code: 'floor',
      datatype: 'number',
      required: false,
      variable: true,
      description: '您家住几楼？',
      datatypeDescription: null,
      order: 4,
      values: [],
    },
    {
      code: 'first_delivery',
      datatype: 'datetime',
      required: false,
      variable: true,
      description: '第一次什么时候送？',
      datatypeDescription: 'YYYY-MM-DDThh:mm',
      order: 5,
      values: [],
    },
    {
      code: 'note',
      datatype: 'string',
      required: false,
      variable: true,
      description: '还有什么要告诉送餐员的？',
      datatypeDescription: null,
      order: 6,
      values: [],
    },
  ],
};

export interface StrictPlatformKiosk {
  host: HostProcess;
  dataDir: string;
  /** Stops the host (if running) and removes the data dir. */
  dispose(): Promise<void>;
}

export async function startStrictPlatformKiosk(): Promise<StrictPlatformKiosk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-platform-'));
  const seeded = openDatabase(join(dataDir, databaseFile));
  try {
    saveGoodRefresh(seeded, {
      at: '2026-11-28T00:00:00.000Z',
      services: strictServices.map((service) => ({
        code: service.code,
        service,
        definition: service.code === 'MEALS' ? mealsWithQuestions : null,
      })),
    });
  } finally {
    seeded.close();
  }
  const host = await startHostProcess({
    KIOSK_DATA_DIR: dataDir,
    // Nothing listens here: discovery fails and the seeded copy stands.
    KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/',
    KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
  });
  return {
    host,
    dataDir,
    dispose: async () => {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The sealed personal fields of a saved request, opened with the kiosk's own key. */
export function savedPersonalFields(dataDir: string, ticket: string): Record<string, unknown> {
  const db = openDatabase(join(dataDir, databaseFile));
  try {
    const row = findRequestByTicket(db, ticket);
    if (!row?.personalSealed) throw new Error(`no sealed fields for ${ticket}`);
    return unseal(loadOrCreateKeys(dataDir), row.personalSealed) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

export function savedServiceCode(dataDir: string, ticket: string): string | null {
  const db = openDatabase(join(dataDir, databaseFile));
  try {
    return findRequestByTicket(db, ticket)?.serviceCode ?? null;
  } finally {
    db.close();
  }
}
