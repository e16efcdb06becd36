// The rules of a tenant's teams and environments: made and changed by keys of the tenant's own
// (no team, every environment), unique by name, and bounded in number.
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { NotFoundError, PermissionDeniedError, ValidationError } from '../core/errors.js';
import type { TeamRow } from '../db/database.js';
import { countTeams, insertEnvironment, insertTeam, listEnvironments, updateTeamRow } from './organisation.repository.js';

/** The most teams and environments a tenant may have: every list of them is answered whole. */
export const MAX_TEAMS = 500;
export const MAX_ENVIRONMENTS = 50;

export function assertTenantKey(actor: Actor, what: string): void {
  if (actor.teamId !== null || actor.environmentId !== null) {
    throw new PermissionDeniedError(
      `Only a key of the tenant's own (no team, every environment) manages ${what}: create one with \`npm run cli -- apikey create --tenant … --scope write\`.`,
    );
  }
}

const taken = (field: string, what: string) =>
  new ValidationError([{ path: ['input', field], code: 'taken', message: `another ${what} has this name: choose another, or use that one` }]);

export interface TeamInput {
  name: string;
  domain?: string | null;
  logoUrl?: string | null;
  verified?: boolean | null;
}

export async function createTeam(deps: ServiceDeps, actor: Actor, input: TeamInput): Promise<TeamRow> {
  assertTenantKey(actor, 'teams');
  const count = await countTeams(deps.db, actor.tenantId);
  if (Number(count?.count ?? 0) >= MAX_TEAMS) {
    throw new ValidationError([{ path: ['input'], code: 'too_many', message: `a tenant has at most ${MAX_TEAMS} teams: rename or reuse one` }]);
  }
  const row = await insertTeam(deps.db, {
    tenantId: actor.tenantId,
    name: input.name,
    domain: input.domain ?? null,
    logoUrl: input.logoUrl ?? null,
    verified: input.verified ?? false,
  });
  if (!row) throw taken('name', 'team');
  return row;
}

export async function updateTeam(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  patch: { [K in keyof TeamInput]?: TeamInput[K] | null },
): Promise<TeamRow> {
  assertTenantKey(actor, 'teams');
  if (!id) throw new NotFoundError('team');
  const changes: Parameters<typeof updateTeamRow>[3] = {};
  if (patch.name != null) changes.name = patch.name;
  if (patch.domain !== undefined) changes.domain = patch.domain;
  if (patch.logoUrl !== undefined) changes.logo_url = patch.logoUrl;
  if (patch.verified != null) changes.verified = patch.verified;
  try {
    const row = await updateTeamRow(deps.db, actor.tenantId, id, changes);
    if (!row) throw new NotFoundError('team');
    return row;
  } catch (error) {
    // The unique (tenant, name) constraint: the one failure a client's input can cause here.
    if ((error as { code?: string }).code === '23505') throw taken('name', 'team');
    throw error;
  }
}

export async function createEnvironment(deps: ServiceDeps, actor: Actor, name: string) {
  assertTenantKey(actor, 'environments');
  const existing = await listEnvironments(deps.db, actor.tenantId);
  if (existing.length >= MAX_ENVIRONMENTS) {
    throw new ValidationError([{ path: ['name'], code: 'too_many', message: `a tenant has at most ${MAX_ENVIRONMENTS} environments` }]);
  }
  const row = await insertEnvironment(deps.db, actor.tenantId, name);
  if (!row) throw new ValidationError([{ path: ['name'], code: 'taken', message: 'this environment exists already: use it' }]);
  return row;
}
