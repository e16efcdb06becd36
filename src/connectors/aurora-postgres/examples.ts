// auroraPostgres's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, postgresLike } from '../examples-kit.js';

export const examples: ConnectorExamples = postgresLike('aurora-postgres');
