// The structured JSON logger (pino), with authorization headers redacted wherever they appear.
import { pino } from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'integrations-gateway' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-apikey"]', '*.authorization', 'authorization', '*["x-apikey"]', '*.apiKey', 'apiKey'],
      censor: '[redacted]',
    },
  });
}
