// Timestamps read from the database: the gateway's fast timestamptz parser (db/connect.ts) agrees
// with pg's own on every form PostgreSQL prints, in any session time zone, on both databases.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { parseTimestamptzSlowly as parseDate, parseTimestamptz } from '../src/db/connect.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

describe('timestamptz', () => {
  it('parses what PostgreSQL prints exactly as the regex parser does, falling back on forms it does not know', async () => {
    const texts = [
      '2026-12-04 06:59:15.123456+00',
      '2026-12-04 06:59:15.999999+00',
      '2026-12-04 06:59:15+00',
      '2026-12-04 06:59:15.1+05:30',
      '2026-12-04 06:59:15-03:30',
      '1890-01-01 00:00:00+00:19:32',
      '0099-01-01 00:00:00+00',
      '0044-03-15 12:00:00+00 BC',
      '2026-12-04 06:59:15.5-08',
    ];
    for (const text of texts) expect((parseTimestamptz(text) as Date).getTime(), text).toBe((parseDate(text) as Date).getTime());
    expect(parseTimestamptz('infinity')).toBe(parseDate('infinity'));
  });

  it('reads the same instant in every session time zone', async () => {
    const handle = database();
    const zones = ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Amsterdam'];
    const instants = ['2026-12-04 06:59:15.123456+00', '1999-12-31 23:59:59.999999+00', '1890-01-01 00:00:00+00', '0099-06-01 12:00:00+00'];
    for (const zone of zones) {
      await handle.db.connection().execute(async (db) => {
        await sql`select set_config('timezone', ${zone}, false)`.execute(db);
        for (const instant of instants) {
          const { rows } = await sql<{
            at: Date;
            ms: number;
          }>`select ${instant}::timestamptz as at, floor(extract(epoch from ${instant}::timestamptz) * 1000)::float8 as ms`.execute(db);
          expect(rows[0]?.at.getTime(), `${instant} in ${zone}`).toBe(rows[0]?.ms);
        }
        await sql`select set_config('timezone', 'UTC', false)`.execute(db);
      });
    }
  });
});
