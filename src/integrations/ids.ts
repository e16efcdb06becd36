// Opaque, prefixed global ids for integrations: `int_` and the row's uuid without dashes.
// Anything that does not decode is treated exactly like an unknown id.
import { decodePublicId, encodePublicId } from '../core/ids.js';

const PREFIX = 'int_';

export function encodeIntegrationId(uuid: string): string {
  return encodePublicId(PREFIX, uuid);
}

export function decodeIntegrationId(globalId: string): string | null {
  return decodePublicId(PREFIX, globalId);
}
