// A complete production configuration for tests (demoMode false): real device specs that need
// no hardware (a printer device file in the data dir, a serial reader that is not there, so the
// kiosk shows it disconnected), a centre URL nothing listens on, and a name and hotline that are
// not the demo community's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provisionDirectory } from './provisionedDirectory.js';

export const productionCommunityName = '向阳社区服务中心';
export const productionHotline = '12345';

export function productionEnv(dataDir: string): Record<string, string> {
  return {
    KIOSK_DEMO_MODE: 'false',
    KIOSK_CARD_READER: 'serial:/dev/kiosk-test-no-such-reader',
    KIOSK_PRINTER: `file:${join(dataDir, 'printer.bin')}?status=none`,
    KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/open311',
    KIOSK_UPSTREAM_API_KEY: 'test-kiosk-key',
    KIOSK_COMMUNITY_NAME: productionCommunityName,
    KIOSK_CENTRE_HOTLINE: productionHotline,
  };
}

/** Makes dataDir a provisioned production kiosk's: the printer's device file and, unless told
 *  otherwise, a directory.json; returns the environment to start it with. */
export function provisionProductionKiosk(
  dataDir: string,
  options: { directory?: boolean } = {},
): Record<string, string> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dataDir, 'printer.bin'), '');
  if (options.directory ?? true) provisionDirectory(dataDir);
  return { ...productionEnv(dataDir), KIOSK_DATA_DIR: dataDir };
}
