// Per-request DataLoaders of the definition layer: connector configs (as the calling key may see
// them), teams and environments by id, and a page of each config's revisions; one statement per batch.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.js';
import type { Database, EnvironmentRow, TeamRow } from '../db/database.js';
import { findEnvironmentsByIds, findTeamsByIds } from '../tenants/organisation.repository.js';
import { type ConfigViewer, findConfigsByIds, listConfigRevisions } from './connector-config.repository.js';
import { type ConnectorConfigRecord, toConfigRecord } from './connector-config.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ConfigRevision {
  configId: string;
  version: number;
  action: string;
  etag: string;
  createdAt: Date;
  actor: string | null;
  changedPaths: string[];
  snapshot: Record<string, unknown>;
}

function byIdLoader<T extends { id: string }>(read: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length > 0 ? await read(valid) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createConfigLoaders(db: Kysely<Database>, viewer: ConfigViewer & Pick<Actor, 'tenantId'>) {
  const connectorConfigById = new DataLoader<string, ConnectorConfigRecord | null>(async (ids) => {
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length > 0 ? await findConfigsByIds(db, viewer, valid) : [];
    const byId = new Map(rows.map((row) => [row.id, toConfigRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const teamById = byIdLoader<TeamRow>((ids) => findTeamsByIds(db, viewer.tenantId, ids));
  const environmentById = byIdLoader<EnvironmentRow>((ids) => findEnvironmentsByIds(db, viewer.tenantId, ids));
  /** The newest `limit` revisions of each config (keys: `${configId}:${limit}`). */
  const configRevisions = new DataLoader<string, ConfigRevision[]>(async (keys) => {
    const limit = Math.max(...keys.map((key) => Number(key.split(':')[1])));
    const ids = [...new Set(keys.map((key) => key.split(':')[0]))];
    const rows = await listConfigRevisions(db, viewer.tenantId, ids, limit);
    return keys.map((key) => {
      const [id, n] = key.split(':');
      return rows
        .filter((row) => row.config_id === id)
        .slice(0, Number(n))
        .map((row) => ({
          configId: row.config_id,
          version: row.version,
          action: row.action,
          etag: row.etag,
          createdAt: new Date(row.created_at),
          actor: row.actor,
          changedPaths: row.changed_paths,
          snapshot: row.snapshot,
        }));
    });
  });
  return { connectorConfigById, teamById, environmentById, configRevisions };
}

export type ConfigLoaders = ReturnType<typeof createConfigLoaders>;
