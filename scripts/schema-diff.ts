// The breaking-change check: schema.graphql against the schema of the last release
// (release/schema.graphql), compared by @graphql-inspector/core. `npm run schema:diff` prints the
// breaking, dangerous and safe changes and exits 1 on a breaking change that CHANGELOG.md does not
// list under `## [Unreleased]` → `### Breaking` (by its schema coordinate); the test suite runs it.
// `-- --baseline <file> --schema <file> --changelog <file>` checks other files.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Change, ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/** One item of the Unreleased "Breaking" list: the coordinate it names and where it stands. */
export interface ListedBreak {
  coordinate: string;
  line: number;
  text: string;
}

export interface SchemaDiffReport {
  breaking: { change: Change; listedBy: ListedBreak | undefined }[];
  dangerous: Change[];
  safe: Change[];
  /** Listed items no schema change matches: breaks in behaviour, not in the SDL (informational). */
  behavioural: ListedBreak[];
  /** What is wrong with CHANGELOG.md itself; each fails the check. */
  problems: string[];
  ok: boolean;
}

const UNRELEASED = /^##\s+\[Unreleased\]\s*$/i;
const BREAKING = /^###\s+Breaking\s*$/i;
const ITEM = /^[-*]\s+(.*)$/;
const LEADING_CODE = /^`([^`]+)`/;

/**
 * Inspector paths are `Type`, `Type.field`, `Type.field.arg`, `Enum.VALUE`, `@directive.arg`; the
 * GraphQL spec's schema coordinates write an argument as `Type.field(arg:)`. Both are accepted.
 */
export function normalizeCoordinate(coordinate: string): string {
  return coordinate.trim().replace(/\((\w+):?\)$/, '.$1');
}

/** The items of `## [Unreleased]` → `### Breaking`, and what is malformed there. */
export function listedBreaks(changelog: string): { listed: ListedBreak[]; problems: string[] } {
  // Comments are guidance for the writer, not entries; blank them out and keep the line numbers.
  const lines = changelog.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, '')).split('\n');
  const listed: ListedBreak[] = [];
  const problems: string[] = [];
  let inUnreleased = false;
  let inBreaking = false;
  let sawUnreleased = false;
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (/^##\s/.test(line)) {
      inUnreleased = UNRELEASED.test(line);
      sawUnreleased ||= inUnreleased;
      inBreaking = false;
      return;
    }
    if (/^###\s/.test(line)) {
      inBreaking = inUnreleased && BREAKING.test(line);
      return;
    }
    if (!inBreaking) return;
    const item = ITEM.exec(line);
    if (!item) return; // a continuation line of the item above, or a blank
    const code = LEADING_CODE.exec(item[1]);
    if (!code) {
      problems.push(
        `CHANGELOG.md:${index + 1}: a Breaking item must start with its schema coordinate in backticks, e.g. "- \`Query.nodes(ids:)\`: …"; got "${line}".`,
      );
      return;
    }
    listed.push({ coordinate: normalizeCoordinate(code[1]), line: index + 1, text: line });
  });
  if (!sawUnreleased) problems.push('CHANGELOG.md has no `## [Unreleased]` section: add one above the first release.');
  return { listed, problems };
}

/** Whether a coordinate names a type, field, argument, input field, enum value or directive of the schema. */
function resolves(schema: GraphQLSchema, coordinate: string): boolean {
  const [head, member, argument, ...rest] = coordinate.split('.');
  if (rest.length > 0) return false;
  if (head.startsWith('@')) {
    const directive = schema.getDirective(head.slice(1));
    if (!directive || argument !== undefined) return false;
    return member === undefined || directive.args.some((arg) => arg.name === member);
  }
  const type = schema.getType(head);
  if (!type) return false;
  if (member === undefined) return true;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    return field !== undefined && (argument === undefined || field.args.some((arg) => arg.name === argument));
  }
  if (isInputObjectType(type)) return argument === undefined && type.getFields()[member] !== undefined;
  if (isEnumType(type)) return argument === undefined && type.getValue(member) !== undefined;
  return false;
}

function build(sdl: string, name: string): GraphQLSchema {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new Error(`${name} is not a valid schema (${(error as Error).message}): reprint it with \`npm run schema:print\`, or restore it from git.`);
  }
}

const changeTypes = new Set<string>(Object.values(ChangeType));

/** The key a Breaking item must name: the change's path; a schema-level change has none, so its type. */
const keyOf = (change: Change) => change.path ?? change.type;

/** An item covers its coordinate and everything under it (`Query.nodes` covers `Query.nodes.ids`). */
const covers = (coordinate: string, key: string) => key === coordinate || key.startsWith(`${coordinate}.`);

/** Compares two SDL texts and checks every breaking change against the changelog's Unreleased list. */
export async function schemaDiff(input: { baseline: string; schema: string; changelog: string }): Promise<SchemaDiffReport> {
  const baseline = build(input.baseline, 'the release baseline');
  const current = build(input.schema, 'schema.graphql');
  const changes = await diff(baseline, current);
  const { listed, problems } = listedBreaks(input.changelog);

  for (const item of listed) {
    if (resolves(current, item.coordinate) || resolves(baseline, item.coordinate) || changeTypes.has(item.coordinate)) continue;
    problems.push(
      `CHANGELOG.md:${item.line}: \`${item.coordinate}\` names nothing in schema.graphql or the release baseline: check its spelling (Type, Type.field, Type.field(arg:), Enum.VALUE).`,
    );
  }

  const breaking = changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ change, listedBy: listed.find((item) => covers(item.coordinate, keyOf(change))) }));
  const matched = new Set(breaking.map((entry) => entry.listedBy).filter((item) => item !== undefined));
  return {
    breaking,
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking),
    behavioural: listed.filter((item) => !matched.has(item)),
    problems,
    ok: problems.length === 0 && breaking.every((entry) => entry.listedBy !== undefined),
  };
}

/** Inspector quotes whole descriptions in its messages; a log line needs the gist. */
const brief = (message: string) => (message.length > 200 ? `${message.slice(0, 199)}…` : message);

/** The report as text for a terminal or a CI log. */
export function formatReport(report: SchemaDiffReport, names: { baseline: string; schema: string }): string {
  const out: string[] = [`${names.schema} against ${names.baseline} (the last release):`];
  const section = (title: string, rows: string[]) => {
    out.push(`${title} (${rows.length})${rows.length > 0 ? ':' : ''}`);
    for (const row of rows) out.push(`  ${row}`);
  };
  section(
    'Breaking',
    report.breaking.map(({ change, listedBy }) =>
      listedBy
        ? `listed    ${keyOf(change)}: ${brief(change.message)} (CHANGELOG.md:${listedBy.line})`
        : `UNLISTED  ${keyOf(change)}: ${brief(change.message)}`,
    ),
  );
  section(
    'Dangerous, reported only',
    report.dangerous.map((change) => `${keyOf(change)}: ${brief(change.message)}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`),
  );
  section(
    'Safe',
    report.safe.map((change) => `${keyOf(change)}: ${brief(change.message)}`),
  );
  if (report.behavioural.length > 0) {
    section(
      'Listed breaks in behaviour (no schema change matches them)',
      report.behavioural.map((item) => `${item.coordinate} (CHANGELOG.md:${item.line})`),
    );
  }
  for (const problem of report.problems) out.push(problem);
  const unlisted = report.breaking.filter((entry) => !entry.listedBy);
  if (unlisted.length > 0) {
    out.push(
      `${unlisted.length} breaking change(s) not listed: undo them, or list each in CHANGELOG.md under \`## [Unreleased]\` → \`### Breaking\` as "- \`${keyOf(unlisted[0].change)}\`: what clients must do".`,
    );
  }
  out.push(report.ok ? 'Schema diff: OK.' : 'Schema diff: FAILED.');
  return `${out.join('\n')}\n`;
}

async function main(args: string[]): Promise<number> {
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fileURLToPath(new URL(`../${fallback}`, import.meta.url));
  };
  const paths = {
    baseline: option('--baseline', 'release/schema.graphql'),
    schema: option('--schema', 'schema.graphql'),
    changelog: option('--changelog', 'CHANGELOG.md'),
  };
  const report = await schemaDiff({
    baseline: readFileSync(paths.baseline, 'utf8'),
    schema: readFileSync(paths.schema, 'utf8'),
    changelog: readFileSync(paths.changelog, 'utf8'),
  });
  const text = formatReport(report, { baseline: relative(process.cwd(), paths.baseline), schema: relative(process.cwd(), paths.schema) });
  (report.ok ? process.stdout : process.stderr).write(text);
  return report.ok ? 0 : 1;
}

// Run as a script (not when a test imports the checker).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    return 1;
  });
}
