// Runs once around the whole suite: clears the server log folder before, and after the last test
// scans every log line any test server wrote for the secret values the suite uses. One leak fails
// the run.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { secrets } from './helpers/fixtures.js';

export const LOG_DIR = join(process.cwd(), 'test-output', 'server-logs');

export function setup() {
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
  return () => {
    const files = readdirSync(LOG_DIR);
    const leaks: string[] = [];
    let lines = 0;
    for (const file of files) {
      const text = readFileSync(join(LOG_DIR, file), 'utf8');
      lines += text.split('\n').length - 1;
      for (const value of Object.values(secrets)) if (text.includes(value)) leaks.push(`${file}: ${value}`);
      for (const match of text.match(/SECRET-[A-Za-z0-9_-]{6,}/g) ?? []) leaks.push(`${file}: ${match}`);
    }
    if (leaks.length > 0) throw new Error(`Secret values found in server logs:\n${leaks.join('\n')}`);
    process.stdout.write(`Scanned ${lines} server log lines from ${files.length} test processes: no secret values.\n`);
  };
}
