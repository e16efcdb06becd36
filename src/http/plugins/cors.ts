// CORS (CORS_ORIGINS): which browser pages may call the API, by exact origin.
import type { createYoga } from 'graphql-yoga';

/**
 * CORS for the listed origins only. Any other origin (and a request without one) gets no
 * Access-Control-* header at all, so a browser keeps the answer from the page; a preflight is
 * answered 204 with nothing allowed. Never `*`, never the literal origin `null` (what Yoga's array
 * form answers a stranger, and what sandboxed frames send), never credentials: the API uses no cookies.
 */
export function corsFor(origins: readonly string[]): NonNullable<Parameters<typeof createYoga>[0]['cors']> {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-apikey', 'x-graphql-yoga-csrf', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'www-authenticate'],
      maxAge: 600,
    };
  };
}
