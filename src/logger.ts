// The structured JSON logger (pino), with authorization headers redacted wherever they appear.
import { pino } from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'integrations-gateway' },
    redact: { paths: ['req.headers.authorization', '*.authorization', 'authorization', '*.apiKey', 'apiKey'], censor: '[redacted]' },
  });
}
