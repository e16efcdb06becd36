// The HTTP status of a GraphQL response, from its error codes and whatever the Accept header:
// Yoga alone answers a parse or validation error 400 for application/graphql-response+json and
// 200 for application/json (or no Accept), and an error it did not raise with a status always 200.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rebuiltError } from '../../error-text.js';

/** The status of each of the API's codes, for a response that answered nothing (README, "HTTP status codes"). */
export const statusOfCode: Readonly<Record<string, number>> = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ABORTED: 409,
  RESOURCE_EXHAUSTED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

interface HttpExtension {
  status?: number;
  headers?: Record<string, string>;
  /** Yoga's mark: the status applies to application/graphql-response+json only. */
  spec?: boolean;
}

/** Some root field has a value: the request ran and answered in part (onlyUnavailable in verify-key-before-answering.ts reads it alike). */
function answeredSomething(data: unknown): boolean {
  return data != null && Object.values(data as Record<string, unknown>).some((value) => value !== null);
}

function withStatus(error: GraphQLError, status: number | undefined): GraphQLError {
  const { spec: _spec, status: _status, ...http } = (error.extensions.http ?? {}) as HttpExtension;
  if (status === undefined && Object.keys(http).length === 0 && error.extensions.http === undefined) return error;
  return rebuiltError(error, { extensions: { ...error.extensions, http: status === undefined ? http : { ...http, status } } });
}

/**
 * A response that answered nothing (no data, or every root field null) takes the status of its
 * errors' codes: a request error is 400 for every client, not only those that ask for
 * application/graphql-response+json. A response that answered some field is 200 (GraphQL over
 * HTTP requires a 2xx with data): its errors say which fields failed. An error's own status (413
 * body too large, 405 mutation over GET, 415 multipart) is kept. Runs after the plugin that gives
 * every error its code (errorsWithoutInputValues in errors.ts).
 */
export const statusFromCodes: Plugin = {
  onResultProcess({ result, setResult }) {
    const decide = (one: { data?: unknown; errors?: readonly GraphQLError[] }) => {
      if (!one.errors?.length) return one;
      const answered = answeredSomething(one.data);
      const errors = one.errors.map((error) => {
        if (!(error instanceof GraphQLError)) return error;
        if (answered) return withStatus(error, undefined);
        const own = error.extensions.http as HttpExtension | undefined;
        if (own?.status && !own.spec) return error;
        const code = error.extensions.code;
        return withStatus(error, (typeof code === 'string' ? statusOfCode[code] : undefined) ?? own?.status ?? 500);
      });
      return { ...one, errors };
    };
    setResult((Array.isArray(result) ? result.map(decide) : decide(result as never)) as never);
  },
};
