/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The IAM access key the gateway uses to reach Athena. */
export type AthenaConfigAccessKeyInput = {
  /** AWS access key id, e.g. AKIA…. */
  accessKeyId: string;
  /** AWS secret access key. Write-only. */
  secretAccessKey?: string | null | undefined;
};

/** Configuration of an integration with Amazon Athena. */
export type AthenaConfigInput = {
  /** The IAM access key the gateway uses to reach Athena. */
  accessKey: AthenaConfigAccessKeyInput;
  /** S3 bucket for query results and staging (Prequel). */
  bucketS3?: S3BucketInput | null | undefined;
  /** Database to connect to (Prequel). */
  connectionDatabase?: string | null | undefined;
  /** Fetch the query history of the workgroup. */
  fetchQueryLogs?: boolean | null | undefined;
  /** AWS region, e.g. eu-west-1. */
  region: string;
  /** Which databases, schemas and tables the integration covers. */
  scope?: AthenaConfigScopeInput | null | undefined;
  /** Scan Iceberg metadata tables for metrics. */
  useIcebergMetricsScan?: boolean | null | undefined;
  /** Read table DDL with SHOW CREATE TABLE. */
  useShowCreateTable?: boolean | null | undefined;
  /** Read view DDL with SHOW CREATE VIEW. */
  useShowCreateView?: boolean | null | undefined;
  /** Athena workgroup; "primary" when left out. */
  workgroup?: string | null | undefined;
  /** Database to write into (Prequel). */
  writeDatabase?: string | null | undefined;
};

/** Input for AthenaConfigScope. */
export type AthenaConfigScopeInput = {
  /** Rules for what to leave out. */
  exclude?: Array<AthenaScopeRuleInput> | null | undefined;
  /** Rules for what to include; everything when empty. */
  include?: Array<AthenaScopeRuleInput> | null | undefined;
};

/** One include or exclude rule: a database, optionally narrowed to a schema and table. */
export type AthenaScopeRuleInput = {
  /** Database (catalog database) the rule matches. */
  database: string;
  /** Schema the rule matches; all when left out. */
  schema?: string | null | undefined;
  /** Table the rule matches; all when left out. */
  table?: string | null | undefined;
};

/** An AWS IAM access key pair. */
export type AwsAccessKeysInput = {
  /** AWS access key id, e.g. AKIA…. */
  accessId: string;
  /** AWS secret access key. Write-only. */
  secretKey?: string | null | undefined;
};

/** The kind of system a connector reaches; derived from the connector. */
export type ConnectorCategory =
  /** HTTP APIs. */
  | 'API'
  /** Operational databases. */
  | 'DATABASE'
  /** File transfer servers. */
  | 'FILE_TRANSFER'
  /** Table formats over object storage. */
  | 'LAKEHOUSE'
  /** Object and blob storage. */
  | 'OBJECT_STORAGE'
  /** Spreadsheets. */
  | 'SPREADSHEET'
  /** Analytical data warehouses. */
  | 'WAREHOUSE';

/** Which external system an integration connects to. */
export type ConnectorType =
  /** Amazon Athena */
  | 'ATHENA'
  /** HTTP API */
  | 'HTTP_API'
  /** PostgreSQL */
  | 'POSTGRES'
  /** Amazon S3 */
  | 'S3';

/** A new integration. The connector is the member given in config. */
export type CreateIntegrationInput = {
  /** The configuration; exactly one connector member. */
  config: IntegrationConfigInput;
  /** The end customer this connection belongs to. */
  customerId?: string | null | undefined;
  /** Delivery settings of a destination; defaults when left out. */
  delivery?: DeliverySettingsInput | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Create it disabled; false by default. */
  disabled?: boolean | null | undefined;
  /** At most 64 labels of 1–63 characters from a-z 0-9 - _ . : /. */
  labels?: Array<string> | null | undefined;
  /** A JSON object of your own data. */
  metadata?: any;
  /** Human-friendly name, 1–255 characters (trimmed). */
  title: string;
};

/** Delivery settings, patch-style per field: omitted keeps the current value, null resets it to its default (60 minutes, every model, 1 transfer, 4 queries), a value sets it. Not allowed for httpApi integrations. */
export type DeliverySettingsInput = {
  /** Models to deliver, each named once; [] means every model. */
  enabledModels?: Array<string> | null | undefined;
  /** Minutes between transfers, 5–10080. */
  frequencyMinutes?: number | null | undefined;
  /** Queries one transfer may run at once, 1–64. */
  maxConcurrentQueriesPerTransfer?: number | null | undefined;
  /** Transfers that may run at once, 1–64. */
  maxConcurrentTransfers?: number | null | undefined;
};

/** A machine-readable error code, after gRPC status codes. */
export type ErrorCode =
  /** A concurrent change won; re-read and retry. */
  | 'ABORTED'
  /** The object is not in a state that allows this operation. */
  | 'FAILED_PRECONDITION'
  /** The input is invalid; fieldErrors says where. */
  | 'INVALID_ARGUMENT'
  /** No such object exists for this tenant. */
  | 'NOT_FOUND';

/** An API key sent in a header. */
export type HttpApiAuthorizationApiKeyInput = {
  /** Header that carries the key. */
  headerName?: string | null | undefined;
  /** The API key. Write-only. */
  key?: string | null | undefined;
};

/** HTTP basic authentication. */
export type HttpApiAuthorizationBasicInput = {
  /** Basic auth password. Write-only. */
  password?: string | null | undefined;
  /** Basic auth user name. */
  username: string;
};

/** An `Authorization: Bearer` header. */
export type HttpApiAuthorizationBearerInput = {
  /** The bearer token, or a template such as {{oauth.token.access_token}}. Write-only. */
  token?: string | null | undefined;
};

/** How each request is authorized. Give exactly one member. */
export type HttpApiAuthorizationInput =
  {   /** An API key sent in a header. */
  apiKey: HttpApiAuthorizationApiKeyInput; basic?: never; bearer?: never; }
  |  { apiKey?: never;   /** HTTP basic authentication. */
  basic: HttpApiAuthorizationBasicInput; bearer?: never; }
  |  { apiKey?: never; basic?: never;   /** An `Authorization: Bearer` header. */
  bearer: HttpApiAuthorizationBearerInput; };

/** Configuration of an integration with HTTP API. */
export type HttpApiConfigInput = {
  /** How each request is authorized. */
  authorization?: HttpApiAuthorizationInput | null | undefined;
  /** Base URL of the API, e.g. https://api.example.com. */
  baseUrl: string;
  /** Credentials the gateway obtains tokens with. */
  credentials?: HttpApiCredentialsInput | null | undefined;
  /** Expression that extracts an error message from a response. */
  errorExpression?: string | null | undefined;
  /** Headers sent with every request. Not secret: put credentials in authorization. */
  headers?: any;
  /** Display name of the API. */
  label?: string | null | undefined;
  /** URL of a logo image. */
  logo?: string | null | undefined;
  /** How list endpoints page through results. */
  pagination?: HttpApiPaginationInput | null | undefined;
  /** Query parameters sent with every request. */
  query?: any;
  /** How arrays are written in query strings. */
  queryArrayFormat?: QueryArrayFormat | null | undefined;
  /** How the API signals rate limiting. */
  rateLimit?: HttpApiConfigRateLimitInput | null | undefined;
  /** The endpoints the API offers. */
  resources?: Array<HttpApiResourceInput> | null | undefined;
  /** Incoming webhooks from the API. */
  webhook?: HttpApiConfigWebhookInput | null | undefined;
};

/** How the API signals rate limiting. */
export type HttpApiConfigRateLimitInput = {
  /** Whether the API enforces a rate limit. */
  isRateLimited?: boolean | null | undefined;
  /** Header or expression giving the remaining budget. */
  rateLimitHeaderExpression?: string | null | undefined;
  /** Header or expression giving the wait time. */
  retryAfterHeaderExpression?: string | null | undefined;
};

/** Incoming webhooks from the API. */
export type HttpApiConfigWebhookInput = {
  /** Name of a handler that answers verification challenges. */
  handleVerification?: string | null | undefined;
  /** How incoming webhooks are verified. */
  signatureVerification: HttpApiConfigWebhookSignatureVerificationInput;
};

/** How incoming webhooks are verified. */
export type HttpApiConfigWebhookSignatureVerificationInput = {
  /** Signature scheme. */
  format?: WebhookSignatureFormat | null | undefined;
  /** Which parts of the request are signed. */
  parts?: Array<WebhookSignaturePart> | null | undefined;
  /** The shared webhook signing secret. Write-only. */
  secret?: string | null | undefined;
};

/** Credentials the gateway obtains tokens with. Give exactly one member. */
export type HttpApiCredentialsInput =
  {   /** An OAuth2 client the gateway uses to obtain access tokens. */
  oauth2: HttpApiCredentialsOauth2Input; };

/** An OAuth2 client the gateway uses to obtain access tokens. */
export type HttpApiCredentialsOauth2Input = {
  /** Where the client credentials go in the token request. */
  authorizationMethod?: OAuth2AuthorizationMethod | null | undefined;
  /** Path of the authorization endpoint, for user grants. */
  authorizePath?: string | null | undefined;
  /** Encoding of the token request body. */
  bodyFormat?: OAuth2BodyFormat | null | undefined;
  /** OAuth2 client id. */
  clientId: string;
  /** OAuth2 client secret; leave it unset for public clients (PKCE). Write-only. */
  clientSecret?: string | null | undefined;
  /** Extra parameters of the refresh request. */
  refreshParams?: any;
  /** Path of the refresh endpoint; tokenPath when left out. */
  refreshPath?: string | null | undefined;
  /** Separator between scopes; a space when left out. */
  scopeSeparator?: string | null | undefined;
  /** Scopes to request. */
  scopes?: Array<string> | null | undefined;
  /** Token lifetime to assume when the server does not say, in seconds. */
  tokenExpirySeconds?: number | null | undefined;
  /** Base URL of the token server, e.g. https://auth.example.com. */
  tokenHost: string;
  /** Extra parameters of the token request, e.g. grant_type. */
  tokenParams?: any;
  /** Path of the token endpoint. */
  tokenPath?: string | null | undefined;
};

/** Opaque cursors returned by the API. */
export type HttpApiPaginationCursorInput = {
  /** Query parameter holding the cursor. */
  cursorKey?: string | null | undefined;
  /** Query parameter holding the page size. */
  limitKey?: string | null | undefined;
  /** Where in the response the next cursor is found. */
  nextCursorPath: string;
};

/** How list endpoints page through results. Give exactly one member. */
export type HttpApiPaginationInput =
  {   /** Opaque cursors returned by the API. */
  cursor: HttpApiPaginationCursorInput; offset?: never; page?: never; }
  |  { cursor?: never;   /** Offset and limit. */
  offset: HttpApiPaginationOffsetInput; page?: never; }
  |  { cursor?: never; offset?: never;   /** Numbered pages. */
  page: HttpApiPaginationPageInput; };

/** Offset and limit. */
export type HttpApiPaginationOffsetInput = {
  /** Query parameter holding the page size. */
  limitKey?: string | null | undefined;
  /** Query parameter holding the offset. */
  offsetKey?: string | null | undefined;
};

/** Numbered pages. */
export type HttpApiPaginationPageInput = {
  /** Query parameter holding the page size. */
  limitKey?: string | null | undefined;
  /** Query parameter holding the page number. */
  pageKey?: string | null | undefined;
};

/** One endpoint of a resource. */
export type HttpApiResourceInput = {
  /** A JSON body template. */
  body?: any;
  /** Headers for this endpoint, merged over the defaults. */
  headers?: any;
  /** The HTTP method of the request. */
  httpMethod?: HttpMethod | null | undefined;
  /** The unified operation this endpoint implements. */
  method: HttpApiResourceMethod;
  /** Resource name, e.g. users. */
  name: string;
  /** Path relative to baseUrl, e.g. /users. */
  path: string;
  /** Query parameters for this endpoint, merged over the defaults. */
  query?: any;
  /** Where in the response body the data is, e.g. data.users. */
  responsePath?: string | null | undefined;
};

/** The unified operation this endpoint implements. */
export type HttpApiResourceMethod =
  /** "create" */
  | 'CREATE'
  /** "delete" */
  | 'DELETE'
  /** "get" */
  | 'GET'
  /** "list" */
  | 'LIST'
  /** "update" */
  | 'UPDATE';

/** One of: get, post, put, patch, delete. */
export type HttpMethod =
  /** "delete" */
  | 'DELETE'
  /** "get" */
  | 'GET'
  /** "patch" */
  | 'PATCH'
  /** "post" */
  | 'POST'
  /** "put" */
  | 'PUT';

/** An integration's configuration: exactly one member, named after the connector. On update it must be the integration's own connector; it replaces the stored non-secret config, and secrets left out keep their value. */
export type IntegrationConfigInput =
  {   /** Amazon Athena: Amazon Athena, queried with an IAM access key through a workgroup. */
  athena: AthenaConfigInput; httpApi?: never; postgres?: never; s3?: never; }
  |  { athena?: never;   /** HTTP API: Any HTTP API, described declaratively: where it is, how to authenticate, page and rate-limit. */
  httpApi: HttpApiConfigInput; postgres?: never; s3?: never; }
  |  { athena?: never; httpApi?: never;   /** PostgreSQL: A PostgreSQL database, reached directly or through an SSH tunnel. */
  postgres: PostgresConfigInput; s3?: never; }
  |  { athena?: never; httpApi?: never; postgres?: never;   /** Amazon S3: An Amazon S3 bucket that receives files. */
  s3: S3ConfigInput; };

/** Narrows a list of integrations; every given condition must hold. */
export type IntegrationFilter = {
  /** Any of these connectors. */
  connector?: Array<ConnectorType> | null | undefined;
  /** Belongs to this end customer. */
  customerId?: string | null | undefined;
  /** Disabled or enabled only. */
  disabled?: boolean | null | undefined;
  /** Has all of these labels. */
  labels?: Array<string> | null | undefined;
  /** Title contains this text (case-insensitive). */
  search?: string | null | undefined;
};

/** How to sort integrations; ties are broken by id. Default: CREATED_AT DESC. */
export type IntegrationOrder = {
  /** The direction; DESC by default. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: IntegrationOrderField;
};

/** What to sort integrations by. */
export type IntegrationOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Title. */
  | 'TITLE'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Whether an integration works, as last checked. */
export type IntegrationStatusState =
  /** The integration is disabled and is not checked. */
  | 'DISABLED'
  /** The last check failed; message says why. */
  | 'ERROR'
  /** The last check succeeded. */
  | 'HEALTHY'
  /** Not checked yet, or no live check exists for this connector. */
  | 'UNKNOWN';

/** One of: header, body. */
export type OAuth2AuthorizationMethod =
  /** "body" */
  | 'BODY'
  /** "header" */
  | 'HEADER';

/** One of: form, json. */
export type OAuth2BodyFormat =
  /** "form" */
  | 'FORM'
  /** "json" */
  | 'JSON';

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Username and password authentication. */
export type PasswordAuthInput = {
  /** The password of that user. Write-only. */
  password?: string | null | undefined;
  /** The user to connect as. */
  username: string;
};

/** How the gateway authenticates to PostgreSQL. Give exactly one member. */
export type PostgresAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with PostgreSQL. */
export type PostgresConfigInput = {
  /** How the gateway authenticates to PostgreSQL. */
  auth: PostgresAuthInput;
  /** How long to wait for a connection, in seconds (1–300); 10 when left out. */
  connectionTimeoutInSeconds?: number | null | undefined;
  /** Database name. */
  database: string;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 5432 when left out. */
  port?: number | null | undefined;
  /** Schema to write into; "public" when left out. */
  schema?: string | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** One of: comma, brackets, indices, repeat. */
export type QueryArrayFormat =
  /** "brackets" */
  | 'BRACKETS'
  /** "comma" */
  | 'COMMA'
  /** "indices" */
  | 'INDICES'
  /** "repeat" */
  | 'REPEAT';

/** What a revision recorded. */
export type RevisionAction =
  /** The integration was created. */
  | 'CREATE'
  /** The integration was deleted. */
  | 'DELETE'
  /** The integration was updated. */
  | 'UPDATE';

/** An S3 bucket used for staging data. */
export type S3BucketInput = {
  /** Name of the S3 bucket. */
  bucketName: string;
  /** Region of the bucket, e.g. us-east-1. */
  bucketRegion: string;
};

/** Configuration of an integration with Amazon S3. */
export type S3ConfigInput = {
  /** An AWS IAM access key pair. */
  awsAccessKeys: AwsAccessKeysInput;
  /** Name of the bucket. */
  bucketName: string;
  /** Region of the bucket, e.g. us-east-1. */
  bucketRegion: string;
  /** Do not write a manifest file beside each transfer. */
  disableManifest?: boolean | null | undefined;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
  /** Reach S3 through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** Changes to an integration. Omitted fields are kept. null clears description, metadata and customerId, and is invalid for title, labels, disabled and config. metadata is merged shallowly (a key set to null is removed). */
export type UpdateIntegrationInput = {
  /** Replaces the non-secret config wholesale; secrets left out keep their value, "" clears an optional one. */
  config?: IntegrationConfigInput | null | undefined;
  /** New end customer; null clears it. */
  customerId?: string | null | undefined;
  /** Patches the delivery settings; null resets them all to defaults. */
  delivery?: DeliverySettingsInput | null | undefined;
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** Disable or enable. */
  disabled?: boolean | null | undefined;
  /** Replaces every label. */
  labels?: Array<string> | null | undefined;
  /** Merged into the stored metadata; null clears it to {}. */
  metadata?: any;
  /** New title, 1–255 characters (trimmed). */
  title?: string | null | undefined;
};

/** One of: hmac_sha256, hmac_sha1, hmac_sha512. */
export type WebhookSignatureFormat =
  /** "hmac_sha1" */
  | 'HMAC_SHA1'
  /** "hmac_sha256" */
  | 'HMAC_SHA256'
  /** "hmac_sha512" */
  | 'HMAC_SHA512';

/** One of: header, body, url. */
export type WebhookSignaturePart =
  /** "body" */
  | 'BODY'
  /** "header" */
  | 'HEADER'
  /** "url" */
  | 'URL';

export type CountIntegrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountIntegrationsQuery = { integrations: { totalCount: number } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { __typename: 'Integration', title: string, etag: string, id: string } | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<{ __typename: 'Integration', title: string, etag: string, id: string } | null> };

export type IntegrationFieldsFragment = { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
    | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
    | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
        | { __typename: 'HttpApiAuthorizationApiKey' }
        | { __typename: 'HttpApiAuthorizationBasic' }
        | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
       | null, pagination:
        | { __typename: 'HttpApiPaginationCursor' }
        | { __typename: 'HttpApiPaginationOffset' }
        | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
       | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
    | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
    | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
   };

export type CreateIntegrationMutationVariables = Exact<{
  input: CreateIntegrationInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateIntegrationMutation = { createIntegration:
    | { __typename: 'CreateIntegrationPayload', integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
          | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
          | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
              | { __typename: 'HttpApiAuthorizationApiKey' }
              | { __typename: 'HttpApiAuthorizationBasic' }
              | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
             | null, pagination:
              | { __typename: 'HttpApiPaginationCursor' }
              | { __typename: 'HttpApiPaginationOffset' }
              | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
             | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
          | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
         } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, fieldErrors: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type UpdateIntegrationMutationVariables = Exact<{
  id: string | number;
  input: UpdateIntegrationInput;
  etag?: string | null | undefined;
}>;


export type UpdateIntegrationMutation = { updateIntegration:
    | { __typename: 'ConnectorMismatchError', code: ErrorCode, message: string, expected: ConnectorType, received: ConnectorType }
    | { __typename: 'EtagMismatchError', code: ErrorCode, message: string, currentEtag: string, currentVersion: number }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateIntegrationPayload', integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
          | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
          | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
              | { __typename: 'HttpApiAuthorizationApiKey' }
              | { __typename: 'HttpApiAuthorizationBasic' }
              | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
             | null, pagination:
              | { __typename: 'HttpApiPaginationCursor' }
              | { __typename: 'HttpApiPaginationOffset' }
              | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
             | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
          | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
         } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, fieldErrors: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type DeleteIntegrationMutationVariables = Exact<{
  id: string | number;
  etag?: string | null | undefined;
}>;


export type DeleteIntegrationMutation = { deleteIntegration:
    | { __typename: 'DeleteIntegrationPayload', integration: { id: string, version: number } }
    | { __typename: 'EtagMismatchError', code: ErrorCode, message: string, currentEtag: string, currentVersion: number }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type GetIntegrationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetIntegrationQuery = { integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
      | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
      | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
          | { __typename: 'HttpApiAuthorizationApiKey' }
          | { __typename: 'HttpApiAuthorizationBasic' }
          | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
         | null, pagination:
          | { __typename: 'HttpApiPaginationCursor' }
          | { __typename: 'HttpApiPaginationOffset' }
          | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
         | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
      | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
      | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
     } | null };

export type GetRevisionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GetRevisionsQuery = { integration: { id: string, version: number, revisions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, etag: string, action: RevisionAction, actor: string | null, createdAt: string, changedPaths: Array<string>, snapshot: any } }> } } | null };

export type ListIntegrationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IntegrationFilter | null | undefined;
  orderBy?: IntegrationOrder | null | undefined;
}>;


export type ListIntegrationsQuery = { integrations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, labels: Array<string>, disabled: boolean, customerId: string | null, connector: ConnectorType, createdAt: string, updatedAt: string } }> } };

export type ListWithRevisionsQueryVariables = Exact<{
  first?: number | null | undefined;
  revisions?: number | null | undefined;
}>;


export type ListWithRevisionsQuery = { integrations: { totalCount: number, edges: Array<{ node: { id: string, title: string, config:
          | { __typename: 'AthenaConfig' }
          | { __typename: 'HttpApiConfig' }
          | { __typename: 'PostgresConfig' }
          | { __typename: 'S3Config' }
        , revisions: { totalCount: number, edges: Array<{ node: { version: number, changedPaths: Array<string> } }> } } }> } };

export type GetNodesQueryVariables = Exact<{
  id: string | number;
  ids: Array<string | number> | string | number;
}>;


export type GetNodesQuery = { node: { title: string, id: string } | null, nodes: Array<{ title: string, id: string } | null> };

export type GetConnectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetConnectorsQuery = { connectors: Array<{ type: ConnectorType, name: string, label: string, category: ConnectorCategory, description: string, configSchema: any, secretPaths: Array<string> }> };

export type SecretStatesFragment = { config:
    | { __typename: 'AthenaConfig', accessKey: { secretAccessKey: { isSet: boolean, updatedAt: string | null } } }
    | { __typename: 'HttpApiConfig', credentials: { __typename: 'HttpApiCredentialsOauth2', clientSecret: { isSet: boolean, updatedAt: string | null } } | null, authorization:
        | { __typename: 'HttpApiAuthorizationApiKey' }
        | { __typename: 'HttpApiAuthorizationBasic' }
        | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean, updatedAt: string | null } }
       | null, webhook: { signatureVerification: { format: WebhookSignatureFormat, parts: Array<WebhookSignaturePart>, secret: { isSet: boolean, updatedAt: string | null } } } | null }
    | { __typename: 'PostgresConfig', auth: { __typename: 'PasswordAuth', password: { isSet: boolean, updatedAt: string | null } } }
    | { __typename: 'S3Config', awsAccessKeys: { secretKey: { isSet: boolean, updatedAt: string | null } } }
   };

export type GetIntegrationEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type GetIntegrationEverythingQuery = { integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, revisions: { totalCount: number, edges: Array<{ cursor: string, node: { version: number, etag: string, action: RevisionAction, actor: string | null, createdAt: string, changedPaths: Array<string>, snapshot: any } }> }, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
      | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
      | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean, updatedAt: string | null } } | null, authorization:
          | { __typename: 'HttpApiAuthorizationApiKey' }
          | { __typename: 'HttpApiAuthorizationBasic' }
          | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean, updatedAt: string | null } }
         | null, pagination:
          | { __typename: 'HttpApiPaginationCursor' }
          | { __typename: 'HttpApiPaginationOffset' }
          | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
         | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }>, webhook: { signatureVerification: { format: WebhookSignatureFormat, parts: Array<WebhookSignaturePart>, secret: { isSet: boolean, updatedAt: string | null } } } | null }
      | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
      | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
     } | null };

export type ListEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type ListEverythingQuery = { integrations: { totalCount: number, edges: Array<{ node: { id: string, title: string, version: number, config:
          | { __typename: 'AthenaConfig' }
          | { __typename: 'HttpApiConfig' }
          | { __typename: 'PostgresConfig' }
          | { __typename: 'S3Config' }
         } }> }, connectors: Array<{ type: ConnectorType, name: string, label: string, category: ConnectorCategory, description: string, configSchema: any, secretPaths: Array<string> }> };

export const IntegrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationFieldsFragment, unknown>;
export const SecretStatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretStates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecretStatesFragment, unknown>;
export const CountIntegrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountIntegrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountIntegrationsQuery, CountIntegrationsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const CreateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegrationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateIntegrationMutation, CreateIntegrationMutationVariables>;
export const UpdateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"etag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"etag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"etag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EtagMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEtag"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;
export const DeleteIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"etag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"etag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"etag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIntegrationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EtagMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEtag"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>;
export const GetIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetIntegrationQuery, GetIntegrationQueryVariables>;
export const GetRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedPaths"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetRevisionsQuery, GetRevisionsQueryVariables>;
export const ListIntegrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListIntegrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListIntegrationsQuery, ListIntegrationsQueryVariables>;
export const ListWithRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListWithRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedPaths"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListWithRevisionsQuery, ListWithRevisionsQueryVariables>;
export const GetNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GetNodesQuery, GetNodesQueryVariables>;
export const GetConnectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetConnectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"configSchema"}},{"kind":"Field","name":{"kind":"Name","value":"secretPaths"}}]}}]}}]} as unknown as DocumentNode<GetConnectorsQuery, GetConnectorsQueryVariables>;
export const GetIntegrationEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetIntegrationEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretStates"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedPaths"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretStates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetIntegrationEverythingQuery, GetIntegrationEverythingQueryVariables>;
export const ListEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"configSchema"}},{"kind":"Field","name":{"kind":"Name","value":"secretPaths"}}]}}]}}]} as unknown as DocumentNode<ListEverythingQuery, ListEverythingQueryVariables>;