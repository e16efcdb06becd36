// A plain GraphQL-over-HTTP client for gateways running as separate processes: each answer comes
// back with its HTTP status and how long it took, and a request that hangs fails instead of waiting.
export interface TimedResponse {
  /** HTTP status; 0 when no HTTP answer came (connection refused, reset, or the client timed out). */
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
  ms: number;
}

/** The `extensions.code` of the first top-level error, if any. */
export function errorCode(response: TimedResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

export async function postGraphQL(
  origin: string,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 15_000,
): Promise<TimedResponse> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: TimedResponse['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, headers: new Headers(), body: { errors: [{ message: (error as Error).message }] }, ms: performance.now() - started };
  }
}

/** GET a path (e.g. /health/ready) and return its status, or 0 when nothing answered in time. */
export async function getStatus(origin: string, path: string, timeoutMs = 15_000): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const status = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(timeoutMs) }).then(
    async (r) => {
      await r.arrayBuffer();
      return r.status;
    },
    () => 0,
  );
  return { status, ms: performance.now() - started };
}
