// No module of src/ imports itself through others: a cycle makes the order modules load in matter,
// and says two modules are one concern split in two. Type-only imports count (test/helpers/import-graph.ts).
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsOf } from './helpers/import-graph.js';

describe('imports', () => {
  it('form no cycle in src/, type-only imports included', () => {
    const graph = importGraph('src');
    // The walk found the graph: every module but the entry points is imported by some other.
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/server.ts')).toContain('src/context.ts');
    expect(graph.get('src/integrations/integration.repository.ts')).toContain('src/integrations/update-batch.ts');
    expect(importCycles(graph)).toEqual([]);
  });

  it('reads every import form, and nothing in comments or strings', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      'import {',
      '  c,',
      '  type C,',
      "} from './c.js';",
      "export { d } from './d.js';",
      "export type * from './e.js';",
      "import './f.js';",
      "type G = import('./g.js').G;",
      "// import { x } from './comment.js';",
      "/* import { y } from './block.js'; */",
      "const url = 'https://example.com/x'; export const z = 1;",
      "const text = 'import a from \\'./quoted.js\\''.length;",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js']);
  });

  it('finds a cycle of two, a longer one and a self-import, and no cycle in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['h']],
      ['h', []],
    ]);
    expect(importCycles(graph).sort()).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });
});
