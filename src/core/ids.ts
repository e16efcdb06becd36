// Opaque, prefixed public ids: a prefix (`int_`, `tr_`) and the row's uuid without dashes. The
// only form of a row's id that leaves the gateway (in `id` fields and inside cursors); anything
// that does not decode is treated exactly like an unknown id.

export function encodePublicId(prefix: string, uuid: string): string {
  return prefix + uuid.replaceAll('-', '');
}

/** The uuid of a public id with this prefix, or null for anything else. */
export function decodePublicId(prefix: string, publicId: unknown): string | null {
  if (typeof publicId !== 'string' || !publicId.startsWith(prefix)) return null;
  const hex = publicId.slice(prefix.length);
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
