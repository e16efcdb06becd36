// What the integration mutations share: a payload holding the integration, and the etag argument.
import type { IntegrationRecord } from '../../integrations/integration.model.js';
import { builder } from '../builder.js';
import { IntegrationRef } from '../integration.js';

/** A mutation's payload type: the integration as the mutation left it. */
export const integrationPayload = (name: string, description: string) =>
  builder.objectRef<{ integration: IntegrationRecord }>(name).implement({
    description,
    fields: (t) => ({
      integration: t.field({ type: IntegrationRef, description: 'The integration.', resolve: (p) => p.integration }),
    }),
  });

/** The optional etag guard of updates and deletes. */
export const etagArg = (t: { arg: { string: (o: { description: string }) => unknown } }) =>
  t.arg.string({
    description: 'The etag you last read. When given, the change applies only if it is still current; when omitted, last write wins.',
  });
