// Whether the machine's own servers answer (PostgreSQL on 127.0.0.1:5432 with trust auth, MariaDB
// on 127.0.0.1:3306 as root without a password): tests that need one are skipped, with a warning,
// where it does not.
import mysql from 'mysql2/promise';
import pg from 'pg';

async function answers(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}

export const localPostgresAnswers = () =>
  answers(async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    await client.connect();
    await client.end();
  });

export const localMariadbAnswers = () =>
  answers(async () => {
    const connection = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root', connectTimeout: 2000 });
    await connection.end();
  });
