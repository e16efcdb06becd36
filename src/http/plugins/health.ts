// /health/live (the process answers) and /health/ready (the database answers too), without a key.
import type { Plugin } from 'graphql-yoga';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connect.js';

export function healthEndpoints(database: DatabaseHandle): Plugin {
  return {
    // Every request passes here: a look at the URL's text first, so the others neither parse it
    // (each read of `url` builds a new URL) nor become a promise.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!request.url.includes('/health/')) return;
      const { pathname } = url;
      if (pathname === '/health/live') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (pathname === '/health/ready') {
        return sql`/* readinessCheck */ select 1`.execute(database.db).then(
          () => endResponse(fetchAPI.Response.json({ status: 'ok', database: 'ok' })),
          () => endResponse(fetchAPI.Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503 })),
        );
      }
    },
  };
}
