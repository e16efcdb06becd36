// Lookups by global id, one root field each, for the identity and batching tests.
import { graphql } from '../gql/index.js';

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) { __typename id ... on Integration { title etag } }
  }
`);

export const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id ... on Integration { title etag } }
  }
`);
