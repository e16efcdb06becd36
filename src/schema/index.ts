// Imports every type module and every mutation (mutations/, one file each) and builds the schema once.
import { assertValidSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { dropPropertyReads } from './property-reads.js';
import './scalars.js';
import './errors.js';
import './node.js';
import './connector.js';
import './tenant.js';
import './integration.js';
import './transfer.js';
import './outputs.js';
// One file per mutation; the Mutation type lists them in this order.
import './mutations/create-integration.js';
import './mutations/update-integration.js';
import './mutations/delete-integration.js';
import './mutations/restore-integration.js';
import './mutations/report-transfer.js';
import './mutations/test-integration.js';
import './mutations/test-integration-config.js';
import './organisation.js';
import './connector-config.js';
import './events.js';
import './webhooks.js';

// An Apollo Federation 2 subgraph: the executable schema answers _service and _entities too.
export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key'],
  sortSchema: false,
});
// Fail at start-up, not on the first request, if the generated types do not fit together.
assertValidSchema(schema);
dropPropertyReads(schema);
export const sortedSchema = lexicographicSortSchema(schema);
