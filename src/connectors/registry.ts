// Every connector (one folder each, listed in index.generated.ts), and what is derived from their
// definitions once at start-up.
import type { z } from 'zod';
import { connectorFolders } from './index.generated.js';
import { type ConnectorDefinition, type DestinationBindings, describeNode, destinationBindingsOf, jsonSchemaOf, type ShapeNode, secretPathsOf } from './kit.js';

export const connectorDefinitions: ConnectorDefinition[] = connectorFolders.map(({ definition }) => definition);

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
