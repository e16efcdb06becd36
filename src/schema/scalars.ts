// Custom scalars, from graphql-scalars.
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value. `metadata` is always a JSON object.',
});

/**
 * graphql-scalars' DateTime, answering a string rather than a Date: JSON.stringify leaves its fast
 * path for every object with a toJSON, and a page of 100 integrations with 3 revisions each has
 * 300 (bench/README.md, "Tenth round"). The text is the same (toISOString), and so are the
 * strings and numbers it accepts, parsing, and the errors for values that are not dates.
 */
const serializeDateTime = DateTimeResolver.serialize.bind(DateTimeResolver);
const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    return (serializeDateTime(value) as Date).toISOString();
  },
});

builder.addScalarType('DateTime', DateTime, {
  description: 'A date and time in UTC, as an ISO 8601 string such as 2026-11-25T10:00:00.000Z.',
});
