// graphql-js: the full introspection query with every option (what GraphiQL, graphql-codegen and
// Apollo's tooling send), then buildClientSchema must give a valid schema equal to schema/schema.graphql.
import { buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges, getIntrospectionQuery, validateSchema } from 'graphql';
import { check, endpoint, readRepositoryFile, run } from './common.mjs';

await run('graphql-js introspection', async () => {
  const query = getIntrospectionQuery({
    descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
  });
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  check(response.status === 200 && !body.errors, `HTTP ${response.status}`, body.errors);

  const schema = buildClientSchema(body.data);
  const invalid = validateSchema(schema);
  check(invalid.length === 0, 'buildClientSchema gave an invalid schema', invalid.map((e) => e.message));
  check(schema.description === 'KnowledgeHub GraphQL API.', 'schema description', schema.description);
  for (const [name, url] of [['Date', 'date'], ['DateTime', 'date-time'], ['Long', 'long']]) {
    check(schema.getType(name)?.specifiedByURL === `https://scalars.graphql.org/chillicream/${url}.html`, `${name}.specifiedByURL`, schema.getType(name)?.specifiedByURL);
  }

  // The published contract and the served types agree. Directives are left out: introspection
  // lists only the executable ones, the SDL also the federation directives it applies.
  const published = buildSchema(readRepositoryFile('schema/schema.graphql'));
  const changes = [...findBreakingChanges(published, schema), ...findDangerousChanges(published, schema)]
    .filter((c) => !c.type.startsWith('DIRECTIVE_'));
  check(changes.length === 0, 'served schema differs from schema/schema.graphql', changes);
});
