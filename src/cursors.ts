// What a cursor may hold, checked before any of it reaches SQL: a cursor comes back from the
// client, so it is input like any other, and a value the database cannot compare (a year 99999,
// a version past int4, an id that is no uuid) must answer INVALID_ARGUMENT, not INTERNAL.
import { ValidationError } from './core/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** As Date.toISOString writes it, years 0001–9999 (PostgreSQL has no year 0). */
const ISO_TIME = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The largest value of an int4 column (versions). */
export const MAX_INT4 = 2_147_483_647;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A time exactly as a cursor of ours writes it, and one PostgreSQL can store. */
export const isCursorTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** Text PostgreSQL can compare as `text`, no longer than `max`. */
export const isCursorText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && !value.includes('\u0000') && !unpairedSurrogate.test(value);

/** The ValidationError of a cursor that is not one of this list (`after`, or the argument named). */
export function invalidCursor(hint: string, argument = 'after'): ValidationError {
  return new ValidationError([{ path: [argument], code: 'invalid_cursor', message: `is not a cursor of this list; ${hint}` }]);
}

/** A base64url cursor's text, or null for anything that does not round-trip (so one cursor has one spelling). */
export function base64urlText(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.length > 0 && Buffer.from(text, 'utf8').toString('base64url') === cursor ? text : null;
}
