// GraphiQL in browsers (GRAPHIQL): bundled assets, and the first start's dev key only for this machine.
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { Context } from '../../context.js';
import { isLocalRequest } from '../local-request.js';
import type { NodeServerContext } from '../node-server.js';

export interface GraphiqlSettings {
  /** GraphiQL in browsers; on when left out. */
  enabled?: boolean;
  /** Prefilled: the example operation and, on first start, the dev key's header. */
  defaults?: { query: string; headers?: Record<string, string> };
}

/** Yoga's `graphiql` and `renderGraphiQL` options. */
export function graphiqlOptions(settings: GraphiqlSettings): Pick<YogaServerOptions<NodeServerContext, Context>, 'graphiql' | 'renderGraphiQL'> {
  const { defaults } = settings;
  return {
    // GraphiQL with its assets served from this package, not a CDN: it works offline and behind firewalls.
    // Imported on first use: the bundle it inlines costs tens of MB of RSS, which a server with
    // GraphiQL off (production) never needs (bench/README.md, "Figures behind the code").
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    // The prefilled headers hold the first start's dev key: only a browser on this machine gets them
    // (local-request.ts); any other client gets GraphiQL with empty headers.
    graphiql:
      settings.enabled === false
        ? false
        : (request, { req }) => ({
            title: 'Integrations gateway',
            defaultQuery: defaults?.query,
            headers: defaults?.headers && isLocalRequest(req.socket.remoteAddress, request.headers) ? JSON.stringify(defaults.headers) : undefined,
          }),
  };
}

/**
 * GraphiQL's page is never stored by a browser or a proxy: on the first start it carries the dev
 * key, and a cached copy would outlive the key's owner's session.
 */
export const graphiqlNotStored: Plugin = {
  onResponse({ response }) {
    if (response.headers.get('content-type')?.startsWith('text/html')) response.headers.set('cache-control', 'no-store');
  },
};
