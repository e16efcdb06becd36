// MongoDB (Prequel's destination): host, port, the authentication and write databases, and
// password auth. The seed gives `password_auth` without an `auth_method`; it is still a member of
// `auth`, as for every other database, so further methods (X.509, AWS IAM) can join without a break.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

// MongoDB database names: at most 64 bytes, none of / \ . " $ space.
const databaseName = (description: string) =>
  z
    .string()
    .regex(/^[^/\\. "$]{1,64}$/, 'must be a MongoDB database name (1–64 characters, none of / \\ . " $ or space)')
    .describe(description);

export const mongodb = defineConnector({
  type: 'MONGODB',
  name: 'mongodb',
  label: 'MongoDB',
  category: 'DATABASE',
  description: 'A MongoDB deployment, reached directly or through an SSH tunnel.',
  config: z.object({
    host: host(),
    port: port(27017),
    authenticationDatabase: databaseName('Database the user is defined in; "admin" when left out.').default('admin'),
    writeDatabase: databaseName('Database the gateway writes into.'),
    auth: named('MongodbAuth', oneOf('How the gateway authenticates to MongoDB.', { passwordAuth })),
    useSshTunnel: useSshTunnel(),
    disableSsl: disableSsl(),
  }),
});
