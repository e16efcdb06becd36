// fast-check arbitraries for hostile leaf values: strings that are huge, empty, unicode, emoji or
// hold NUL and control characters; numbers out of every range; JSON nested deeper than anyone
// expects; and "any value of the wrong type". Shared by the config, variable and document fuzzers.
import fc from 'fast-check';

/** Every secret the fuzzers invent starts with this, so a leak is found by searching for it. */
export const SECRET_MARKER = 'SECRET-';

const specialStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\r\n\t\b\f\v',
  '\\',
  '"',
  "'; drop table integrations; --",
  '$1',
  '%s%n%x',
  '{{template.value}}',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '\u202e\u2066rtl',
  '\ud800',
  '\udfff',
  '\ufeff\u200b\u200d',
  'é'.normalize('NFD'),
  '👩🏽‍💻🏳️‍🌈',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ﷺ'.repeat(10),
  'int_0123456789abcdef0123456789abcdef',
  'https://example.com/../../etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
];

/** A string from every corner: ASCII, full unicode, graphemes, specials, and huge ones. */
export function hostileString(options: { maxLength?: number } = {}): fc.Arbitrary<string> {
  const maxLength = options.maxLength ?? 40;
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 3, arbitrary: fc.constantFrom(...specialStrings) },
    { weight: 1, arbitrary: hugeString() },
  );
}

/** Strings far past every documented length limit (up to ~200 KB). */
export function hugeString(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('x', 'é', '💥', '\u0000', 'ab c', '{'), fc.constantFrom(256, 1_000, 4_097, 70_000, 200_000))
    .map(([unit, times]) => unit.repeat(times));
}

/** Integers and floats on and past every boundary the schema might have. */
export function hostileNumber(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, -0, 1, -1, 4, 5, 63, 64, 65, 255, 256, 65_535, 65_536, 10_080, 10_081),
    fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324),
    fc.constantFrom(0.5, 54.5, -0.000001, 2.71),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
}

/** JSON nested up to `depth` levels (objects and arrays), with hostile keys and leaves. */
export function deepJson(depth: number): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(hostileString({ maxLength: 8 }), hostileNumber(), fc.boolean(), fc.constant(null));
  return fc
    .nat({ max: depth })
    .chain((levels) =>
      fc
        .tuple(leaf, fc.array(fc.oneof(fc.constant('a'), fc.string({ maxLength: 6 })), { minLength: levels, maxLength: levels }))
        .map(([value, keys]) => keys.reduce<unknown>((inner, key, index) => (index % 2 === 0 ? { [key]: inner } : [inner]), value)),
    );
}

/** A small JSON value of any type, including nested ones. */
export function anyJson(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: deepJson(200) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: hostileNumber() },
  );
}

/** A value of a type other than `kind` (or of any type when `kind` is left out). */
export function wrongTypeValue(kind?: 'string' | 'number' | 'boolean' | 'object' | 'list'): fc.Arbitrary<unknown> {
  const byKind = {
    string: hostileString({ maxLength: 12 }),
    number: hostileNumber(),
    boolean: fc.boolean(),
    object: fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })),
    list: fc.oneof(fc.constant([]), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 })),
  };
  const others = Object.entries(byKind)
    .filter(([name]) => name !== kind)
    .map(([, arbitrary]) => arbitrary);
  return fc.oneof(...others);
}

/** A new secret value: always marked, so it can be searched for in every response. */
export function secretValue(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.stringMatching(/^[A-Za-z0-9]{8,16}$/), fc.oneof(fc.constant(''), hostileString({ maxLength: 20 })))
    .map(([id, tail]) => `${SECRET_MARKER}${id}${tail.replaceAll(SECRET_MARKER, '')}`);
}
