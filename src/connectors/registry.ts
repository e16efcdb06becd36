// Every connector, one line each, and what is derived from their definitions once at start-up.
import type { z } from 'zod';
import { abs } from './abs.js';
import { athena } from './athena.js';
import { auroraMysql } from './aurora-mysql.js';
import { auroraPostgres } from './aurora-postgres.js';
import { bigquery } from './bigquery.js';
import { clickhouse } from './clickhouse.js';
import { databricks } from './databricks.js';
import { deltaLake } from './delta-lake.js';
import { gcs } from './gcs.js';
import { googleSheets } from './google-sheets.js';
import { httpApi } from './http-api.js';
import { iceberg } from './iceberg.js';
import { type ConnectorDefinition, type DestinationBindings, describeNode, destinationBindingsOf, jsonSchemaOf, type ShapeNode, secretPathsOf } from './kit.js';
import { mongodb } from './mongodb.js';
import { motherduck } from './motherduck.js';
import { mysql } from './mysql.js';
import { oracle } from './oracle.js';
import { planetscale } from './planetscale.js';
import { postgres } from './postgres.js';
import { redshift } from './redshift.js';
import { s3 } from './s3.js';
import { sftp } from './sftp.js';
import { singlestore } from './singlestore.js';
import { snowflake } from './snowflake.js';
import { sqlServer } from './sql-server.js';

export const connectorDefinitions: ConnectorDefinition[] = [
  abs,
  athena,
  auroraMysql,
  auroraPostgres,
  bigquery,
  clickhouse,
  databricks,
  deltaLake,
  gcs,
  googleSheets,
  httpApi,
  iceberg,
  mongodb,
  motherduck,
  mysql,
  oracle,
  planetscale,
  postgres,
  redshift,
  s3,
  sftp,
  singlestore,
  snowflake,
  sqlServer,
];

export interface Connector extends ConnectorDefinition {
  shape: ShapeNode & { kind: 'object' };
  secretPaths: string[];
  /** The fields that decide where the credentials go, and the secrets bound to each (kit.ts). */
  destinations: DestinationBindings;
  jsonSchema: Record<string, unknown>;
  schema: z.ZodObject;
}

function derive(definition: ConnectorDefinition): Connector {
  const shape = describeNode(definition.config);
  if (shape.kind !== 'object') throw new Error(`${definition.name}: config must be an object`);
  return {
    ...definition,
    shape,
    secretPaths: secretPathsOf(shape),
    destinations: destinationBindingsOf(shape),
    jsonSchema: jsonSchemaOf(definition.config),
    schema: definition.config,
  };
}

export const connectors: Connector[] = connectorDefinitions.map(derive);
const byType = new Map(connectors.map((c) => [c.type, c]));
const byName = new Map(connectors.map((c) => [c.name, c]));

export function connectorByType(type: string): Connector | undefined {
  return byType.get(type);
}

export function connectorByName(name: string): Connector | undefined {
  return byName.get(name);
}
