// Every list's cursors, one encoding: base64url of `{"v":1,"list":…,"order":…,"key":[…]}`, the
// keyset position of the last node shown. A key holds only what the page itself showed (the sort
// value and the public id, never a row's uuid), so a cursor is opaque by contract, not by secrecy:
// a client that reads one learns nothing the page did not answer, and one it forges can only ask
// for a page of its own tenant that a filter could ask for too. So nothing is sealed (no HMAC).
//
// What a cursor may hold is checked before any of it reaches SQL: a cursor comes back from the
// client, so it is input like any other, and a value the database cannot compare (a year 99999,
// a version past int4, an id that is no uuid) must answer INVALID_ARGUMENT, not INTERNAL.
import { ValidationError } from './errors.js';

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

/** The version of the payload's shape: a new shape gets a new number, and cursors of another are refused. */
const CURSOR_VERSION = 1;

/** One list's cursors, in one order: what a cursor of it holds and how that is checked. */
export interface CursorKind<Node, After> {
  /** The list, e.g. `integrations`: a cursor of another list is refused. */
  list: string;
  /** The order, when the list has several: a cursor of another order is refused. */
  order?: string;
  /** What to do instead, after "is not a cursor of this list; ". */
  hint: string;
  /** The key of a node as the cursor after it holds it: sort values and public ids only. */
  keyOf(node: Node): readonly (string | number)[];
  /** The keyset position a key stands for, checked as SQL will compare it; null when it is not a key of this list. */
  afterOf(key: readonly unknown[]): After | null;
}

export function encodeCursor<Node>(kind: CursorKind<Node, unknown>, node: Node): string {
  const payload = { v: CURSOR_VERSION, list: kind.list, ...(kind.order === undefined ? {} : { order: kind.order }), key: kind.keyOf(node) };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The position a cursor of this kind stands for; anything else is the ValidationError of `argument`. */
export function decodeCursor<After>(kind: CursorKind<never, After>, cursor: string, argument = 'after'): After {
  const text = base64urlText(cursor);
  let payload: unknown = null;
  try {
    payload = text === null ? null : JSON.parse(text);
  } catch {
    // not JSON: refused below
  }
  if (isPayloadOf(kind, payload)) {
    const after = kind.afterOf(payload.key);
    if (after !== null) return after;
  }
  throw invalidCursor(kind.hint, argument);
}

function isPayloadOf(kind: CursorKind<never, unknown>, payload: unknown): payload is { key: unknown[] } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  const { v, list, order, key, ...rest } = payload as Record<string, unknown>;
  return v === CURSOR_VERSION && list === kind.list && order === kind.order && Array.isArray(key) && Object.keys(rest).length === 0;
}
