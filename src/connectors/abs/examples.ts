// abs's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const absBase = {
  storageAccountName: 'acmeexports',
  containerName: 'prequel-data',
  folder: 'daily',
  auth: { azureServiceSharedAccessSignature: { sharedAccessSignatureToken: 'sv=2022-11-02&sig=SECRET-abs-sas-token' } },
};

export const examples: ConnectorExamples = {
  valid: [absBase, { ...absBase, folder: undefined, disableManifest: true }],
  invalid: changes(absBase, [
    ['storage account name has uppercase letters', 'storageAccountName', 'AcmeExports'],
    ['storage account name is too long', 'storageAccountName', 'a'.repeat(25)],
    ['container name is missing', 'containerName', undefined],
    ['container name has an underscore', 'containerName', 'prequel_data'],
    ['auth gives no member', 'auth', {}],
    ['auth gives an unknown member', 'auth', { ...absBase.auth, passwordAuth: { username: 'x', password: 'SECRET-abs-x' } }],
    ['SAS token is empty', 'auth.azureServiceSharedAccessSignature.sharedAccessSignatureToken', ''],
    ['SAS token is missing', 'auth.azureServiceSharedAccessSignature', {}],
    ['disableManifest is a string', 'disableManifest', 'yes'],
  ]),
};
