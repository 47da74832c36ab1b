// CENTRE_TIME_ZONE: the zone whose local day is the queue's day. Unset, it is Asia/Shanghai; a
// zone Intl knows is taken (in its canonical spelling); anything else stops the start with a
// message naming the setting. In another zone the numbers start again at 1 at that zone's
// midnight, not Shanghai's.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreConfigError, readCentreEnv } from '../../../centre/options.js';
import { issueNumber } from '../../../centre/server/queue/issueNumber.js';
import { windowServiceNamed } from '../../../centre/server/queue/windowServices.js';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import { loadMigrations, migrate } from '../../../centre/server/store/migrate.js';

describe('CENTRE_TIME_ZONE', () => {
  it('defaults to Asia/Shanghai and takes a zone Intl accepts', () => {
    expect(readCentreEnv({}, '/srv/kiosk').timeZone).toBe('Asia/Shanghai');
    expect(readCentreEnv({ CENTRE_TIME_ZONE: ' ' }, '/srv/kiosk').timeZone).toBe('Asia/Shanghai');
    const options = readCentreEnv({ CENTRE_TIME_ZONE: 'america/new_york' }, '/srv/kiosk');
    expect(options.timeZone).toBe('America/New_York');
  });

  it('refuses a zone Intl does not know, naming the setting', () => {
    for (const zone of ['Mars/Olympus_Mons', 'Shanghai time']) {
      expect(() => readCentreEnv({ CENTRE_TIME_ZONE: zone }, '/srv/kiosk')).toThrow(
        CentreConfigError,
      );
      expect(() => readCentreEnv({ CENTRE_TIME_ZONE: zone }, '/srv/kiosk')).toThrow(
        `CENTRE_TIME_ZONE must be an IANA time zone such as Asia/Shanghai; got "${zone}".`,
      );
    }
  });
});

describe('the queue day in another zone', () => {
  let db: BetterSqlite3.Database;
  afterEach(() => db.close());

  it('starts the numbers again at that zone’s midnight', () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(centreMigrationsDir()));
    const civil = windowServiceNamed('civil-affairs');
    if (!civil) throw new Error('the demo window services changed');
    let keys = 0;
    const take = (at: string) =>
      issueNumber(
        db,
        {
          clientKey: `00000000-0000-4000-8000-${String(++keys).padStart(12, '0')}`,
          service: civil,
          priority: false,
          kioskId: null,
        },
        new Date(at),
        'America/New_York',
      ).ticket;

    // 23:30 and 23:50 on 30 November in New York (already 1 December in Shanghai).
    const lateEvening = [take('2026-12-01T04:30:00Z'), take('2026-12-01T04:50:00Z')];
    expect(lateEvening.map((ticket) => [ticket.serviceDay, ticket.number])).toEqual([
      ['2026-11-30', 'B001'],
      ['2026-11-30', 'B002'],
    ]);
    // 00:10 on 1 December in New York: a new day, from 1 again.
    const afterMidnight = take('2026-12-01T05:10:00Z');
    expect([afterMidnight.serviceDay, afterMidnight.number]).toEqual(['2026-12-01', 'B001']);
  });
});
