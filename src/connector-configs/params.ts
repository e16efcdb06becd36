// The merge rule between a connector config and the integrations built on it (README, "Connector
// configs"): the config sets every field except its per-customer params; each integration gives
// its params' values (or takes them from an attribute of its customer) and nothing else. A param
// never decides where a shared secret goes, so no team can point the config's credentials at a
// server of its own.
import type { z } from 'zod';
import { type DestinationBindings, issuesFromZod, type ShapeField, type ShapeNode, valueAt } from '../connectors/kit.js';
import type { Connector } from '../connectors/registry.js';
import type { FieldIssue } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import type { ConfigParam } from '../db/database.js';

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `a.b` is at or under `a` (a path is split on dots). */
const within = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** The field a dotted path names in the shape: through objects and oneOf members only. */
export function fieldOfPath(node: ShapeNode, path: readonly string[]): ShapeField | undefined {
  let current: ShapeNode = node;
  let field: ShapeField | undefined;
  for (const key of path) {
    if (current.kind === 'object') field = current.fields[key];
    else if (current.kind === 'oneOf')
      field = current.members[key] && { node: current.members[key], required: false, alwaysPresent: false, destination: false };
    else return undefined;
    if (!field) return undefined;
    current = field.node;
  }
  return field;
}

/**
 * The declarations' own faults, and their conflicts with the config's settings and shared secrets.
 * `base` is the input path of the params list (for field errors).
 */
export function checkParams(
  connector: Connector,
  params: readonly ConfigParam[],
  settings: Plain,
  sharedSecretPaths: readonly string[],
  base: string[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bindings: DestinationBindings = connector.destinations;
  /** The first fault of one declaration: its code, message and the field of the declaration it is in. */
  const faultOf = (param: ConfigParam, index: number): [code: string, message: string, field?: string] | null => {
    const path = param.path.split('.');
    const field = fieldOfPath(connector.shape, path);
    if (!field)
      return ['unknown_path', `${connector.label} configs have no field ${param.path}: name a field of the connector's config (dotted, e.g. auth.password)`];
    if (params.some((other, j) => j !== index && within(path, other.path.split('.')) && (j < index || other.path !== param.path))) {
      return ['overlapping', 'lies at or under another param: declare each field once'];
    }
    if (valueAt(settings, path) !== undefined) return ['set_by_config', 'the config sets this field itself: leave it out of the settings, or drop the param'];
    if (sharedSecretPaths.some((secret) => within(secret.split('.'), path))) {
      return ['set_by_config', 'the config holds a shared secret at or under this field: clear the secret ("") or drop the param'];
    }
    for (const secret of sharedSecretPaths) {
      const bound = (bindings.bySecret[secret] ?? []).filter((destination) => within(destination.split('.'), path));
      if (bound.length > 0) {
        return [
          'binds_shared_secret',
          `decides where the shared secret ${secret} goes (${bound.join(', ')}): a shared secret is only sent where the config says; set the field in the settings instead`,
        ];
      }
    }
    if (param.fromAttribute !== null && field.node.kind === 'secret') {
      return [
        'sensitive_attribute',
        'a sensitive param cannot come from a customer attribute (attributes are not secret): drop fromAttribute',
        'fromAttribute',
      ];
    }
    if (param.fromAttribute !== null && field.node.kind !== 'string' && field.node.kind !== 'enum') {
      return ['not_text', 'only a text field can come from a customer attribute (attribute values are text)', 'fromAttribute'];
    }
    return null;
  };
  for (const [index, param] of params.entries()) {
    const fault = faultOf(param, index);
    if (fault) issues.push({ path: [...base, String(index), fault[2] ?? 'path'], code: fault[0], message: fault[1] });
  }
  return issues;
}

/**
 * Validates a config's settings (shared secrets' plaintext included) against the connector: every
 * fault counts but a value that is missing where a param will give it. Each integration's merged
 * config is validated whole when it is written, so what a param leaves missing is caught there.
 */
export function settingsIssues(connector: Connector, settings: Plain, params: readonly ConfigParam[], prefix: string[]): FieldIssue[] {
  const parsed = (connector.schema as z.ZodType).safeParse(settings);
  if (parsed.success) return [];
  const paramPaths = params.map((param) => [...prefix, ...param.path.split('.')]);
  return issuesFromZod(parsed.error, settings, prefix, connector.shape).filter(
    // Missing at or under a param, or above one (the param's value will bring its parents along).
    (issue) => !(issue.code === 'required' && paramPaths.some((param) => within(issue.path, param) || within(param, issue.path))),
  );
}

/** Every leaf path of an input value (objects are walked; a list or scalar is a leaf). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(value)) return [prefix];
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length === 0) return prefix.length > 0 ? [prefix] : [];
  return entries.flatMap(([key, v]) => leafPaths(v, [...prefix, key]));
}

/**
 * What an integration built on a config may give: only values of its params that do not come
 * from an attribute. `prefix` is the input path of the connector member (for field errors).
 */
export function ownValueIssues(params: readonly ConfigParam[], settings: Plain, own: Plain, prefix: string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const leaf of leafPaths(own)) {
    const param = params.find((p) => within(leaf, p.path.split('.')));
    const path = [...prefix, ...leaf];
    if (param?.fromAttribute) {
      issues.push({
        path,
        code: 'from_attribute',
        message: `comes from the customer attribute ${param.fromAttribute}: leave it out, and set the attribute with setCustomerAttributes`,
      });
    } else if (!param) {
      const byConfig = valueAt(settings, leaf) !== undefined || params.every((p) => !within(p.path.split('.'), leaf));
      issues.push({
        path,
        code: 'set_by_config',
        message: byConfig
          ? 'is set by the connector config this integration is built on: leave it out (the config decides it for every integration)'
          : 'is not a per-customer param of the connector config: leave it out',
      });
    }
  }
  return issues;
}

function setAt(target: Plain, path: readonly string[], value: unknown): void {
  let parent = target;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(parent[key])) parent[key] = {};
    parent = parent[key] as Plain;
  }
  parent[path[path.length - 1]] = value;
}

/**
 * The integration's config: the config's settings, then each param's value (its own, or its
 * customer's attribute). Params and settings never overlap (checkParams), so nothing is overridden.
 */
export function mergeLayers(settings: Plain, own: Plain, params: readonly ConfigParam[], attributes: Record<string, string>): Plain {
  const merged = structuredClone(settings);
  for (const param of params) {
    const path = param.path.split('.');
    const value = param.fromAttribute ? attributes[param.fromAttribute] : valueAt(own, path);
    if (value !== undefined && value !== null) setAt(merged, path, structuredClone(value));
  }
  return merged;
}

/** The values of an integration's own params (not from attributes) in its stored config. */
export function ownValuesOf(config: Plain, params: readonly ConfigParam[]): Plain {
  const own: Plain = {};
  for (const param of params) {
    if (param.fromAttribute) continue;
    const path = param.path.split('.');
    const value = valueAt(config, path);
    if (value !== undefined) setAt(own, path, structuredClone(value));
  }
  return own;
}
