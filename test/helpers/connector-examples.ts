// Every connector's example configs, from its folder (src/connectors/<name>/examples.ts, listed in
// src/connectors/examples.generated.ts), and the helpers the tests build variations with.
export { connectorExamples } from '../../src/connectors/examples.generated.js';
export { type Config, type ConnectorExamples, type InvalidExample, withChange } from '../../src/connectors/examples-kit.js';
