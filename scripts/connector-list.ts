// The connector catalog as a Markdown table (type, member name, label, category, secret paths and
// destination fields, each with the secrets bound to it), kept
// in README.md between `<!-- connectors:start -->` and `<!-- connectors:end -->`.
// `npm run docs:connectors` rewrites that part; `-- --check` exits 1 when it is stale; `-- --print`
// prints the table; `-- --file <path>` works on another Markdown file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { connectors } from '../src/connectors/registry.js';

const START = '<!-- connectors:start -->';
const END = '<!-- connectors:end -->';

const code = (text: string) => `\`${text}\``;
const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** Each destination field with the secrets an update changing it must be sent again (kit.ts's rule). */
function destinationCell(connector: (typeof connectors)[number]): string {
  const { fields, bySecret } = connector.destinations;
  if (fields.length === 0) return '—';
  return fields
    .map((field) => {
      const bound = Object.keys(bySecret).filter((secret) => bySecret[secret].includes(field));
      return `${code(field)} → ${bound.length > 0 ? bound.map(code).join(', ') : 'no secret'}`;
    })
    .join('<br>');
}

export function connectorTable(): string {
  const rows = connectors.map((c) =>
    [
      code(c.type),
      code(c.name),
      escapeCell(c.label),
      code(c.category),
      c.secretPaths.length > 0 ? c.secretPaths.map(code).join('<br>') : '—',
      destinationCell(c),
    ].join(' | '),
  );
  return [
    '| type | member | label | category | secret paths | destination fields (→ secrets bound to them) |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The document with the table between the markers, or null when the markers are missing. */
export function withConnectorTable(markdown: string): string | null {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END, start + START.length);
  if (start < 0 || end < 0) return null;
  return `${markdown.slice(0, start + START.length)}\n${connectorTable()}\n${markdown.slice(end)}`;
}

function main(args: string[]) {
  if (args.includes('--print')) {
    process.stdout.write(`${connectorTable()}\n`);
    return 0;
  }
  const fileArg = args.indexOf('--file');
  const path = fileArg >= 0 ? args[fileArg + 1] : fileURLToPath(new URL('../README.md', import.meta.url));
  const current = readFileSync(path, 'utf8');
  const next = withConnectorTable(current);
  if (args.includes('--check')) {
    if (next === null) {
      process.stderr.write(`${path} has no ${START} … ${END} markers: add them where the table belongs.\n`);
      return 1;
    }
    if (next !== current) {
      process.stderr.write(`The connector table in ${path} is stale: run \`npm run docs:connectors\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`The connector table in ${path} is up to date.\n`);
    return 0;
  }
  if (next === null) {
    process.stderr.write(`${path} has no ${START} … ${END} markers; add them where the table belongs.\n`);
    return 1;
  }
  if (next !== current) writeFileSync(path, next);
  process.stdout.write(`${next === current ? 'unchanged' : 'wrote'} the connector table in ${path} (${connectors.length} connectors)\n`);
  return 0;
}

// Run as a script (not when a test imports the table).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
