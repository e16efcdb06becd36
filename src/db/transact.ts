// A transaction that joins the caller's when there is one: a service that needs several
// statements to commit together may be run inside a larger transaction (an idempotency key's
// result commits with the mutation's own writes, src/idempotency/).
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
