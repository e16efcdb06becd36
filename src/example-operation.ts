// The operation GraphiQL opens with: one mutation that creates an integration and shows it.
export const exampleOperation = `# Welcome to the integrations gateway.
# Your API key goes in the Headers tab: {"Authorization": "Bearer <key>"}
# (on the first start the dev key is already there). Press the run button.
#
# Then try:  query { integrations(first: 10) { totalCount edges { node { id title etag } } } }

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
    ... on CreateIntegrationPayload {
      integration {
        id title etag version
        config { ... on PostgresConfig { host auth { ... on PasswordAuth { username password { isSet } } } } }
      }
    }
    ... on Error { code message }
  }
}
`;
