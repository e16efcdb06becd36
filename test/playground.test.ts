// The GraphiQL playground in a real browser: Debian's Chromium opens GraphiQL on a server started
// in dev mode, runs the prefilled example operation with the printed dev key, and reads the result.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freePort, startServerProcess } from './helpers/processes.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: no browser at ${CHROMIUM} (apt-get install chromium); the playground test needs one.`);

describe('the GraphiQL playground', () => {
  it.skipIf(!available)('runs the prefilled example operation with the dev key and shows the result', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'playground-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', SECRETS_KEY: '', NODE_ENV: 'development', LOG_LEVEL: 'warn' }, port);
    onTestFinished(async () => {
      await server.stop();
    });
    expect(server.output()).toMatch(/igw_write_/);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    onTestFinished(() => browser.close());
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees rendered, not hidden text
    await page.waitForFunction(() => document.body.innerText.includes('CreateExample'), undefined, { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    mkdirSync('test-output', { recursive: true });
    try {
      // The editors render with non-breaking spaces; compare with white space folded.
      await page.waitForFunction(
        // biome-ignore lint/performance/useDomNodeTextContent: what a person sees rendered
        () => document.body.innerText.replace(/\s+/g, ' ').includes('"__typename": "CreateIntegrationPayload"'),
        undefined,
        { timeout: 30_000 },
      );
    } finally {
      await page.screenshot({ path: 'test-output/playground.png', fullPage: true });
    }
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text a person sees
    const text = (await page.innerText('body')).replace(/\s+/g, ' ');
    expect(text).toContain('"title": "Warehouse"');
    expect(text).toContain('"isSet": true');
  });
});
