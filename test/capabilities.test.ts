// Capabilities with reasons (issue 19): for each capability a key may not use, every reason why, as
// a code and a sentence; a capability is true exactly when it has no reason. Over HTTP on both
// databases, for read, write and sync keys, enabled and disabled integrations, a connector without
// a live check, an SSH tunnel, and a deleted integration (a delete's answer).
import { describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

const CAPABILITIES = `capabilities { canUpdate canDelete canEnable canDisable canTest canReportTransfer reasons { capability code message } }`;
const READ = `query($id: ID!) { integration(id: $id) { ${CAPABILITIES} } }`;
const DELETE = `mutation($id: ID!) { deleteIntegration(id: $id) { ... on DeleteIntegrationPayload { integration { ${CAPABILITIES} } } } }`;

interface Capabilities {
  canUpdate: boolean;
  canDelete: boolean;
  canEnable: boolean;
  canDisable: boolean;
  canTest: boolean;
  canReportTransfer: boolean;
  reasons: { capability: string; code: string; message: string }[];
}

const FLAGS: Record<string, keyof Capabilities> = {
  UPDATE: 'canUpdate',
  DELETE: 'canDelete',
  ENABLE: 'canEnable',
  DISABLE: 'canDisable',
  TEST: 'canTest',
  REPORT_TRANSFER: 'canReportTransfer',
};

async function capabilities(api: TestApi, id: string, key: string): Promise<Capabilities> {
  const response = await api.request<{ integration: { capabilities: Capabilities } }, object>(READ, { id }, { key });
  expect(response.body.errors).toBeUndefined();
  const c = response.body.data!.integration.capabilities;
  // The booleans and the reasons come from one set of rules: true exactly when no reason.
  for (const [capability, flag] of Object.entries(FLAGS)) expect(c[flag], capability).toBe(!c.reasons.some((r) => r.capability === capability));
  for (const reason of c.reasons) expect(reason.message).toMatch(/^[A-Z].*\.$/);
  return c;
}

const codes = (c: Capabilities) => c.reasons.map((r) => `${r.capability}:${r.code}`).sort();

describe('IntegrationCapabilities.reasons', () => {
  it('a write key on an enabled Postgres integration may do all but enable and report', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    expect(codes(await capabilities(api, id, api.writeKey))).toEqual(['ENABLE:ALREADY_ENABLED', 'REPORT_TRANSFER:SYNC_SCOPE_REQUIRED']);
  });

  it('a read key on a disabled integration: every write needs the write scope, and TEST also has DISABLED', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres, disabled: true });
    expect(codes(await capabilities(api, id, api.readKey))).toEqual(
      [
        'DELETE:WRITE_SCOPE_REQUIRED',
        'DISABLE:ALREADY_DISABLED',
        'DISABLE:WRITE_SCOPE_REQUIRED',
        'ENABLE:WRITE_SCOPE_REQUIRED',
        'REPORT_TRANSFER:SYNC_SCOPE_REQUIRED',
        'TEST:DISABLED',
        'TEST:WRITE_SCOPE_REQUIRED',
        'UPDATE:WRITE_SCOPE_REQUIRED',
      ].sort(),
    );
  });

  it("a sync key may report and nothing else, and is told it is a sync worker's key", async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const c = await capabilities(api, id, api.syncKey);
    expect(c.canReportTransfer).toBe(true);
    expect(c.reasons.find((r) => r.capability === 'UPDATE')?.message).toMatch(/sync worker's/);
  });

  it('NO_LIVE_CHECK for a connector without one, SSH_TUNNEL for a tunnelled database', async () => {
    const api = await startTestApi(database());
    const s3 = await createIntegration(api, { config: configs.s3 });
    expect((await capabilities(api, s3.id, api.writeKey)).reasons.filter((r) => r.capability === 'TEST')).toEqual([
      { capability: 'TEST', code: 'NO_LIVE_CHECK', message: expect.stringMatching(/has no live check yet/) },
    ]);
    const tunnelled = await createIntegration(api, { config: { postgres: { ...configs.postgres.postgres, useSshTunnel: true } } });
    expect(codes(await capabilities(api, tunnelled.id, api.writeKey))).toEqual([
      'ENABLE:ALREADY_ENABLED',
      'REPORT_TRANSFER:SYNC_SCOPE_REQUIRED',
      'TEST:SSH_TUNNEL',
    ]);
  });

  it('a deleted integration, as its delete answers it, can do nothing: DELETED for every capability', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const response = await api.request<{ deleteIntegration: { integration: { capabilities: Capabilities } } }, object>(DELETE, { id });
    const c = response.body.data!.deleteIntegration.integration.capabilities;
    expect(Object.values(FLAGS).every((flag) => c[flag] === false)).toBe(true);
    expect(new Set(c.reasons.map((r) => r.code))).toEqual(new Set(['DELETED']));
    expect(c.reasons).toHaveLength(6);
  });
});
