// A page as the services and loaders read it, before it becomes a connection (schema/connection.ts).
import { ValidationError } from './errors.js';

/**
 * Up to `limit` nodes in the list's order, after the cursor's position (`limit` is one more than
 * the page: a node past it says there is a next page), and how many nodes the whole list has,
 * whatever the cursor (also past the end).
 */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** The largest page a list answers (its `first` is 0–100). */
export const MAX_PAGE_SIZE = 100;

/**
 * Checks a page-size argument, with the error the zod plugin gives (`validate: { min, max }`).
 * schema/connection.ts checks every connection's `first` with it, so connection fields resolved
 * once per parent (an integration's revisions in a list of 100) declare no `validate`, whose
 * asynchronous wrapper and argument copy on every call cost 2 % of a list's CPU (bench/README.md,
 * "Ninth round"). Top-level connections keep `validate`, so a bad `first` comes in one error with
 * their other arguments' issues.
 */
export function assertPageSize(name: string, value: number | null | undefined, max = MAX_PAGE_SIZE): void {
  if (value === null || value === undefined || (Number.isInteger(value) && value >= 0 && value <= max)) return;
  const message = value < 0 ? 'Too small: expected number to be >=0' : `Too big: expected number to be <=${max}`;
  throw new ValidationError([{ path: [name], code: value < 0 ? 'too_small' : 'too_big', message }]);
}
