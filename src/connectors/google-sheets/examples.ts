// googleSheets's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import type { ConnectorExamples } from '../examples-kit.js';

export const examples: ConnectorExamples = {
  valid: [
    { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit' },
    { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
  ],
  invalid: [
    { why: 'host is missing', config: {} },
    { why: 'host is not a URL', config: { host: 'docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
    { why: 'host is not a Google Sheets URL', config: { host: 'https://example.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
    { why: 'host is plain http', config: { host: 'http://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
    { why: 'host has a space', config: { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn/edit me' } },
    { why: 'host is a number', config: { host: 42 } },
  ],
};
