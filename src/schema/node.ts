// The Relay Node interface and the node/nodes queries. Ids that do not decode, do not exist, or
// belong to another tenant all answer null alike.
import type { Context } from '../context.js';
import { decodePublicId } from '../core/ids.js';
import { decodeIntegrationId } from '../integrations/ids.js';
import { builder } from './builder.js';

export const NodeInterface = builder.nodeInterfaceRef();

/** The most ids one nodes(ids:) takes; query-cost.ts refuses more before anything runs. */
export const MAX_NODE_IDS = 100;

export function loadIntegration(ctx: Context, globalId: string) {
  const id = decodeIntegrationId(globalId);
  return id ? ctx.loaders.integrationById.load(id) : null;
}

/** Any node by its global id: an integration (int_…) or a connector config (ccfg_…). */
function loadNode(ctx: Context, globalId: string) {
  const configId = decodePublicId('ccfg_', globalId);
  return configId ? ctx.loaders.connectorConfigById.load(configId) : loadIntegration(ctx, globalId);
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    description: 'Any object by its global id; null when not found.',
    args: { id: t.arg.id({ required: true, description: 'A global id.' }) },
    resolve: (_root, args, ctx) => loadNode(ctx, String(args.id)) as never,
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    description: `Objects by their global ids, in the same order; null where not found. At most ${MAX_NODE_IDS} ids.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global ids.', validate: { maxLength: MAX_NODE_IDS } }) },
    resolve: (_root, args, ctx) => Promise.all(args.ids.map((id) => loadNode(ctx, String(id)))) as never,
  }),
}));
