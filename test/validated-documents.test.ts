// Each document is validated once and its verdict remembered (http/plugins/validated-documents.ts):
// the same text sent again gets the same answer, refusals included, for every rule the gateway
// adds (armor's depth and alias limits, the federation rule) as for graphql-js's own.
import { describe, expect, it } from 'vitest';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

const deep = `{ ${'integrations(first: 1) { edges { node { revisions(first: 1) { edges { node { integration { '.repeat(2)}id${' } } } } } } }'.repeat(2)} }`;
const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: tenant { name }`).join(' ')} }`;

describe('validation remembered per document', () => {
  it('gives a document sent again the same verdict, refusals included', async () => {
    const api = await startTestApi(database(), { federationSdl: false });
    const cases = [
      { document: '{ tenant { name } }', code: undefined },
      { document: '{ tenant { nope } }', code: 'INVALID_ARGUMENT' },
      { document: deep, code: 'INVALID_ARGUMENT' },
      { document: aliases, code: 'INVALID_ARGUMENT' },
      { document: '{ _service { sdl } }', code: 'PERMISSION_DENIED' },
    ];
    for (const { document, code } of cases) {
      const first = await api.request(document);
      expect(first.body.errors?.[0]?.extensions?.code, document).toBe(code);
      for (let again = 0; again < 3; again++) {
        const next = await api.request(document);
        expect(next.status).toBe(first.status);
        expect(next.body).toEqual(first.body);
      }
    }
  });
});
