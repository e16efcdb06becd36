// The connector catalog: what apps need to render a config form for each connector.
import { type Connector, connectorByType, connectors } from '../connectors/registry.js';
import { builder } from './builder.js';
import { ConnectorCategoryEnum, ConnectorTypeEnum } from './connector-enums.js';
import { ConnectorOutputRef, connectorOutputs } from './outputs.js';

const ConnectorRef = builder.objectRef<Connector>('Connector').implement({
  description: 'A kind of external system the gateway can connect to, with the schema of its config.',
  fields: (t) => ({
    type: t.field({ type: ConnectorTypeEnum, description: 'The connector type.', resolve: (c) => c.type }),
    name: t.exposeString('name', { description: 'The member name in IntegrationConfigInput, e.g. athena.' }),
    label: t.exposeString('label', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What the connector reaches.' }),
    category: t.field({ type: ConnectorCategoryEnum, description: 'The kind of system.', resolve: (c) => c.category }),
    configSchema: t.field({
      type: 'JSON',
      description: 'JSON Schema of the config input; secrets carry writeOnly: true.',
      resolve: (c) => c.jsonSchema,
    }),
    outputs: t.field({
      type: [ConnectorOutputRef],
      description: 'What integrations of this connector show under outputs (e.g. the AWS principal to trust).',
      resolve: (c) => connectorOutputs(c),
    }),
    secretPaths: t.stringList({
      description: 'Dotted paths of the secret fields inside the config, e.g. ["accessKey.secretAccessKey"].',
      resolve: (c) => c.secretPaths,
    }),
  }),
});

builder.queryFields((t) => ({
  connectors: t.field({
    type: [ConnectorRef],
    description: 'Every connector, for apps that render config forms.',
    resolve: () => connectors,
  }),
  connector: t.field({
    type: ConnectorRef,
    nullable: true,
    description: 'One connector by type.',
    args: { type: t.arg({ type: ConnectorTypeEnum, required: true, description: 'The connector type.' }) },
    resolve: (_root, args) => connectorByType(args.type) ?? null,
  }),
}));
