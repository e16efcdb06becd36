// Connector outputs (SYNQ's `outputs`): what the service tells a user so they can grant it access,
// e.g. the AWS account and principal to trust for athena. Values come from the service's
// configuration (OUTPUT_* variables); a type per connector that declares outputs.
import type { ConnectorOutput } from '../connectors/kit.js';
import { type Connector, connectors } from '../connectors/registry.js';
import type { ServiceOutputs } from '../context.js';
import { builder } from './builder.js';
import { IntegrationRef } from './integration.js';

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const CONNECTOR = Symbol('connector');
type OutputsView = Record<string, string | null> & { [CONNECTOR]: string };

const withOutputs = connectors.filter((c): c is Connector & { outputs: Record<string, ConnectorOutput> } => Boolean(c.outputs));
const typeNames = Object.fromEntries(withOutputs.map((c) => [c.type, `${pascal(c.name)}Outputs`]));

const outputTypes = withOutputs.map((connector) =>
  builder.objectRef<OutputsView>(typeNames[connector.type]).implement({
    description: `What to grant the gateway for a ${connector.label} integration.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(connector.outputs).map(([name, output]) => [
          name,
          t.string({
            nullable: true,
            description: `${output.description} Null when the service is not configured with it.`,
            resolve: (view) => view[name],
          }),
        ]),
      ),
  }),
);

const IntegrationOutputsUnion = builder.unionType('IntegrationOutputs', {
  description: "Values the service tells you about itself for this integration's connector.",
  types: outputTypes,
  resolveType: (view: OutputsView) => typeNames[view[CONNECTOR]],
});

function outputsFor(connector: Connector, values: ServiceOutputs): OutputsView | null {
  if (!connector.outputs) return null;
  const view = Object.fromEntries(Object.entries(connector.outputs).map(([name, output]) => [name, values[output.source]]));
  return { ...view, [CONNECTOR]: connector.type } as OutputsView;
}

builder.objectFields(IntegrationRef, (t) => ({
  outputs: t.field({
    type: IntegrationOutputsUnion,
    nullable: true,
    description: 'What to grant the gateway (e.g. the AWS principal to trust); null for connectors without outputs.',
    resolve: (integration, _args, ctx) => outputsFor(integration.connector, ctx.outputs) as never,
  }),
}));

const ConnectorOutputRef = builder.objectRef<{ name: string; description: string }>('ConnectorOutput').implement({
  description: 'A value an integration of this connector shows under outputs.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The field name under Integration.outputs.' }),
    description: t.exposeString('description', { description: 'What it is for.' }),
  }),
});

export function connectorOutputs(connector: Connector) {
  return Object.entries(connector.outputs ?? {}).map(([name, output]) => ({ name, description: output.description }));
}

export { ConnectorOutputRef };
