// Reads that show every secret of every connector (as SecretValue), the revisions' snapshots and
// the connector catalog: the surface on which no secret value may ever appear.
import { graphql } from '../gql/index.js';

export const SecretStates = graphql(`
  fragment SecretStates on Integration {
    config {
      __typename
      ... on AthenaConfig { accessKey { secretAccessKey { isSet updatedAt fingerprint } } }
      ... on PostgresConfig { auth { __typename ... on PasswordAuth { password { isSet updatedAt fingerprint } } } }
      ... on S3Config { awsAccessKeys { secretKey { isSet updatedAt fingerprint } } }
      ... on HttpApiConfig {
        credentials { __typename ... on HttpApiCredentialsOauth2 { clientSecret { isSet updatedAt fingerprint } } }
        authorization { __typename ... on HttpApiAuthorizationBearer { token { isSet updatedAt fingerprint } } }
        webhook { signatureVerification { format parts secret { isSet updatedAt fingerprint } } }
      }
    }
  }
`);

export const GetIntegrationEverything = graphql(`
  query GetIntegrationEverything($id: ID!) {
    integration(id: $id) {
      ...IntegrationFields
      ...SecretStates
      revisions(first: 100) {
        totalCount
        edges { cursor node { version etag action actor createdAt changedPaths snapshot } }
      }
    }
  }
`);

export const ListEverything = graphql(`
  query ListEverything {
    integrations(first: 100) {
      totalCount
      edges { node { id title version config { __typename } } }
    }
    connectors { type name label category description configSchema secretPaths }
  }
`);
