// planetscale's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, mysqlLike } from '../examples-kit.js';

export const examples: ConnectorExamples = mysqlLike('planetscale');
