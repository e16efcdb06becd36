// Every connector, one line each, and what is derived from their definitions once at start-up.
import type { z } from 'zod';
import { athena } from './athena.js';
import { httpApi } from './http-api.js';
import { type ConnectorDefinition, describeNode, jsonSchemaOf, secretPathsOf, type ShapeNode } from './kit.js';
import { postgres } from './postgres.js';
import { s3 } from './s3.js';

export const connectorDefinitions: ConnectorDefinition[] = [athena, postgres, s3, httpApi];

export interface Connector extends ConnectorDefinition {
  shape: ShapeNode & { kind: 'object' };
  secretPaths: string[];
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
