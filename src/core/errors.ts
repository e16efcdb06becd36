// Expected failures of the services, as small classes. The schema maps each to a typed member of a
// mutation's result union; nothing here knows about GraphQL.

/** One refused input field: its path from the argument, a machine-readable code and what to do. */
export interface FieldIssue {
  path: string[];
  code: string;
  message: string;
}

export type ErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'ABORTED' | 'FAILED_PRECONDITION' | 'PERMISSION_DENIED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

export class ValidationError extends DomainError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(readonly fieldErrors: FieldIssue[]) {
    super(
      `The input is invalid: ${fieldErrors
        .slice(0, 3)
        .map((e) => `${e.path.join('.') || '(input)'} ${e.message}`)
        .join('; ')}${fieldErrors.length > 3 ? '; …' : ''}. Fix the fields listed in fieldErrors and retry.`,
    );
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'integration') {
    super(`No ${what} with that id exists for this tenant. Check the id, or list integrations to find it.`);
  }
}

export class EtagMismatchError extends DomainError {
  readonly code = 'ABORTED';
  constructor(
    readonly currentEtag: string,
    readonly currentVersion: number,
    /** The object as it is now (redacted like every read), so a client can merge and retry at once. */
    readonly current: unknown,
  ) {
    super(
      'The integration changed since you read it: the etag you sent is not the current one. ' +
        'Read it again (current is the integration as it is now, currentEtag and currentVersion its etag and version), reapply your change, and retry with currentEtag.',
    );
  }
}

/** The key may see the object but not do this with it (another team's config, a key of one environment). */
export class PermissionDeniedError extends DomainError {
  readonly code = 'PERMISSION_DENIED';
}

/** A stale etag or version of a connector config: as EtagMismatchError, with the config as it is now. */
export class ConnectorConfigEtagMismatchError extends DomainError {
  readonly code = 'ABORTED';
  constructor(
    readonly currentEtag: string,
    readonly currentVersion: number,
    readonly current: unknown,
  ) {
    super(
      'The connector config changed since you read it: the etag (or version) you sent is not the current one. ' +
        'current is the config as it is now, currentEtag and currentVersion its etag and version: reapply your change and retry with currentEtag.',
    );
  }
}

export class ConnectorMismatchError extends DomainError {
  readonly code = 'FAILED_PRECONDITION';
  constructor(
    readonly expected: string,
    readonly received: string,
  ) {
    super(
      `This integration's connector is ${expected}, but the config given is for ${received}. ` +
        "Send the config member of the integration's own connector; to change connector, create a new integration.",
    );
  }
}

/** A per-tenant limit the operator sets is reached (code FAILED_PRECONDITION): nothing was created. */
export class LimitReachedError extends DomainError {
  readonly code = 'FAILED_PRECONDITION';
  constructor(
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }
}
