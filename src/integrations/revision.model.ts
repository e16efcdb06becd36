// A revision as the rest of the service sees it, mapped from its row, and its cursors.
import { type CursorKind, MAX_INT4 } from '../core/cursors.js';
import type { Plain } from '../core/plain.js';

/** One committed change of an integration, with the redacted snapshot of the integration after it. */
export interface IntegrationRevision {
  integrationId: string;
  version: number;
  action: 'create' | 'update' | 'delete' | 'restore' | 'approve' | 'reject';
  etag: string;
  createdAt: Date;
  /** The name of the API key that made the change (never the key). */
  actor: string | null;
  changedPaths: string[];
  /** The version a restore came from; null unless a restore. */
  restoredFrom: number | null;
  snapshot: Plain;
}

const isVersion = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_INT4;

/**
 * The cursors of an integration's revisions, newest first: the version, which every revision
 * shows.
 */
export const revisionCursor: CursorKind<IntegrationRevision, number> = {
  list: 'revisions',
  hint: 'pass an endCursor from the same query, or omit it to start over',
  keyOf: (revision) => [revision.version],
  afterOf: ([version, ...rest]) => (rest.length === 0 && isVersion(version) ? version : null),
};
