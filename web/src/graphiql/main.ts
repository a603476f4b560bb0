import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** Plain POST to this server's endpoint; GraphiQL's own fetcher would add a dependency for no gain. */
async function fetcher(params: unknown): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json;q=0.9' },
    body: JSON.stringify(params),
  });
  return response.json();
}

const defaultQuery = `# KnowledgeHub: content in Danish, schema in English.
# Ctrl+Enter runs the query; the book icon opens the docs.

query Search {
  search(query: "forældretræning", first: 3) {
    totalCount
    nodes {
      record { __typename title slug }
      highlights { field fragments }
    }
    facets { field values { label count } }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery, defaultEditorToolsVisibility: true }),
);
