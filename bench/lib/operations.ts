// The GraphQL documents the benchmark sends, and the connector configs it seeds with (the valid
// configs of test/helpers/fixtures.ts, varied per integration).

export const floorQuery = '{ __typename }';

export const updateMutation = `mutation BenchUpdate($id: ID!, $etag: String, $title: String!) {
  updateIntegration(id: $id, etag: $etag, input: { title: $title }) {
    __typename
    ... on UpdateIntegrationPayload { integration { etag version } }
    ... on EtagMismatchError { currentEtag currentVersion }
  }
}`;

/**
 * The list row's page, the same for the gateway and bare Yoga but for the root field and how
 * config is asked for: 100 integrations with status, config and their 3 newest revisions.
 */
const listPage = (field: string, config: string) => `${field} {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        title
        connector
        etag
        version
        status { state message checkedAt }
        ${config}
        revisions(first: 3) {
          totalCount
          edges { node { version action etag createdAt changedPaths } }
        }
      }
    }
  }`;

export const listQuery = `query BenchList {
  ${listPage(
    'integrations(first: 100)',
    `config {
          __typename
          ... on AthenaConfig { region workgroup accessKey { accessKeyId secretAccessKey { isSet } } }
          ... on PostgresConfig { host port database schema auth { ... on PasswordAuth { username password { isSet } } } }
          ... on S3Config { bucketName bucketRegion folder awsAccessKeys { accessId secretKey { isSet } } }
          ... on HttpApiConfig { baseUrl headers resources { name method path } }
        }`,
  )}
}`;

/** The list as bare Yoga (bench/peer/bare-yoga.ts) answers it: the peer's shape, config as JSON. */
export const bareListQuery = `query BareList($tenant: ID!) {
  ${listPage('bareIntegrations(tenant: $tenant, first: 100)', 'config')}
}`;

/** The peer's list: the same page, columns and 3 newest revisions, through PostGraphile's names. */
export const peerListQuery = `query PeerList($tenant: UUID!) {
  allIntegrations(first: 100, condition: { tenantId: $tenant }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      title
      connector
      etag
      version
      statusState
      statusMessage
      statusCheckedAt
      config
      revisions(first: 3, orderBy: VERSION_DESC) {
        totalCount
        nodes { version action etag createdAt changedPaths }
      }
    }
  }
}`;

/** The peer's update: bench_peer.update_integration (bench/peer/schema.sql). */
export const peerUpdateMutation = `mutation PeerUpdate($id: UUID!, $etag: String, $title: String!) {
  updateIntegration(input: { id: $id, etag: $etag, title: $title }) { result { updated etag version } }
}`;

/** bare Yoga's update: the peer's SQL function behind a plain resolver (bench/peer/bare-yoga.ts). */
export const bareUpdateMutation = `mutation BareUpdate($id: ID!, $etag: String, $title: String!) {
  bareUpdate(id: $id, etag: $etag, title: $title) { updated etag version }
}`;

export const entitiesQuery = `query BenchEntities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Integration { id title connector version etag status { state } }
  }
}`;

export const connectorNames = ['athena', 'postgres', 's3', 'httpApi'] as const;
export type ConnectorName = (typeof connectorNames)[number];

export function configFor(connector: ConnectorName, n: number): Record<string, unknown> {
  switch (connector) {
    case 'athena':
      return {
        athena: {
          accessKey: { accessKeyId: `AKIABENCH${String(n).padStart(8, '0')}`, secretAccessKey: `bench-athena-secret-${n}` },
          region: ['eu-west-1', 'us-east-1', 'ap-southeast-2'][n % 3],
          workgroup: 'primary',
          scope: { include: [{ database: `analytics_${n % 17}` }], exclude: [] },
        },
      };
    case 'postgres':
      return {
        postgres: {
          host: `db-${n}.example.com`,
          port: 5432,
          database: 'app',
          schema: 'public',
          auth: { passwordAuth: { username: 'loader', password: `bench-pg-password-${n}` } },
        },
      };
    case 's3':
      return {
        s3: {
          bucketName: `bench-bucket-${n}`,
          bucketRegion: 'us-east-1',
          folder: 'exports',
          awsAccessKeys: { accessId: `AKIAS3BENCH${String(n).padStart(6, '0')}`, secretKey: `bench-s3-secret-${n}` },
        },
      };
    case 'httpApi':
      return {
        httpApi: {
          baseUrl: `https://api-${n % 50}.example.com`,
          headers: { Accept: 'application/json' },
          credentials: {
            oauth2: { clientId: `client-${n}`, clientSecret: `bench-oauth-secret-${n}`, tokenHost: 'https://auth.example.com' },
          },
          authorization: { bearer: { token: `bench-bearer-${n}` } },
          pagination: { page: { pageKey: 'page', limitKey: 'per_page' } },
          resources: [{ name: 'users', method: 'LIST', path: '/users', responsePath: 'data.users' }],
          webhook: { signatureVerification: { secret: `bench-webhook-secret-${n}` } },
        },
      };
  }
}
