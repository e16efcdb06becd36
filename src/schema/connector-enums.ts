// ConnectorType and ConnectorCategory, from the registry.
import { connectorCategories } from '../connectors/kit.js';
import { connectors } from '../connectors/registry.js';
import { builder } from './builder.js';

export const ConnectorTypeEnum = builder.enumType('ConnectorType', {
  description: 'Which external system an integration connects to.',
  values: Object.fromEntries(connectors.map((c) => [c.type, { value: c.type, description: c.label }])),
});

const categoryDescriptions: Record<(typeof connectorCategories)[number], string> = {
  WAREHOUSE: 'Analytical data warehouses.',
  DATABASE: 'Operational databases.',
  OBJECT_STORAGE: 'Object and blob storage.',
  LAKEHOUSE: 'Table formats over object storage.',
  FILE_TRANSFER: 'File transfer servers.',
  SPREADSHEET: 'Spreadsheets.',
  API: 'HTTP APIs.',
};

export const ConnectorCategoryEnum = builder.enumType('ConnectorCategory', {
  description: 'The kind of system a connector reaches; derived from the connector.',
  values: Object.fromEntries(connectorCategories.map((c) => [c, { value: c, description: categoryDescriptions[c] }])),
});
