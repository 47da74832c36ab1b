// A complete production configuration for tests (demoMode false): real device specs that need
// no hardware (a printer device file in the data dir, a serial reader that is not there, so the
// kiosk shows it disconnected), a centre URL nothing listens on, and a name and hotline that are
// not the demo community's.
import { join } from 'node:path';

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
