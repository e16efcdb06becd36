// Documents for the createIntegration tests: the count of a tenant's integrations.
import { graphql } from '../gql/index.js';

export const CountIntegrations = graphql(`
  query CountIntegrations {
    integrations(first: 0) { totalCount }
  }
`);
