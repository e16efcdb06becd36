// Custom scalars, from graphql-scalars.
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value. `metadata` is always a JSON object.',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time in UTC, as an ISO 8601 string such as 2026-11-25T10:00:00.000Z.',
});
