// Tenant: the owner of integrations, an entity other subgraphs can extend. A caller can only ever
// resolve its own tenant; any other id resolves to null, like an id that does not exist.
import type { Context } from '../context.js';
import { builder } from './builder.js';

export interface TenantShape {
  id: string;
  name: string;
}

const PREFIX = 'ten_';
export const encodeTenantId = (uuid: string) => PREFIX + uuid.replaceAll('-', '');

export function callerTenant(ctx: Context): TenantShape {
  return { id: ctx.auth.tenantId, name: ctx.auth.tenantName };
}

export const TenantRef = builder.objectRef<TenantShape>('Tenant').implement({
  description: 'A tenant: the organisation that owns integrations and API keys.',
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id (prefixed ten_).', resolve: (tenant) => encodeTenantId(tenant.id) }),
    name: t.exposeString('name', { description: 'The tenant name.' }),
  }),
});

builder.asEntity(TenantRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, ctx) => (reference.id === encodeTenantId(ctx.auth.tenantId) ? callerTenant(ctx) : null),
});

builder.queryFields((t) => ({
  tenant: t.field({
    type: TenantRef,
    description: "The calling API key's tenant.",
    resolve: (_root, _args, ctx) => callerTenant(ctx),
  }),
}));
