// Defence in depth for texts sync workers report (a worker may quote a connection string): every
// secret value of the integration is replaced by [redacted] before the text is kept. Whether a text
// was changed tells whether it contained a secret, so only keys that hold the secrets anyway (sync
// keys) may report texts; connection checks compose their messages instead (checks/check.ts).

/** Returns a function that replaces each of `secretValues` (4 characters or more) in a text. */
export function secretScrubber(secretValues: string[]) {
  // Longest first, so a secret that contains another is replaced whole.
  const values = secretValues.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  return (text: string | null | undefined): string | null => {
    if (text == null) return null;
    let out = text;
    for (const value of values) out = out.split(value).join('[redacted]');
    return out;
  };
}
