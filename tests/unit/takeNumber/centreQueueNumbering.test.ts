// The reference centre's queue numbering, on its own database with a fake clock: a number per
// service per day that starts again at 1 on the centre's next local day, a priority sequence of
// its own, a retried press that gets the same number, and numbers kiosks issued offline
// accepted beside the centre's own, never colliding with them or with each other.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptReported, issueNumber } from '../../../centre/server/queue/issueNumber.js';
import { centreDay } from '../../../centre/server/centreDay.js';
import { kioskNumber } from '../../../centre/server/queue/queueNumbers.js';
import { windowServiceNamed } from '../../../centre/server/queue/windowServices.js';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import { loadMigrations, migrate } from '../../../centre/server/store/migrate.js';
import {
  callNext,
  findQueueTicket,
  waitingAhead,
} from '../../../centre/server/store/queueTickets.js';

let db: BetterSqlite3.Database;
afterEach(() => db.close());

const open = () => {
  db = new BetterSqlite3(':memory:');
  migrate(db, loadMigrations(centreMigrationsDir()));
};

const civil = windowServiceNamed('civil-affairs');
const social = windowServiceNamed('social-insurance');
const papers = windowServiceNamed('residence-papers');
if (!civil || !social || !papers) throw new Error('the demo window services changed');

let keys = 0;
const key = () => `00000000-0000-4000-8000-${String(++keys).padStart(12, '0')}`;
// 09:00 in Shanghai on 1 December.
const morning = new Date('2026-12-01T01:00:00Z');
const minutesLater = (minutes: number) => new Date(morning.getTime() + minutes * 60_000);

const take = (service = civil, priority = false, at = morning, clientKey = key()) =>
  issueNumber(db, { clientKey, service, priority, kioskId: 'A01' }, at).ticket;

describe('queue numbers at the centre', () => {
  it('counts per service per day, and starts again on the centre’s next local day', () => {
    open();
    expect([take().number, take().number, take(social).number, take().number]).toEqual([
      'B001',
      'B002',
      'A001',
      'B003',
    ]);
    // 23:59 and 00:01 in Shanghai are 15:59 and 16:01 UTC.
    expect(take(civil, false, new Date('2026-12-01T15:59:00Z')).number).toBe('B004');
    const nextDay = take(civil, false, new Date('2026-12-01T16:01:00Z'));
    expect(nextDay).toMatchObject({ number: 'B001', serviceDay: '2026-12-02' });
    expect(centreDay(new Date('2026-12-01T16:01:00Z'), 'Asia/Shanghai')).toBe('2026-12-02');
  });

  it('gives priority numbers their own sequence, called first', () => {
    open();
    const first = take(civil, false, morning);
    const second = take(civil, false, minutesLater(1));
    const priority = take(civil, true, minutesLater(2));
    expect([first.number, second.number, priority.number]).toEqual(['B001', 'B002', 'BP01']);
    expect(take(civil, true, minutesLater(3)).number).toBe('BP02');
    expect(waitingAhead(db, priority)).toBe(0);
    expect(waitingAhead(db, second)).toBe(3);
    expect(callNext(db, 'civil-affairs', '2026-12-01', minutesLater(4).toISOString())).toBe('BP01');
    expect(waitingAhead(db, second)).toBe(2);
  });

  it('answers a retried press with the number it already has', () => {
    open();
    const clientKey = key();
    const first = issueNumber(
      db,
      { clientKey, service: civil, priority: false, kioskId: 'A01' },
      morning,
    );
    const again = issueNumber(
      db,
      { clientKey, service: civil, priority: false, kioskId: 'A01' },
      minutesLater(1),
    );
    expect(first.kind).toBe('issued');
    expect(again).toEqual({ kind: 'existing', ticket: first.ticket });
    expect(take().number).toBe('B002');
  });

  it('accepts what two kiosks issued offline beside its own numbers, in the order issued', () => {
    open();
    const online = take(civil, false, morning);
    const fromA = kioskNumber('B', false, 1, 'A01');
    const fromB = kioskNumber('B', false, 1, 'B02');
    expect(fromA).not.toBe(fromB);
    const report = (number: string, kioskId: string, at: Date, clientKey = key()) =>
      acceptReported(
        db,
        { clientKey, service: civil, priority: false, kioskId, number, issuedAt: at },
        minutesLater(30),
      );
    const a = report(fromA, 'A01', minutesLater(5));
    const b = report(fromB, 'B02', minutesLater(6));
    expect([a.kind, b.kind]).toEqual(['accepted', 'accepted']);
    const later = take(civil, false, minutesLater(31));
    expect(later.number).toBe('B002');
    if (b.kind !== 'accepted') throw new Error('refused');
    expect(waitingAhead(db, b.ticket)).toBe(2);
    expect(waitingAhead(db, later)).toBe(3);
    expect(waitingAhead(db, online)).toBe(0);

    // The same report again is the same number; another press claiming it is refused.
    const clientKey = a.kind === 'accepted' ? a.ticket.clientKey : '';
    expect(report(fromA, 'A01', minutesLater(5), clientKey).kind).toBe('existing');
    expect(report(fromA, 'A01', minutesLater(5))).toMatchObject({ code: 'queue_number_taken' });
    // A number outside the reporting kiosk's space, or of the wrong kind, is not accepted.
    expect(report(fromA, 'B02', minutesLater(7))).toMatchObject({ code: 'queue_number_invalid' });
    expect(report('B017', 'A01', minutesLater(7))).toMatchObject({ code: 'queue_number_invalid' });
    expect(
      acceptReported(
        db,
        {
          clientKey: key(),
          service: papers,
          priority: true,
          kioskId: 'A01',
          number: kioskNumber('C', true, 1, 'A01'),
          issuedAt: minutesLater(8),
        },
        minutesLater(30),
      ),
    ).toMatchObject({ code: 'queue_number_invalid' });
  });

  it('lets the kiosk’s number replace one the centre issued under the same key unseen', () => {
    open();
    const clientKey = key();
    const unseen = take(civil, false, morning, clientKey);
    expect(unseen.number).toBe('B001');
    const reported = acceptReported(
      db,
      {
        clientKey,
        service: civil,
        priority: false,
        kioskId: 'A01',
        number: 'B01-A01',
        issuedAt: minutesLater(0.2),
      },
      minutesLater(20),
    );
    expect(reported.kind).toBe('accepted');
    expect(findQueueTicket(db, clientKey)).toMatchObject({ number: 'B01-A01', source: 'kiosk' });
  });

  it('keeps a number reported after its day, lapsed', () => {
    open();
    const reported = acceptReported(
      db,
      {
        clientKey: key(),
        service: civil,
        priority: false,
        kioskId: 'A01',
        number: 'B03-A01',
        issuedAt: morning,
      },
      new Date('2026-12-02T02:00:00Z'),
    );
    expect(reported).toMatchObject({ kind: 'accepted', ticket: { state: 'lapsed' } });
  });
});
