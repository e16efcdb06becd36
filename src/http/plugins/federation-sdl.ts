// FEDERATION_SDL off: `_service { sdl }` refused as introspection is, `_entities` left alone.
import { type FieldNode, GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SDL_REFUSED =
  'This server does not serve _service { sdl } (FEDERATION_SDL, which follows GRAPHQL_INTROSPECTION by default). Compose the supergraph from the subgraph.graphql published with the service, or have the operator set FEDERATION_SDL=on for a router that fetches it.';

/**
 * Refuses `_service` (aliased, in a fragment, anywhere on Query) at validation, as
 * useDisableIntrospection refuses `__schema`: the SDL is the whole schema, so it follows the same
 * policy unless a router is meant to fetch it. `_entities` is untouched: routing needs it.
 */
export const refuseFederationSdl: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) => ({
      Field(node: FieldNode) {
        if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
          context.reportError(new GraphQLError(SDL_REFUSED, { nodes: [node], extensions: { code: 'PERMISSION_DENIED', http: { status: 403 } } }));
        }
      },
    }));
  },
};
