// IntegrationRevision: one committed change of an integration, with the redacted snapshot.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { IntegrationRevision } from '../integrations/revision.model.js';
import { builder } from './builder.js';

/** Per field of a parsed document (cached by Yoga, so the same nodes recur): whether it reads snapshots. */
const readsSnapshot = new WeakMap<FieldNode, boolean>();

/**
 * Whether `revisions` fields select `snapshot` anywhere below them, through fragments too. When in
 * doubt (a fragment it cannot find) it says yes: a needless snapshot costs bytes, a missing one an error.
 */
export function fieldsSelectSnapshot(fieldNodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'snapshot' || visit(selection.selectionSet, seen);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      const fragment = fragments[name];
      return !fragment || visit(fragment.selectionSet, new Set(seen).add(name));
    });
  // A field merged from several nodes (the same response key written twice) is rare: not cached,
  // since one of its nodes may also stand alone elsewhere in the document.
  if (fieldNodes.length !== 1) return fieldNodes.some((node) => visit(node.selectionSet, new Set()));
  const [field] = fieldNodes as [FieldNode];
  let reads = readsSnapshot.get(field);
  if (reads === undefined) {
    reads = visit(field.selectionSet, new Set());
    readsSnapshot.set(field, reads);
  }
  return reads;
}

/** Whether the `revisions` field being resolved selects `snapshot` (fieldsSelectSnapshot). */
export function selectsSnapshot(info: GraphQLResolveInfo): boolean {
  return fieldsSelectSnapshot(info.fieldNodes, info.fragments);
}

export const RevisionActionEnum = builder.enumType('RevisionAction', {
  description: 'What a revision recorded.',
  values: {
    CREATE: { value: 'create', description: 'The integration was created.' },
    UPDATE: { value: 'update', description: 'The integration was updated.' },
    DELETE: { value: 'delete', description: 'The integration was deleted.' },
    RESTORE: { value: 'restore', description: 'The integration was restored to an earlier revision (restoredFromVersion).' },
    APPROVE: { value: 'approve', description: "The connector config's owning team approved the integration (built on an ASK config)." },
    REJECT: { value: 'reject', description: "The connector config's owning team rejected the integration (built on an ASK config)." },
  } as const,
});

export const IntegrationRevisionRef = builder.objectRef<IntegrationRevision>('IntegrationRevision').implement({
  description: 'One committed change of an integration. Secrets appear only as { isSet, updatedAt }.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'The version this change produced.' }),
    etag: t.exposeString('etag', { description: 'The etag this change produced.' }),
    action: t.field({ type: RevisionActionEnum, description: 'What happened.', resolve: (r) => r.action }),
    createdAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (r) => r.createdAt }),
    actor: t.string({
      nullable: true,
      description: 'The name of the API key that made the change (never the key itself).',
      resolve: (r) => r.actor,
    }),
    changedPaths: t.stringList({
      description: 'The field paths that changed, e.g. ["title", "metadata.owner", "config.region"].',
      resolve: (r) => r.changedPaths,
    }),
    restoredFromVersion: t.int({
      nullable: true,
      description: 'The version a restore brought back; null unless action is RESTORE.',
      resolve: (r) => r.restoredFrom,
    }),
    snapshot: t.field({
      type: 'JSON',
      description: 'The integration after the change, secrets redacted.',
      resolve: (r) => r.snapshot,
    }),
  }),
});

export const IntegrationRevisionConnection = builder.connectionObject(
  {
    type: IntegrationRevisionRef,
    name: 'IntegrationRevisionConnection',
    description: "A page of an integration's revisions, newest first.",
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many revisions the integration has in all.',
        resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'IntegrationRevisionEdge', description: 'A revision and its cursor.' },
);
