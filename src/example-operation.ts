// The operation GraphiQL opens with: create an integration, then list them.
export const exampleOperation = `# Welcome to the integrations gateway.
# Put your API key in the Headers tab: {"Authorization": "Bearer <key>"}
# (on the first start the dev key is already there). Then press Run.

mutation CreateExample {
  createIntegration(input: {
    title: "Warehouse"
    labels: ["prod"]
    metadata: { team: "data" }
    config: { postgres: {
      host: "db.example.com", port: 5432, database: "app", schema: "public"
      auth: { passwordAuth: { username: "loader", password: "pg-pass" } }
    } }
  }) {
    __typename
    ... on CreateIntegrationPayload { integration { id title etag version } }
    ... on Error { code message }
  }
}

query ListIntegrations {
  integrations(first: 10) {
    totalCount
    edges { node { id title connector etag config { ... on PostgresConfig { host auth { ... on PasswordAuth { username password { isSet } } } } } } }
  }
}
`;
