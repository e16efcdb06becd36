// The operations the tests send, as typed documents (npm run codegen turns them into test/gql/).
import { graphql } from '../gql/index.js';

export const IntegrationFields = graphql(`
  fragment IntegrationFields on Integration {
    id
    connector
    category
    title
    description
    labels
    metadata
    customerId
    disabled
    etag
    version
    createdAt
    updatedAt
    status { state message checkedAt }
    capabilities { canUpdate canDelete canEnable canDisable canTest }
    config {
      __typename
      ... on AthenaConfig {
        region workgroup useShowCreateTable fetchQueryLogs
        accessKey { accessKeyId secretAccessKey { isSet updatedAt } }
        scope { include { database schema table } exclude { database schema table } }
      }
      ... on PostgresConfig {
        host port database schema disableSsl connectionTimeoutInSeconds
        auth { __typename ... on PasswordAuth { username password { isSet updatedAt } } }
      }
      ... on S3Config {
        bucketName bucketRegion folder
        awsAccessKeys { accessId secretKey { isSet updatedAt } }
      }
      ... on HttpApiConfig {
        baseUrl headers query queryArrayFormat
        credentials { __typename ... on HttpApiCredentialsOauth2 { clientId clientSecret { isSet } tokenHost tokenPath scopes } }
        authorization { __typename ... on HttpApiAuthorizationBearer { token { isSet } } }
        pagination { __typename ... on HttpApiPaginationPage { pageKey limitKey } }
        resources { name method httpMethod path responsePath }
      }
    }
  }
`);

export const CreateIntegration = graphql(`
  mutation CreateIntegration($input: CreateIntegrationInput!, $idempotencyKey: String) {
    createIntegration(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on CreateIntegrationPayload { integration { ...IntegrationFields } }
      ... on Error { code message }
      ... on ValidationError { fieldErrors { path code message } }
    }
  }
`);

export const UpdateIntegration = graphql(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!, $etag: String) {
    updateIntegration(id: $id, input: $input, etag: $etag) {
      __typename
      ... on UpdateIntegrationPayload { integration { ...IntegrationFields } }
      ... on Error { code message }
      ... on ValidationError { fieldErrors { path code message } }
      ... on EtagMismatchError { currentEtag currentVersion }
      ... on ConnectorMismatchError { expected received }
    }
  }
`);

export const DeleteIntegration = graphql(`
  mutation DeleteIntegration($id: ID!, $etag: String) {
    deleteIntegration(id: $id, etag: $etag) {
      __typename
      ... on DeleteIntegrationPayload { integration { id version } }
      ... on Error { code message }
      ... on EtagMismatchError { currentEtag currentVersion }
    }
  }
`);

export const GetIntegration = graphql(`
  query GetIntegration($id: ID!) {
    integration(id: $id) { ...IntegrationFields }
  }
`);

export const GetRevisions = graphql(`
  query GetRevisions($id: ID!, $first: Int, $after: String) {
    integration(id: $id) {
      id
      version
      revisions(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { version etag action actor createdAt changedPaths snapshot } }
      }
    }
  }
`);

export const ListIntegrations = graphql(`
  query ListIntegrations($first: Int, $after: String, $filter: IntegrationFilter, $orderBy: IntegrationOrder) {
    integrations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title labels disabled customerId connector createdAt updatedAt } }
    }
  }
`);

export const ListWithRevisions = graphql(`
  query ListWithRevisions($first: Int, $revisions: Int) {
    integrations(first: $first) {
      totalCount
      edges { node { id title config { __typename } revisions(first: $revisions) { totalCount edges { node { version changedPaths } } } } }
    }
  }
`);

export const GetNodes = graphql(`
  query GetNodes($id: ID!, $ids: [ID!]!) {
    node(id: $id) { id ... on Integration { title } }
    nodes(ids: $ids) { id ... on Integration { title } }
  }
`);

export const GetConnectors = graphql(`
  query GetConnectors {
    connectors { type name label category description configSchema secretPaths }
  }
`);
