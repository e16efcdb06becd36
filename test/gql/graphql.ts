/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the gateway authenticates to the storage account. Give exactly one member. */
export type AbsAuthInput =
  {   /** A service shared access signature (SAS) scoped to the container. */
  azureServiceSharedAccessSignature: AzureServiceSharedAccessSignatureInput; };

/** Configuration of an integration with Azure Blob Storage. */
export type AbsConfigInput = {
  /** How the gateway authenticates to the storage account. */
  auth: AbsAuthInput;
  /** Name of the blob container. */
  containerName: string;
  /** Do not write a manifest file beside each transfer. */
  disableManifest?: boolean | null | undefined;
  /** Folder (blob name prefix) inside the container; the root when left out. */
  folder?: string | null | undefined;
  /** Name of the Azure storage account. */
  storageAccountName: string;
};

/** A long-lived access token issued by the service. */
export type AccessTokenAuthInput = {
  /** The access token. Write-only. */
  accessToken?: string | null | undefined;
};

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

/** How the gateway authenticates to Aurora MySQL. Give exactly one member. */
export type AuroraMysqlAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with Amazon Aurora MySQL. */
export type AuroraMysqlConfigInput = {
  /** How the gateway authenticates to Aurora MySQL. */
  auth: AuroraMysqlAuthInput;
  /** Database to connect to; the write database when left out. */
  connectionDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 3306 when left out. */
  port?: number | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
};

/** How the gateway authenticates to Aurora PostgreSQL. Give exactly one member. */
export type AuroraPostgresAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with Amazon Aurora PostgreSQL. */
export type AuroraPostgresConfigInput = {
  /** How the gateway authenticates to Aurora PostgreSQL. */
  auth: AuroraPostgresAuthInput;
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

/** An AWS IAM access key pair. */
export type AwsAccessKeysInput = {
  /** AWS access key id, e.g. AKIA…. */
  accessId: string;
  /** AWS secret access key. Write-only. */
  secretKey?: string | null | undefined;
};

/** An IAM role in your account that trusts the gateway (see outputs). */
export type AwsIamRoleInput = {
  /** ARN of the IAM role the gateway assumes, e.g. arn:aws:iam::123456789012:role/loader. */
  awsIamRoleArn: string;
};

/** A service shared access signature (SAS) scoped to the container. */
export type AzureServiceSharedAccessSignatureInput = {
  /** The SAS token (the query string after "?", e.g. sv=…&sig=…). Write-only. */
  sharedAccessSignatureToken?: string | null | undefined;
};

/** A storage account access key. */
export type AzureStorageAccountAccessKeyInput = {
  /** An access key of the storage account. Write-only. */
  storageAccountAccessKey?: string | null | undefined;
};

/** How the gateway authenticates to Google Cloud. Give exactly one member. */
export type BigqueryAuthInput =
  {   /** A service account key file the gateway authenticates with. */
  gcpServiceAccountKey: GcpServiceAccountKeyInput; gcpServiceAccountRole?: never; }
  |  { gcpServiceAccountKey?: never;   /** Access granted to a service account by role; no key is exchanged. */
  gcpServiceAccountRole: GcpServiceAccountRoleInput; };

/** Configuration of an integration with Google BigQuery. */
export type BigqueryConfigInput = {
  /** How the gateway authenticates to Google Cloud. */
  auth: BigqueryAuthInput;
  /** Bucket for staging load jobs; rows are streamed when left out. */
  bucketGcs?: GcsStagingBucketInput | null | undefined;
  /** Dataset to write into. */
  dataset: string;
  /** Location of the dataset: a multi-region (US, EU) or a region (europe-west1); US when left out. */
  location?: string | null | undefined;
  /** Project that holds the dataset and runs the jobs, e.g. my-project-123. */
  projectId: string;
};

/** How the gateway authenticates to ClickHouse. Give exactly one member. */
export type ClickhouseAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with ClickHouse. */
export type ClickhouseConfigInput = {
  /** How the gateway authenticates to ClickHouse. */
  auth: ClickhouseAuthInput;
  /** A bucket ClickHouse loads staged files from; files are inserted directly when left out. */
  bucket?: ClickhouseStagingBucketInput | null | undefined;
  /** Cluster to create tables ON CLUSTER; a single server when left out. */
  cluster?: string | null | undefined;
  /** Database to connect to; the write database when left out. */
  connectionDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 9440 when left out. */
  port?: number | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
};

/** A bucket ClickHouse loads staged files from; files are inserted directly when left out. Give exactly one member. */
export type ClickhouseStagingBucketInput =
  {   /** A Cloud Storage bucket for staging data, with the HMAC key pair that reaches it. */
  bucketGcs: GcsBucketWithHmacKeysInput; bucketS3?: never; }
  |  { bucketGcs?: never;   /** An S3 bucket for staging data, with the access key pair that reaches it. */
  bucketS3: S3BucketWithAccessKeysInput; };

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
  /** Azure Blob Storage */
  | 'ABS'
  /** Amazon Athena */
  | 'ATHENA'
  /** Amazon Aurora MySQL */
  | 'AURORA_MYSQL'
  /** Amazon Aurora PostgreSQL */
  | 'AURORA_POSTGRES'
  /** Google BigQuery */
  | 'BIGQUERY'
  /** ClickHouse */
  | 'CLICKHOUSE'
  /** Databricks */
  | 'DATABRICKS'
  /** Delta Lake */
  | 'DELTA_LAKE'
  /** Google Cloud Storage */
  | 'GCS'
  /** Google Sheets */
  | 'GOOGLE_SHEETS'
  /** HTTP API */
  | 'HTTP_API'
  /** Apache Iceberg */
  | 'ICEBERG'
  /** MongoDB */
  | 'MONGODB'
  /** MotherDuck */
  | 'MOTHERDUCK'
  /** MySQL */
  | 'MYSQL'
  /** Oracle Database */
  | 'ORACLE'
  /** PlanetScale */
  | 'PLANETSCALE'
  /** PostgreSQL */
  | 'POSTGRES'
  /** Amazon Redshift */
  | 'REDSHIFT'
  /** Amazon S3 */
  | 'S3'
  /** SFTP */
  | 'SFTP'
  /** SingleStore */
  | 'SINGLESTORE'
  /** Snowflake */
  | 'SNOWFLAKE'
  /** Microsoft SQL Server */
  | 'SQL_SERVER';

/** A new integration. The connector is the member given in config. */
export type CreateIntegrationInput = {
  /** The configuration; exactly one connector member. Required unless connectorConfigId is given; then it holds only the values of the config's per-customer params (or is left out). */
  config?: IntegrationConfigInput | null | undefined;
  /** Build on this connector config (ccfg_…, OpenInt's connectorConfigId): its shared settings and secrets are taken as they are, and it changes when the config does. From another team's ASK config, the integration waits for that team's approval. */
  connectorConfigId?: string | number | null | undefined;
  /** The end customer this connection belongs to, 1–255 characters. */
  customerId?: string | null | undefined;
  /** Delivery settings of a destination; defaults when left out. */
  delivery?: DeliverySettingsInput | null | undefined;
  /** Free text, at most 4000 characters. */
  description?: string | null | undefined;
  /** Create it disabled; false by default. */
  disabled?: boolean | null | undefined;
  /** The environment to create it in, by name. A key of one environment creates in its own (naming another is refused); required when building on a connector config with a key of every environment. */
  environment?: string | null | undefined;
  /** At most 64 labels of 1–63 characters from a-z 0-9 - _ . : /. */
  labels?: Array<string> | null | undefined;
  /** A JSON object of your own data: keys of 1–128 characters, at most 16384 characters as JSON. */
  metadata?: any;
  /** Built on a connector config: the values of its per-customer params, shaped as the connector's config (e.g. { database: "acme", auth: { passwordAuth: { password: "…" } } }); nothing else. */
  params?: any;
  /** Human-friendly name, 1–255 characters (trimmed). */
  title: string;
};

/** How the gateway authenticates to Databricks. Give exactly one member. */
export type DatabricksAuthInput =
  {   /** OAuth client credentials (client id and secret). */
  oauthClientSecretAuth: OAuthClientSecretAuthInput; };

/** Configuration of an integration with Databricks. */
export type DatabricksConfigInput = {
  /** How the gateway authenticates to Databricks. */
  auth: DatabricksAuthInput;
  /** Unity Catalog catalog; the workspace's default catalog when left out. */
  catalog?: string | null | undefined;
  /** Staging bucket for workspaces on the Hive metastore (not needed with Unity Catalog). */
  hive?: DatabricksHiveInput | null | undefined;
  /** Workspace hostname, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com. */
  host: string;
  /** HTTP path of the SQL warehouse, e.g. /sql/1.0/warehouses/abc123. */
  httpPath: string;
  /** TCP port (1–65535); 443 when left out. */
  port?: number | null | undefined;
  /** Schema to write into. */
  schema: string;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** Staging bucket for workspaces on the Hive metastore (not needed with Unity Catalog). Give exactly one member. */
export type DatabricksHiveInput =
  {   /** An S3 bucket for staging data, with the access key pair that reaches it. */
  bucketS3: S3BucketWithAccessKeysInput; };

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

/** How the gateway authenticates to the storage account. Give exactly one member. */
export type DeltaLakeAbsBucketAuthInput =
  {   /** A storage account access key. */
  azureStorageAccountAccessKey: AzureStorageAccountAccessKeyInput; };

/** An Azure Blob Storage container. */
export type DeltaLakeAbsBucketInput = {
  /** How the gateway authenticates to the storage account. */
  bucketAuth: DeltaLakeAbsBucketAuthInput;
  /** Name of the blob container. Required: the seed's example leaves out where the tables go, but no bucket can be reached without it: send containerName (the Blob container the tables are written to). */
  containerName?: string | null | undefined;
  /** Folder (blob name prefix) inside the container; the root when left out. */
  folder?: string | null | undefined;
  /** Name of the Azure storage account. */
  storageAccountName: string;
};

/** Where the Delta tables are written. Give exactly one member. */
export type DeltaLakeBucketInput =
  {   /** An Azure Blob Storage container. */
  bucketAbs: DeltaLakeAbsBucketInput; bucketGcs?: never; bucketS3Compatible?: never; }
  |  { bucketAbs?: never;   /** A Google Cloud Storage bucket. */
  bucketGcs: DeltaLakeGcsBucketInput; bucketS3Compatible?: never; }
  |  { bucketAbs?: never; bucketGcs?: never;   /** A bucket on an S3-compatible service (MinIO, Cloudflare R2, Wasabi, …). */
  bucketS3Compatible: DeltaLakeS3CompatibleBucketInput; };

/** One of: none, name, id. */
export type DeltaLakeColumnMappingMode =
  /** "id" */
  | 'ID'
  /** "name" */
  | 'NAME'
  /** "none" */
  | 'NONE';

/** Configuration of an integration with Delta Lake. */
export type DeltaLakeConfigInput = {
  /** Where the Delta tables are written. */
  bucket: DeltaLakeBucketInput;
  /** Write tables without the change data feed. */
  changeDataFeedDisabled?: boolean | null | undefined;
  /** Delta column mapping mode (delta.columnMapping.mode); "none" when left out. */
  columnMappingMode?: DeltaLakeColumnMappingMode | null | undefined;
  /** Write tables without deletion vectors. */
  deletionVectorsDisabled?: boolean | null | undefined;
  /** Days of table history kept for time travel before VACUUM removes it (1–3650); 7 when left out. */
  retentionWindowDays?: number | null | undefined;
};

/** How the gateway authenticates to Cloud Storage. Give exactly one member. */
export type DeltaLakeGcsBucketAuthInput =
  {   /** A service account key file the gateway authenticates with. */
  gcpServiceAccountKey: GcpServiceAccountKeyInput; gcpServiceAccountRole?: never; }
  |  { gcpServiceAccountKey?: never;   /** Access granted to a service account by role; no key is exchanged. */
  gcpServiceAccountRole: GcpServiceAccountRoleInput; };

/** A Google Cloud Storage bucket. */
export type DeltaLakeGcsBucketInput = {
  /** How the gateway authenticates to Cloud Storage. */
  bucketAuth: DeltaLakeGcsBucketAuthInput;
  /** Name of the Cloud Storage bucket. Required: the seed's example leaves out where the tables go, but no bucket can be reached without it: send bucketName (the Cloud Storage bucket the tables are written to). */
  bucketName?: string | null | undefined;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
};

/** How the gateway authenticates to the service. Give exactly one member. */
export type DeltaLakeS3CompatibleBucketAuthInput =
  {   /** An access key pair of the S3-compatible service. */
  accessKeys: S3CompatibleAccessKeysInput; };

/** A bucket on an S3-compatible service (MinIO, Cloudflare R2, Wasabi, …). */
export type DeltaLakeS3CompatibleBucketInput = {
  /** How the gateway authenticates to the service. */
  bucketAuth: DeltaLakeS3CompatibleBucketAuthInput;
  /** Name of the bucket. Required: the seed's example leaves out where the tables go, but no bucket can be reached without it: send bucketName (the bucket the tables are written to). */
  bucketName?: string | null | undefined;
  /** Region of the bucket, if the service has regions. */
  bucketRegion?: string | null | undefined;
  /** Connect over plain HTTP. Only for services on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname of the S3-compatible service, e.g. s3.eu-central-1.wasabisys.com. Required: the seed's example leaves out where the tables go, but no bucket can be reached without it: send endpoint (the hostname of the S3-compatible service). */
  endpoint?: string | null | undefined;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
  /** TCP port (1–65535); 443, or 80 with disableSsl, when left out. */
  port?: number | null | undefined;
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
  | 'NOT_FOUND'
  /** The key may see the object but not do this with it (another team's connector config, a key of one environment). */
  | 'PERMISSION_DENIED';

/** A service account key file the gateway authenticates with. */
export type GcpServiceAccountKeyInput = {
  /** Email of the service account the key belongs to. */
  serviceAccountEmail: string;
  /** The JSON key file of the service account, as text. Write-only. */
  serviceAccountKey?: string | null | undefined;
};

/** Access granted to a service account by role; no key is exchanged. */
export type GcpServiceAccountRoleInput = {
  /** Email of the service account granted access, e.g. loader@my-project.iam.gserviceaccount.com. */
  serviceAccountEmail: string;
};

/** How the gateway authenticates to Cloud Storage. Give exactly one member. */
export type GcsAuthInput =
  {   /** Access granted to a service account by role; no key is exchanged. */
  gcpServiceAccountRole: GcpServiceAccountRoleInput; gcsHmacKeys?: never; }
  |  { gcpServiceAccountRole?: never;   /** A Cloud Storage HMAC key pair (S3-compatible access). */
  gcsHmacKeys: GcsHmacKeysInput; };

/** A Cloud Storage bucket for staging data, with the HMAC key pair that reaches it. */
export type GcsBucketWithHmacKeysInput = {
  /** Name of the Cloud Storage bucket. */
  bucketName: string;
  /** A Cloud Storage HMAC key pair (S3-compatible access). */
  gcsHmacKeys: GcsHmacKeysInput;
};

/** Configuration of an integration with Google Cloud Storage. */
export type GcsConfigInput = {
  /** How the gateway authenticates to Cloud Storage. */
  auth: GcsAuthInput;
  /** Name of the Cloud Storage bucket. */
  bucketName: string;
  /** Do not write a manifest file beside each transfer. */
  disableManifest?: boolean | null | undefined;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
};

/** A Cloud Storage HMAC key pair (S3-compatible access). */
export type GcsHmacKeysInput = {
  /** HMAC access id, e.g. GOOG1E…. */
  accessKey: string;
  /** HMAC secret. Write-only. */
  secret?: string | null | undefined;
};

/** A Cloud Storage bucket, reached with the same credentials, to stage files for load jobs. */
export type GcsStagingBucketInput = {
  /** Name of the Cloud Storage bucket. */
  bucketName: string;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
};

/** Configuration of an integration with Google Sheets. */
export type GoogleSheetsConfigInput = {
  /** URL of the spreadsheet, e.g. https://docs.google.com/spreadsheets/d/1AbC…/edit. */
  host: string;
};

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
  /** Path of the authorization endpoint on tokenHost, for user grants. */
  authorizePath?: string | null | undefined;
  /** Encoding of the token request body. */
  bodyFormat?: OAuth2BodyFormat | null | undefined;
  /** OAuth2 client id. */
  clientId: string;
  /** OAuth2 client secret; leave it unset for public clients (PKCE). Write-only. */
  clientSecret?: string | null | undefined;
  /** Extra parameters of the refresh request. */
  refreshParams?: any;
  /** Path of the refresh endpoint on tokenHost; tokenPath when left out. */
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
  /** Path of the token endpoint on tokenHost. */
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
  /** A JSON body template, at most 16384 characters as JSON. */
  body?: any;
  /** Headers for this endpoint, merged over the defaults. Not secret: put credentials in authorization. */
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

/** The catalog the tables are registered in. Give exactly one member. */
export type IcebergCatalogInput =
  {   /** The AWS Glue Data Catalog of the bucket's account and region. */
  catalogGlue: IcebergGlueCatalogInput; catalogGoogleLakehouse?: never; catalogIcebergRest?: never; catalogS3Tables?: never; }
  |  { catalogGlue?: never;   /** Google BigLake (lakehouse) metastore. */
  catalogGoogleLakehouse: IcebergGoogleLakehouseCatalogInput; catalogIcebergRest?: never; catalogS3Tables?: never; }
  |  { catalogGlue?: never; catalogGoogleLakehouse?: never;   /** An Iceberg REST catalog (Polaris, Unity Catalog, Nessie, Lakekeeper, …). */
  catalogIcebergRest: IcebergRestCatalogInput; catalogS3Tables?: never; }
  |  { catalogGlue?: never; catalogGoogleLakehouse?: never; catalogIcebergRest?: never;   /** Amazon S3 Tables. */
  catalogS3Tables: IcebergS3TablesCatalogInput; };

/** Configuration of an integration with Apache Iceberg. */
export type IcebergConfigInput = {
  /** The catalog the tables are registered in. */
  catalog: IcebergCatalogInput;
  /** Days snapshots are kept before they expire (1–3650); 7 when left out. */
  retentionWindowDays?: number | null | undefined;
};

/** How the gateway reaches the bucket. Give exactly one member. */
export type IcebergGcsBucketAuthInput =
  {   /** Access granted to a service account by role; no key is exchanged. */
  gcpServiceAccountRole: GcpServiceAccountRoleInput; };

/** A Cloud Storage bucket that holds the table files. */
export type IcebergGcsBucketInput = {
  /** How the gateway reaches the bucket. */
  bucketAuth: IcebergGcsBucketAuthInput;
  /** Name of the Cloud Storage bucket. */
  bucketName: string;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
};

/** The AWS Glue Data Catalog of the bucket's account and region. */
export type IcebergGlueCatalogInput = {
  /** Glue database the tables are registered in. */
  database: string;
  /** Where the table files are written. */
  storageOptions: IcebergS3StorageOptionsInput;
};

/** How the gateway authenticates to Google Cloud. Give exactly one member. */
export type IcebergGoogleLakehouseAuthInput =
  {   /** A service account key file the gateway authenticates with. */
  gcpServiceAccountKey: GcpServiceAccountKeyInput; gcpServiceAccountRole?: never; }
  |  { gcpServiceAccountKey?: never;   /** Access granted to a service account by role; no key is exchanged. */
  gcpServiceAccountRole: GcpServiceAccountRoleInput; };

/** Google BigLake (lakehouse) metastore. */
export type IcebergGoogleLakehouseCatalogInput = {
  /** How the gateway authenticates to Google Cloud. */
  auth: IcebergGoogleLakehouseAuthInput;
  /** Cloud Storage bucket that holds the table files. */
  bucketName: string;
  /** Name of the BigLake catalog. */
  catalogName: string;
  /** Google Cloud project id, e.g. my-project-123. */
  projectId: string;
  /** Schema (namespace) the tables are created in. */
  schema: string;
};

/** How the gateway authenticates to the catalog. Give exactly one member. */
export type IcebergRestCatalogAuthInput =
  {   /** A static OAuth bearer token. */
  oauthBearerTokenAuth: OAuthBearerTokenAuthInput; oauthClientSecretAuth?: never; }
  |  { oauthBearerTokenAuth?: never;   /** OAuth client credentials (client id and secret). */
  oauthClientSecretAuth: OAuthClientSecretAuthInput; };

/** An Iceberg REST catalog (Polaris, Unity Catalog, Nessie, Lakekeeper, …). */
export type IcebergRestCatalogInput = {
  /** How the gateway authenticates to the catalog. */
  auth: IcebergRestCatalogAuthInput;
  /** Namespace (database) the tables are created in. */
  namespace: string;
  /** Where the table files are written. */
  storageOptions: IcebergRestStorageOptionsInput;
  /** Base URL of the REST catalog, e.g. https://catalog.example.com/api/catalog. Required: the seed's example leaves it out, but no REST catalog can be reached without its base URL: send uri, e.g. https://catalog.example.com/api/catalog. */
  uri?: string | null | undefined;
  /** Warehouse to use in the catalog; the catalog's default when left out. */
  warehouse?: string | null | undefined;
};

/** Where the table files are written. Give exactly one member. */
export type IcebergRestStorageOptionsInput =
  {   /** A Cloud Storage bucket that holds the table files. */
  bucketGcs: IcebergGcsBucketInput; bucketS3?: never; }
  |  { bucketGcs?: never;   /** An S3 bucket that holds the table files. */
  bucketS3: IcebergS3BucketInput; };

/** How the gateway reaches the bucket. Give exactly one member. */
export type IcebergS3BucketAuthInput =
  {   /** An IAM role in your account that trusts the gateway (see outputs). */
  awsIamRole: AwsIamRoleInput; };

/** An S3 bucket that holds the table files. */
export type IcebergS3BucketInput = {
  /** How the gateway reaches the bucket. */
  bucketAuth: IcebergS3BucketAuthInput;
  /** Name of the S3 bucket. */
  bucketName: string;
  /** Region of the bucket, e.g. us-east-1. */
  bucketRegion: string;
  /** Folder (key prefix) inside the bucket; the root when left out. */
  folder?: string | null | undefined;
};

/** Where the table files are written. Give exactly one member. */
export type IcebergS3StorageOptionsInput =
  {   /** An S3 bucket that holds the table files. */
  bucketS3: IcebergS3BucketInput; };

/** Amazon S3 Tables. */
export type IcebergS3TablesCatalogInput = {
  /** Namespace in the table bucket. */
  database: string;
  /** Where the table files are written. */
  storageOptions: IcebergS3StorageOptionsInput;
  /** ARN of the S3 table bucket, e.g. arn:aws:s3tables:us-east-1:123456789012:bucket/analytics. */
  tableBucketArn: string;
};

/** The owning team's decision on an integration another team built on its ASK config. */
export type IntegrationApprovalState =
  /** Approved: it is used like any other. */
  | 'APPROVED'
  /** Waiting: the integration is not used (no checks, no transfer reports) until approved. */
  | 'PENDING'
  /** Rejected: it is never used; its creator may delete it. */
  | 'REJECTED';

/** An integration's configuration: exactly one member, named after the connector. On update it must be the integration's own connector; it replaces the stored non-secret config, and secrets left out keep their value. */
export type IntegrationConfigInput =
  {   /** Azure Blob Storage: An Azure Blob Storage container that receives files. */
  abs: AbsConfigInput; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never;   /** Amazon Athena: Amazon Athena, queried with an IAM access key through a workgroup. */
  athena: AthenaConfigInput; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never;   /** Amazon Aurora MySQL: An Amazon Aurora MySQL cluster, reached directly or through an SSH tunnel. */
  auroraMysql: AuroraMysqlConfigInput; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never;   /** Amazon Aurora PostgreSQL: An Amazon Aurora PostgreSQL cluster, reached directly or through an SSH tunnel. */
  auroraPostgres: AuroraPostgresConfigInput; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never;   /** Google BigQuery: A BigQuery dataset in a Google Cloud project. */
  bigquery: BigqueryConfigInput; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never;   /** ClickHouse: A ClickHouse server or ClickHouse Cloud service, over the secure native protocol. */
  clickhouse: ClickhouseConfigInput; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never;   /** Databricks: A Databricks SQL warehouse, writing to Unity Catalog or the Hive metastore. */
  databricks: DatabricksConfigInput; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never;   /** Delta Lake: Delta Lake tables in Azure Blob Storage, Google Cloud Storage or an S3-compatible bucket. */
  deltaLake: DeltaLakeConfigInput; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never;   /** Google Cloud Storage: A Google Cloud Storage bucket that receives files. */
  gcs: GcsConfigInput; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never;   /** Google Sheets: A Google Sheets spreadsheet shared with the gateway, one tab per model. */
  googleSheets: GoogleSheetsConfigInput; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never;   /** HTTP API: Any HTTP API, described declaratively: where it is, how to authenticate, page and rate-limit. */
  httpApi: HttpApiConfigInput; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never;   /** Apache Iceberg: Apache Iceberg tables in a REST, Glue, S3 Tables or Google lakehouse catalog. */
  iceberg: IcebergConfigInput; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never;   /** MongoDB: A MongoDB deployment, reached directly or through an SSH tunnel. */
  mongodb: MongodbConfigInput; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never;   /** MotherDuck: A MotherDuck (DuckDB in the cloud) database. */
  motherduck: MotherduckConfigInput; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never;   /** MySQL: A MySQL database, reached directly or through an SSH tunnel. */
  mysql: MysqlConfigInput; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never;   /** Oracle Database: An Oracle database, reached directly or through an SSH tunnel. */
  oracle: OracleConfigInput; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never;   /** PlanetScale: A PlanetScale (MySQL-compatible) database. */
  planetscale: PlanetscaleConfigInput; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never;   /** PostgreSQL: A PostgreSQL database, reached directly or through an SSH tunnel. */
  postgres: PostgresConfigInput; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never;   /** Amazon Redshift: An Amazon Redshift cluster or Serverless workgroup. */
  redshift: RedshiftConfigInput; s3?: never; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never;   /** Amazon S3: An Amazon S3 bucket that receives files. */
  s3: S3ConfigInput; sftp?: never; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never;   /** SFTP: An SFTP server that receives files. */
  sftp: SftpConfigInput; singlestore?: never; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never;   /** SingleStore: A SingleStore database, reached directly or through an SSH tunnel. */
  singlestore: SinglestoreConfigInput; snowflake?: never; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never;   /** Snowflake: A Snowflake account, reached with key-pair authentication. */
  snowflake: SnowflakeConfigInput; sqlServer?: never; }
  |  { abs?: never; athena?: never; auroraMysql?: never; auroraPostgres?: never; bigquery?: never; clickhouse?: never; databricks?: never; deltaLake?: never; gcs?: never; googleSheets?: never; httpApi?: never; iceberg?: never; mongodb?: never; motherduck?: never; mysql?: never; oracle?: never; planetscale?: never; postgres?: never; redshift?: never; s3?: never; sftp?: never; singlestore?: never; snowflake?: never;   /** Microsoft SQL Server: A Microsoft SQL Server or Azure SQL database, reached directly or through an SSH tunnel. */
  sqlServer: SqlServerConfigInput; };

/** Narrows a list of integrations; every given condition must hold. */
export type IntegrationFilter = {
  /** In this approval state: PENDING lists the requests another team's key made on ASK connector configs. */
  approval?: IntegrationApprovalState | null | undefined;
  /** Any of these connectors (at most 100); an empty list matches none. */
  connector?: Array<ConnectorType> | null | undefined;
  /** Belongs to this end customer (at most 255 characters). */
  customerId?: string | null | undefined;
  /** Disabled or enabled only. */
  disabled?: boolean | null | undefined;
  /** Has all of these labels (at most 64, each at most 63 characters); an empty list matches every integration. */
  labels?: Array<string> | null | undefined;
  /** Title contains this text (case-insensitive; at most 255 characters). */
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
  /** Not checked yet, not checked since the config changed, or no live check exists for this connector. */
  | 'UNKNOWN';

/** How the gateway authenticates to MongoDB. Give exactly one member. */
export type MongodbAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with MongoDB. */
export type MongodbConfigInput = {
  /** How the gateway authenticates to MongoDB. */
  auth: MongodbAuthInput;
  /** Database the user is defined in; "admin" when left out. */
  authenticationDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 27017 when left out. */
  port?: number | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
};

/** How the gateway authenticates to MotherDuck. Give exactly one member. */
export type MotherduckAuthInput =
  {   /** A long-lived access token issued by the service. */
  accessTokenAuth: AccessTokenAuthInput; };

/** Configuration of an integration with MotherDuck. */
export type MotherduckConfigInput = {
  /** How the gateway authenticates to MotherDuck. */
  auth: MotherduckAuthInput;
  /** Database name. */
  database: string;
  /** Schema to write into; "main" when left out. */
  schema?: string | null | undefined;
};

/** How the gateway authenticates to MySQL. Give exactly one member. */
export type MysqlAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with MySQL. */
export type MysqlConfigInput = {
  /** How the gateway authenticates to MySQL. */
  auth: MysqlAuthInput;
  /** Database to connect to; the write database when left out. */
  connectionDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 3306 when left out. */
  port?: number | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
};

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

/** A static OAuth bearer token. */
export type OAuthBearerTokenAuthInput = {
  /** The bearer token (Prequel calls it password). Write-only. */
  password?: string | null | undefined;
};

/** OAuth client credentials (client id and secret). */
export type OAuthClientSecretAuthInput = {
  /** OAuth client id (machine-to-machine). */
  clientId: string;
  /** OAuth client secret. Write-only. */
  clientSecret?: string | null | undefined;
};

/** How the gateway authenticates to Oracle. Give exactly one member. */
export type OracleAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with Oracle Database. */
export type OracleConfigInput = {
  /** How the gateway authenticates to Oracle. */
  auth: OracleAuthInput;
  /** Service name of the database, e.g. ORCLPDB1. */
  database: string;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 1521 when left out. */
  port?: number | null | undefined;
  /** Schema (user) to write into. */
  schema: string;
  /** TLS settings; the server certificate is checked against public CAs when left out. */
  sslOptions?: OracleSslOptionsInput | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** TLS settings for servers that require a client wallet (mTLS). */
export type OracleSslOptionsInput = {
  /** The Oracle wallet (ewallet.p12 or the wallet ZIP), base64-encoded, at most 98304 characters. Write-only. */
  wallet?: string | null | undefined;
};

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

/** How the gateway authenticates to PlanetScale. Give exactly one member. */
export type PlanetscaleAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with PlanetScale. */
export type PlanetscaleConfigInput = {
  /** How the gateway authenticates to PlanetScale. */
  auth: PlanetscaleAuthInput;
  /** Database to connect to; the write database when left out. */
  connectionDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 3306 when left out. */
  port?: number | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
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

/** How the gateway authenticates to Redshift. Give exactly one member. */
export type RedshiftAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with Amazon Redshift. */
export type RedshiftConfigInput = {
  /** How the gateway authenticates to Redshift. */
  auth: RedshiftAuthInput;
  /** S3 bucket to stage COPY loads; rows are inserted directly when left out. */
  bucketS3?: S3BucketWithAccessKeysInput | null | undefined;
  /** Database name. */
  database: string;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Endpoint of the cluster or workgroup, e.g. examplecluster.abc123xyz789.us-west-1.redshift.amazonaws.com. */
  host: string;
  /** TCP port (1–65535); 5439 when left out. */
  port?: number | null | undefined;
  /** Schema to write into; "public" when left out. */
  schema?: string | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** What a revision recorded. */
export type RevisionAction =
  /** The connector config's owning team approved the integration (built on an ASK config). */
  | 'APPROVE'
  /** The integration was created. */
  | 'CREATE'
  /** The integration was deleted. */
  | 'DELETE'
  /** The connector config's owning team rejected the integration (built on an ASK config). */
  | 'REJECT'
  /** The integration was restored to an earlier revision (restoredFromVersion). */
  | 'RESTORE'
  /** The integration was updated. */
  | 'UPDATE';

/** An S3 bucket used for staging data. */
export type S3BucketInput = {
  /** Name of the S3 bucket. */
  bucketName: string;
  /** Region of the bucket, e.g. us-east-1. */
  bucketRegion: string;
};

/** An S3 bucket for staging data, with the access key pair that reaches it. */
export type S3BucketWithAccessKeysInput = {
  /** An AWS IAM access key pair. */
  awsAccessKeys: AwsAccessKeysInput;
  /** Name of the S3 bucket. */
  bucketName: string;
  /** Region of the bucket, e.g. us-east-1. */
  bucketRegion: string;
};

/** An access key pair of the S3-compatible service. */
export type S3CompatibleAccessKeysInput = {
  /** Access key id. */
  accessId: string;
  /** Secret access key. Write-only. */
  secretKey?: string | null | undefined;
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

/** How the gateway authenticates to the server. Give exactly one member. */
export type SftpAuthInput =
  {   /** Public key authentication. */
  publicKeyAuth: SftpPublicKeyAuthInput; };

/** Configuration of an integration with SFTP. */
export type SftpConfigInput = {
  /** How the gateway authenticates to the server. */
  auth: SftpAuthInput;
  /** Folder on the server to write into; the user's home when left out. */
  folder?: string | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 22 when left out. */
  port?: number | null | undefined;
  /** The user to sign in as. */
  username: string;
};

/** Public key authentication. */
export type SftpPublicKeyAuthInput = {
  /** Passphrase of an encrypted private key. Write-only. */
  passphrase?: string | null | undefined;
  /** The private key (OpenSSH or PEM) the gateway signs in with. Write-only. Required: signing in with a key pair needs its private key, and the seed's public_key alone cannot sign in: send privateKey (publicKey is kept for reference only). */
  privateKey?: string | null | undefined;
  /** The matching public key, as in authorized_keys, for reference. */
  publicKey?: string | null | undefined;
};

/** How the gateway authenticates to SingleStore. Give exactly one member. */
export type SinglestoreAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with SingleStore. */
export type SinglestoreConfigInput = {
  /** How the gateway authenticates to SingleStore. */
  auth: SinglestoreAuthInput;
  /** Database to connect to; the write database when left out. */
  connectionDatabase?: string | null | undefined;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 3306 when left out. */
  port?: number | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
  /** Database the gateway writes into. */
  writeDatabase: string;
};

/** How the gateway authenticates to Snowflake. Give exactly one member. */
export type SnowflakeAuthInput =
  {   /** Key-pair authentication. */
  keyPairAuth: SnowflakeKeyPairAuthInput; };

/** Configuration of an integration with Snowflake. */
export type SnowflakeConfigInput = {
  /** How the gateway authenticates to Snowflake. */
  auth: SnowflakeAuthInput;
  /** Database name. */
  database: string;
  /** Account hostname, e.g. xy12345.eu-west-1.snowflakecomputing.com. */
  host: string;
  /** TCP port (1–65535); 443 when left out. */
  port?: number | null | undefined;
  /** Role to use; the user's default when left out. */
  role?: string | null | undefined;
  /** Schema to write into. */
  schema: string;
  /** The user to connect as. */
  username: string;
  /** Virtual warehouse to run in; the user's default when left out. */
  warehouse?: string | null | undefined;
};

/** Key-pair authentication. */
export type SnowflakeKeyPairAuthInput = {
  /** The PEM private key (PKCS#8) whose public key is set on the user. Write-only. */
  privateKey?: string | null | undefined;
  /** Passphrase of an encrypted private key. Write-only. */
  privateKeyPassphrase?: string | null | undefined;
};

/** How the gateway authenticates to SQL Server. Give exactly one member. */
export type SqlServerAuthInput =
  {   /** Username and password authentication. */
  passwordAuth: PasswordAuthInput; };

/** Configuration of an integration with Microsoft SQL Server. */
export type SqlServerConfigInput = {
  /** How the gateway authenticates to SQL Server. */
  auth: SqlServerAuthInput;
  /** Database name. */
  database: string;
  /** Connect without TLS. Only for servers on a private network. */
  disableSsl?: boolean | null | undefined;
  /** Hostname or IP address of the server. */
  host: string;
  /** TCP port (1–65535); 1433 when left out. */
  port?: number | null | undefined;
  /** Collation of primary key columns, e.g. Latin1_General_BIN2; the database's default when left out. */
  primaryKeyCollation?: string | null | undefined;
  /** Schema to write into; "dbo" when left out. */
  schema?: string | null | undefined;
  /** Connect through the SSH tunnel set up for this tenant. */
  useSshTunnel?: boolean | null | undefined;
};

/** Changes to an integration. Omitted fields are kept. null clears description, metadata and customerId, and is invalid for title, labels, disabled and config. metadata is merged shallowly (a key set to null is removed). */
export type UpdateIntegrationInput = {
  /** Replaces the non-secret config wholesale; secrets left out keep their value, "" clears an optional one. */
  config?: IntegrationConfigInput | null | undefined;
  /** New end customer, 1–255 characters; null clears it. */
  customerId?: string | null | undefined;
  /** Patches the delivery settings; null resets them all to defaults. */
  delivery?: DeliverySettingsInput | null | undefined;
  /** New description, at most 4000 characters; null clears it. */
  description?: string | null | undefined;
  /** Disable or enable. */
  disabled?: boolean | null | undefined;
  /** Replaces every label. */
  labels?: Array<string> | null | undefined;
  /** Merged into the stored metadata, which must stay within 16384 characters as JSON; null clears it to {}. */
  metadata?: any;
  /** Built on a connector config: the new values of its per-customer params (they replace the old; secrets left out are kept). Such an integration takes no config. */
  params?: any;
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


export type NodeByIdQuery = { node:
    | { __typename: 'ConnectorConfig', id: string }
    | { __typename: 'Integration', title: string, etag: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'ConnectorConfig', id: string }
    | { __typename: 'Integration', title: string, etag: string, id: string }
   | null> };

export type IntegrationFieldsFragment = { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
    | { __typename: 'AbsConfig' }
    | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
    | { __typename: 'AuroraMysqlConfig' }
    | { __typename: 'AuroraPostgresConfig' }
    | { __typename: 'BigqueryConfig' }
    | { __typename: 'ClickhouseConfig' }
    | { __typename: 'DatabricksConfig' }
    | { __typename: 'DeltaLakeConfig' }
    | { __typename: 'GcsConfig' }
    | { __typename: 'GoogleSheetsConfig' }
    | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
        | { __typename: 'HttpApiAuthorizationApiKey' }
        | { __typename: 'HttpApiAuthorizationBasic' }
        | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
       | null, pagination:
        | { __typename: 'HttpApiPaginationCursor' }
        | { __typename: 'HttpApiPaginationOffset' }
        | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
       | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
    | { __typename: 'IcebergConfig' }
    | { __typename: 'MongodbConfig' }
    | { __typename: 'MotherduckConfig' }
    | { __typename: 'MysqlConfig' }
    | { __typename: 'OracleConfig' }
    | { __typename: 'PlanetscaleConfig' }
    | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
    | { __typename: 'RedshiftConfig' }
    | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
    | { __typename: 'SftpConfig' }
    | { __typename: 'SinglestoreConfig' }
    | { __typename: 'SnowflakeConfig' }
    | { __typename: 'SqlServerConfig' }
   };

export type CreateIntegrationMutationVariables = Exact<{
  input: CreateIntegrationInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateIntegrationMutation = { createIntegration:
    | { __typename: 'CreateIntegrationPayload', integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
          | { __typename: 'AbsConfig' }
          | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
          | { __typename: 'AuroraMysqlConfig' }
          | { __typename: 'AuroraPostgresConfig' }
          | { __typename: 'BigqueryConfig' }
          | { __typename: 'ClickhouseConfig' }
          | { __typename: 'DatabricksConfig' }
          | { __typename: 'DeltaLakeConfig' }
          | { __typename: 'GcsConfig' }
          | { __typename: 'GoogleSheetsConfig' }
          | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
              | { __typename: 'HttpApiAuthorizationApiKey' }
              | { __typename: 'HttpApiAuthorizationBasic' }
              | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
             | null, pagination:
              | { __typename: 'HttpApiPaginationCursor' }
              | { __typename: 'HttpApiPaginationOffset' }
              | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
             | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
          | { __typename: 'IcebergConfig' }
          | { __typename: 'MongodbConfig' }
          | { __typename: 'MotherduckConfig' }
          | { __typename: 'MysqlConfig' }
          | { __typename: 'OracleConfig' }
          | { __typename: 'PlanetscaleConfig' }
          | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'RedshiftConfig' }
          | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'SftpConfig' }
          | { __typename: 'SinglestoreConfig' }
          | { __typename: 'SnowflakeConfig' }
          | { __typename: 'SqlServerConfig' }
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
          | { __typename: 'AbsConfig' }
          | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
          | { __typename: 'AuroraMysqlConfig' }
          | { __typename: 'AuroraPostgresConfig' }
          | { __typename: 'BigqueryConfig' }
          | { __typename: 'ClickhouseConfig' }
          | { __typename: 'DatabricksConfig' }
          | { __typename: 'DeltaLakeConfig' }
          | { __typename: 'GcsConfig' }
          | { __typename: 'GoogleSheetsConfig' }
          | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
              | { __typename: 'HttpApiAuthorizationApiKey' }
              | { __typename: 'HttpApiAuthorizationBasic' }
              | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
             | null, pagination:
              | { __typename: 'HttpApiPaginationCursor' }
              | { __typename: 'HttpApiPaginationOffset' }
              | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
             | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
          | { __typename: 'IcebergConfig' }
          | { __typename: 'MongodbConfig' }
          | { __typename: 'MotherduckConfig' }
          | { __typename: 'MysqlConfig' }
          | { __typename: 'OracleConfig' }
          | { __typename: 'PlanetscaleConfig' }
          | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'RedshiftConfig' }
          | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
          | { __typename: 'SftpConfig' }
          | { __typename: 'SinglestoreConfig' }
          | { __typename: 'SnowflakeConfig' }
          | { __typename: 'SqlServerConfig' }
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
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type GetIntegrationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetIntegrationQuery = { integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
      | { __typename: 'AbsConfig' }
      | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
      | { __typename: 'AuroraMysqlConfig' }
      | { __typename: 'AuroraPostgresConfig' }
      | { __typename: 'BigqueryConfig' }
      | { __typename: 'ClickhouseConfig' }
      | { __typename: 'DatabricksConfig' }
      | { __typename: 'DeltaLakeConfig' }
      | { __typename: 'GcsConfig' }
      | { __typename: 'GoogleSheetsConfig' }
      | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean } } | null, authorization:
          | { __typename: 'HttpApiAuthorizationApiKey' }
          | { __typename: 'HttpApiAuthorizationBasic' }
          | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean } }
         | null, pagination:
          | { __typename: 'HttpApiPaginationCursor' }
          | { __typename: 'HttpApiPaginationOffset' }
          | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
         | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }> }
      | { __typename: 'IcebergConfig' }
      | { __typename: 'MongodbConfig' }
      | { __typename: 'MotherduckConfig' }
      | { __typename: 'MysqlConfig' }
      | { __typename: 'OracleConfig' }
      | { __typename: 'PlanetscaleConfig' }
      | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null } } }
      | { __typename: 'RedshiftConfig' }
      | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null } } }
      | { __typename: 'SftpConfig' }
      | { __typename: 'SinglestoreConfig' }
      | { __typename: 'SnowflakeConfig' }
      | { __typename: 'SqlServerConfig' }
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
          | { __typename: 'AbsConfig' }
          | { __typename: 'AthenaConfig' }
          | { __typename: 'AuroraMysqlConfig' }
          | { __typename: 'AuroraPostgresConfig' }
          | { __typename: 'BigqueryConfig' }
          | { __typename: 'ClickhouseConfig' }
          | { __typename: 'DatabricksConfig' }
          | { __typename: 'DeltaLakeConfig' }
          | { __typename: 'GcsConfig' }
          | { __typename: 'GoogleSheetsConfig' }
          | { __typename: 'HttpApiConfig' }
          | { __typename: 'IcebergConfig' }
          | { __typename: 'MongodbConfig' }
          | { __typename: 'MotherduckConfig' }
          | { __typename: 'MysqlConfig' }
          | { __typename: 'OracleConfig' }
          | { __typename: 'PlanetscaleConfig' }
          | { __typename: 'PostgresConfig' }
          | { __typename: 'RedshiftConfig' }
          | { __typename: 'S3Config' }
          | { __typename: 'SftpConfig' }
          | { __typename: 'SinglestoreConfig' }
          | { __typename: 'SnowflakeConfig' }
          | { __typename: 'SqlServerConfig' }
        , revisions: { totalCount: number, edges: Array<{ node: { version: number, changedPaths: Array<string> } }> } } }> } };

export type GetNodesQueryVariables = Exact<{
  id: string | number;
  ids: Array<string | number> | string | number;
}>;


export type GetNodesQuery = { node:
    | { id: string }
    | { title: string, id: string }
   | null, nodes: Array<
    | { id: string }
    | { title: string, id: string }
   | null> };

export type GetConnectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetConnectorsQuery = { connectors: Array<{ type: ConnectorType, name: string, label: string, category: ConnectorCategory, description: string, configSchema: any, secretPaths: Array<string> }> };

export type SecretStatesFragment = { config:
    | { __typename: 'AbsConfig' }
    | { __typename: 'AthenaConfig', accessKey: { secretAccessKey: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } }
    | { __typename: 'AuroraMysqlConfig' }
    | { __typename: 'AuroraPostgresConfig' }
    | { __typename: 'BigqueryConfig' }
    | { __typename: 'ClickhouseConfig' }
    | { __typename: 'DatabricksConfig' }
    | { __typename: 'DeltaLakeConfig' }
    | { __typename: 'GcsConfig' }
    | { __typename: 'GoogleSheetsConfig' }
    | { __typename: 'HttpApiConfig', credentials: { __typename: 'HttpApiCredentialsOauth2', clientSecret: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } | null, authorization:
        | { __typename: 'HttpApiAuthorizationApiKey' }
        | { __typename: 'HttpApiAuthorizationBasic' }
        | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } }
       | null, webhook: { signatureVerification: { format: WebhookSignatureFormat, parts: Array<WebhookSignaturePart>, secret: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } } | null }
    | { __typename: 'IcebergConfig' }
    | { __typename: 'MongodbConfig' }
    | { __typename: 'MotherduckConfig' }
    | { __typename: 'MysqlConfig' }
    | { __typename: 'OracleConfig' }
    | { __typename: 'PlanetscaleConfig' }
    | { __typename: 'PostgresConfig', auth: { __typename: 'PasswordAuth', password: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } }
    | { __typename: 'RedshiftConfig' }
    | { __typename: 'S3Config', awsAccessKeys: { secretKey: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } }
    | { __typename: 'SftpConfig' }
    | { __typename: 'SinglestoreConfig' }
    | { __typename: 'SnowflakeConfig' }
    | { __typename: 'SqlServerConfig' }
   };

export type GetIntegrationEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type GetIntegrationEverythingQuery = { integration: { id: string, connector: ConnectorType, category: ConnectorCategory, title: string, description: string | null, labels: Array<string>, metadata: any, customerId: string | null, disabled: boolean, etag: string, version: number, createdAt: string, updatedAt: string, revisions: { totalCount: number, edges: Array<{ cursor: string, node: { version: number, etag: string, action: RevisionAction, actor: string | null, createdAt: string, changedPaths: Array<string>, snapshot: any } }> }, status: { state: IntegrationStatusState, message: string | null, checkedAt: string | null }, capabilities: { canUpdate: boolean, canDelete: boolean, canEnable: boolean, canDisable: boolean, canTest: boolean }, config:
      | { __typename: 'AbsConfig' }
      | { __typename: 'AthenaConfig', region: string, workgroup: string, useShowCreateTable: boolean, fetchQueryLogs: boolean, accessKey: { accessKeyId: string, secretAccessKey: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } }, scope: { include: Array<{ database: string, schema: string | null, table: string | null }>, exclude: Array<{ database: string, schema: string | null, table: string | null }> } }
      | { __typename: 'AuroraMysqlConfig' }
      | { __typename: 'AuroraPostgresConfig' }
      | { __typename: 'BigqueryConfig' }
      | { __typename: 'ClickhouseConfig' }
      | { __typename: 'DatabricksConfig' }
      | { __typename: 'DeltaLakeConfig' }
      | { __typename: 'GcsConfig' }
      | { __typename: 'GoogleSheetsConfig' }
      | { __typename: 'HttpApiConfig', baseUrl: string, headers: any, query: any, queryArrayFormat: QueryArrayFormat, credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: string, tokenHost: string, tokenPath: string, scopes: Array<string>, clientSecret: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } | null, authorization:
          | { __typename: 'HttpApiAuthorizationApiKey' }
          | { __typename: 'HttpApiAuthorizationBasic' }
          | { __typename: 'HttpApiAuthorizationBearer', token: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } }
         | null, pagination:
          | { __typename: 'HttpApiPaginationCursor' }
          | { __typename: 'HttpApiPaginationOffset' }
          | { __typename: 'HttpApiPaginationPage', pageKey: string, limitKey: string }
         | null, resources: Array<{ name: string, method: HttpApiResourceMethod, httpMethod: HttpMethod, path: string, responsePath: string | null }>, webhook: { signatureVerification: { format: WebhookSignatureFormat, parts: Array<WebhookSignaturePart>, secret: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } } | null }
      | { __typename: 'IcebergConfig' }
      | { __typename: 'MongodbConfig' }
      | { __typename: 'MotherduckConfig' }
      | { __typename: 'MysqlConfig' }
      | { __typename: 'OracleConfig' }
      | { __typename: 'PlanetscaleConfig' }
      | { __typename: 'PostgresConfig', host: string, port: number, database: string, schema: string, disableSsl: boolean, connectionTimeoutInSeconds: number, auth: { __typename: 'PasswordAuth', username: string, password: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } }
      | { __typename: 'RedshiftConfig' }
      | { __typename: 'S3Config', bucketName: string, bucketRegion: string, folder: string | null, awsAccessKeys: { accessId: string, secretKey: { isSet: boolean, updatedAt: string | null, fingerprint: string | null } } }
      | { __typename: 'SftpConfig' }
      | { __typename: 'SinglestoreConfig' }
      | { __typename: 'SnowflakeConfig' }
      | { __typename: 'SqlServerConfig' }
     } | null };

export type ListEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type ListEverythingQuery = { integrations: { totalCount: number, edges: Array<{ node: { id: string, title: string, version: number, config:
          | { __typename: 'AbsConfig' }
          | { __typename: 'AthenaConfig' }
          | { __typename: 'AuroraMysqlConfig' }
          | { __typename: 'AuroraPostgresConfig' }
          | { __typename: 'BigqueryConfig' }
          | { __typename: 'ClickhouseConfig' }
          | { __typename: 'DatabricksConfig' }
          | { __typename: 'DeltaLakeConfig' }
          | { __typename: 'GcsConfig' }
          | { __typename: 'GoogleSheetsConfig' }
          | { __typename: 'HttpApiConfig' }
          | { __typename: 'IcebergConfig' }
          | { __typename: 'MongodbConfig' }
          | { __typename: 'MotherduckConfig' }
          | { __typename: 'MysqlConfig' }
          | { __typename: 'OracleConfig' }
          | { __typename: 'PlanetscaleConfig' }
          | { __typename: 'PostgresConfig' }
          | { __typename: 'RedshiftConfig' }
          | { __typename: 'S3Config' }
          | { __typename: 'SftpConfig' }
          | { __typename: 'SinglestoreConfig' }
          | { __typename: 'SnowflakeConfig' }
          | { __typename: 'SqlServerConfig' }
         } }> }, connectors: Array<{ type: ConnectorType, name: string, label: string, category: ConnectorCategory, description: string, configSchema: any, secretPaths: Array<string> }> };

export const IntegrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationFieldsFragment, unknown>;
export const SecretStatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretStates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecretStatesFragment, unknown>;
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
export const GetIntegrationEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetIntegrationEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretStates"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedPaths"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canEnable"}},{"kind":"Field","name":{"kind":"Name","value":"canDisable"}},{"kind":"Field","name":{"kind":"Name","value":"canTest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"}},{"kind":"Field","name":{"kind":"Name","value":"useShowCreateTable"}},{"kind":"Field","name":{"kind":"Name","value":"fetchQueryLogs"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"table"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"disableSsl"}},{"kind":"Field","name":{"kind":"Name","value":"connectionTimeoutInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketName"}},{"kind":"Field","name":{"kind":"Name","value":"bucketRegion"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"queryArrayFormat"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenHost"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPath"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiPaginationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageKey"}},{"kind":"Field","name":{"kind":"Name","value":"limitKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"httpMethod"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"responsePath"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretStates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AthenaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostgresConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordAuth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"S3Config"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awsAccessKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiCredentialsOauth2"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpApiAuthorizationBearer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetIntegrationEverythingQuery, GetIntegrationEverythingQueryVariables>;
export const ListEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"configSchema"}},{"kind":"Field","name":{"kind":"Name","value":"secretPaths"}}]}}]}}]} as unknown as DocumentNode<ListEverythingQuery, ListEverythingQueryVariables>;