// Delivery settings of destination integrations (Prequel's frequency, models and concurrency).
import type { DeliverySettings } from '../db/database.js';
import { builder } from './builder.js';

export const DeliverySettingsRef = builder.objectRef<DeliverySettings>('DeliverySettings').implement({
  description: 'How and how often data is delivered to a destination integration.',
  fields: (t) => ({
    frequencyMinutes: t.exposeInt('frequencyMinutes', { description: 'Minutes between transfers (5–10080).' }),
    enabledModels: t.exposeStringList('enabledModels', { description: 'Models to deliver; every model when empty.' }),
    maxConcurrentTransfers: t.exposeInt('maxConcurrentTransfers', { description: 'Transfers that may run at once (1–64).' }),
    maxConcurrentQueriesPerTransfer: t.exposeInt('maxConcurrentQueriesPerTransfer', {
      description: 'Queries one transfer may run at once (1–64).',
    }),
  }),
});

export const DeliverySettingsInput = builder.inputType('DeliverySettingsInput', {
  description:
    'Delivery settings, patch-style per field: omitted keeps the current value, null resets it to its default ' +
    '(60 minutes, every model, 1 transfer, 4 queries), a value sets it. Not allowed for httpApi integrations.',
  fields: (t) => ({
    frequencyMinutes: t.int({ description: 'Minutes between transfers, 5–10080.' }),
    enabledModels: t.stringList({ description: 'Models to deliver, each named once; [] means every model.' }),
    maxConcurrentTransfers: t.int({ description: 'Transfers that may run at once, 1–64.' }),
    maxConcurrentQueriesPerTransfer: t.int({ description: 'Queries one transfer may run at once, 1–64.' }),
  }),
});
