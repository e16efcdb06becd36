// Azure Blob Storage (Prequel's `abs` destination): a container in a storage account, an optional
// folder, and the auth method as a nested oneOf (a shared access signature).
import { z } from 'zod';
import { azureContainerName, azureStorageAccountName, disableManifest, folder } from '../common.js';
import { defineConnector, destination, named, oneOf, secret } from '../kit.js';

export const azureServiceSharedAccessSignature = named(
  'AzureServiceSharedAccessSignature',
  z
    .object({
      sharedAccessSignatureToken: secret('The SAS token (the query string after "?", e.g. sv=…&sig=…). Write-only.'),
    })
    .describe('A service shared access signature (SAS) scoped to the container.'),
);

export const abs = defineConnector({
  type: 'ABS',
  name: 'abs',
  label: 'Azure Blob Storage',
  category: 'OBJECT_STORAGE',
  description: 'An Azure Blob Storage container that receives files.',
  config: z.object({
    // The account names the host (<account>.blob.core.windows.net) the SAS token is sent to.
    storageAccountName: destination(azureStorageAccountName()),
    containerName: destination(azureContainerName()),
    folder: folder('Folder (blob name prefix) inside the container; the root when left out.'),
    auth: named('AbsAuth', oneOf('How the gateway authenticates to the storage account.', { azureServiceSharedAccessSignature })),
    disableManifest: disableManifest(),
  }),
});
