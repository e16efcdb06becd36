// Prints the schema: schema.graphql (the executable API schema) and subgraph.graphql (the Apollo
// Federation subgraph SDL, with @link and @key). `npm run schema:print` writes both,
// `npm run subgraph:print` only subgraph.graphql (a file name as argument picks one); with --check
// (`npm run schema:check`, also run by the test suite) it fails when either committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { schema, sortedSchema } from './schema/index.js';

const files: Record<string, () => string> = {
  'schema.graphql': () => `${printSchema(sortedSchema)}\n`,
  'subgraph.graphql': () => `${printSubgraphSchema(schema).trim()}\n`,
};

const pathOf = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
const read = (name: string) => {
  try {
    return readFileSync(pathOf(name), 'utf8');
  } catch {
    return '';
  }
};

const args = process.argv.slice(2);
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !(name in files));
if (unknown.length > 0) {
  process.stderr.write(`Unknown file ${unknown.join(', ')}: name ${Object.keys(files).join(' or ')}, or none for both.\n`);
  process.exit(2);
}
const chosen = named.length > 0 ? named : Object.keys(files);

if (args.includes('--check')) {
  const stale = chosen.filter((name) => read(name) !== files[name]());
  for (const name of stale) process.stderr.write(`${name} is stale: run \`npm run schema:print\` and commit the result.\n`);
  if (stale.length > 0) process.exit(1);
  process.stdout.write(`${chosen.join(' and ')} ${chosen.length > 1 ? 'are' : 'is'} up to date.\n`);
} else {
  for (const name of chosen) {
    writeFileSync(pathOf(name), files[name]());
    process.stdout.write(`wrote ${name}\n`);
  }
}
