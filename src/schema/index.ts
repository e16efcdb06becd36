// Imports every type module and builds the schema once.
import { assertValidSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './node.js';
import './connector.js';
import './integration.js';

export const schema = builder.toSchema({ sortSchema: false });
// Fail at start-up, not on the first request, if the generated types do not fit together.
assertValidSchema(schema);
export const sortedSchema = lexicographicSortSchema(schema);
