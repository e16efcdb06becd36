// Prints the schema: schema.graphql (the executable API schema) and subgraph.graphql (the Apollo
// Federation subgraph SDL, with @link and @key). `npm run schema:print` / `npm run subgraph:print`
// write both; with --check (`npm run schema:check`, also run by the test suite) it fails when
// either committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { schema, sortedSchema } from './schema/index.js';

const files = {
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

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, print]) => read(name) !== print());
  for (const [name] of stale) process.stderr.write(`${name} is stale: run \`npm run schema:print\` and commit the result.\n`);
  if (stale.length > 0) process.exit(1);
  process.stdout.write('schema.graphql and subgraph.graphql are up to date.\n');
} else {
  for (const [name, print] of Object.entries(files)) {
    writeFileSync(pathOf(name), print());
    process.stdout.write(`wrote ${name}\n`);
  }
}
