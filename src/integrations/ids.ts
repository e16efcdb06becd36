// Opaque, prefixed global ids for integrations: `int_` and the row's uuid without dashes.
// Anything that does not decode is treated exactly like an unknown id.

const PREFIX = 'int_';
const pattern = /^int_([0-9a-f]{32})$/;

export function encodeIntegrationId(uuid: string): string {
  return PREFIX + uuid.replaceAll('-', '');
}

export function decodeIntegrationId(globalId: string): string | null {
  const hex = pattern.exec(globalId)?.[1];
  if (!hex) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
