// The Error interface and the typed error members of mutation results, mapped from the domain
// error classes of src/core/errors.ts.
import {
  ConnectorMismatchError,
  type DomainError,
  EtagMismatchError,
  type FieldIssue,
  LimitReachedError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from '../core/errors.js';
import type { IntegrationRecord } from '../integrations/integration.model.js';
import { builder } from './builder.js';
import { ConnectorTypeEnum } from './connector-enums.js';
import { IntegrationRef } from './integration.js';

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'A machine-readable error code, after gRPC status codes.',
  values: {
    INVALID_ARGUMENT: { description: 'The input is invalid; fieldErrors says where.' },
    NOT_FOUND: { description: 'No such object exists for this tenant.' },
    ABORTED: { description: 'A concurrent change won; re-read and retry.' },
    FAILED_PRECONDITION: { description: 'The object is not in a state that allows this operation.' },
    PERMISSION_DENIED: { description: "The key may see the object but not do this with it (another team's connector config, a key of one environment)." },
  } as const,
});

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure of a mutation, returned as data. Every error says what to do next.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong and what to do next, for people.' }),
    code: t.field({ type: ErrorCodeEnum, description: 'What went wrong, for programs.', resolve: (e) => e.code }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldIssue>('FieldError').implement({
  description: 'One invalid field of the input.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Path of the field inside the input, e.g. ["config", "postgres", "port"]. List indexes are strings.',
    }),
    code: t.exposeString('code', { description: 'What is wrong, for programs: required, too_small, invalid_format, …' }),
    message: t.exposeString('message', { description: 'What is wrong, for people.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is invalid (code INVALID_ARGUMENT). Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: 'Every invalid field, with its path into the input.',
      resolve: (e) => e.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description:
    'No such object (an integration, a webhook endpoint, …: message says which) exists for this tenant, or the key cannot read it (code NOT_FOUND). Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: () => ({}),
});

builder.objectType(EtagMismatchError, {
  name: 'EtagMismatchError',
  description: 'The etag sent is not the current one (code ABORTED): someone changed the integration. Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof EtagMismatchError,
  fields: (t) => ({
    currentEtag: t.exposeString('currentEtag', { description: 'The current etag, to retry with after re-reading.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The current version.' }),
    current: t.field({
      type: IntegrationRef,
      description:
        'The integration as it is now, redacted like every read (from the row the write already read: no extra round trip), ' +
        'so a client can merge its change into it and retry with currentEtag.',
      resolve: (e) => e.current as IntegrationRecord,
    }),
  }),
});

builder.objectType(PermissionDeniedError, {
  name: 'PermissionDeniedError',
  description:
    "The key may not do this (code PERMISSION_DENIED): another team's connector config, or a key of one environment managing configs. Nothing was changed; message says which key may.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof PermissionDeniedError,
  fields: () => ({}),
});

builder.objectType(ConnectorMismatchError, {
  name: 'ConnectorMismatchError',
  description: "The config given is for another connector than the integration's (code FAILED_PRECONDITION).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConnectorMismatchError,
  fields: (t) => ({
    expected: t.field({ type: ConnectorTypeEnum, description: "The integration's connector.", resolve: (e) => e.expected }),
    received: t.field({ type: ConnectorTypeEnum, description: 'The connector of the config given.', resolve: (e) => e.received }),
  }),
});

builder.objectType(LimitReachedError, {
  name: 'LimitReachedError',
  description:
    'A per-tenant limit set by the operator is reached (code FAILED_PRECONDITION). Nothing was created; message says what to remove or which setting raises it.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LimitReachedError,
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'The limit that was reached.' }),
  }),
});

export { ConnectorMismatchError, EtagMismatchError, LimitReachedError, NotFoundError, PermissionDeniedError, ValidationError };
