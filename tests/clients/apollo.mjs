// Apollo Client: relayStylePagination merges pages paging forward (first/after) and back
// (last/before) into one list in order, and a mutation's answer updates the normalised cache, so
// a query read before shows the change without a refetch.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { check, endpoint, run } from './common.mjs';

const key = process.env.KNOWLEDGEHUB_KEY;

function client(headers = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri: endpoint, headers: { 'apollographql-client-name': 'client-tests', 'apollographql-client-version': '1', ...headers } }),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { municipalities: relayStylePagination(['where', 'order']) } } } }),
  });
}

const Municipalities = gql`
  query Municipalities($first: Int, $after: String, $last: Int, $before: String) {
    municipalities(first: $first, after: $after, last: $last, before: $before, order: [{ code: ASC }]) {
      edges { cursor node { id code name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

const codes = (result) => result.data.municipalities.edges.map((e) => e.node.code);

async function pagesForward(apollo) {
  const all = await apollo.query({ query: Municipalities, variables: { first: 50 }, fetchPolicy: 'no-cache' });
  const expected = codes(all).slice(0, 30);
  const watch = apollo.watchQuery({ query: Municipalities, variables: { first: 10 } });
  let result = await watch.refetch();
  for (let page = 0; page < 2; page++) {
    result = await watch.fetchMore({ variables: { after: result.data.municipalities.pageInfo.endCursor } });
  }
  const merged = watch.getCurrentResult();
  check(JSON.stringify(codes(merged)) === JSON.stringify(expected), 'three pages forward merge in order', { got: codes(merged), expected });
  check(merged.data.municipalities.pageInfo.hasNextPage === true, 'more after the third page', merged.data.municipalities.pageInfo);
}

async function pagesBackward(apollo) {
  const all = [];
  let after = null;
  do {
    const page = await apollo.query({ query: Municipalities, variables: { first: 50, after }, fetchPolicy: 'no-cache' });
    all.push(...codes(page));
    after = page.data.municipalities.pageInfo.hasNextPage ? page.data.municipalities.pageInfo.endCursor : null;
  } while (after);
  const expected = all.slice(-30);
  const watch = apollo.watchQuery({ query: Municipalities, variables: { last: 10 } });
  let result = await watch.refetch();
  for (let page = 0; page < 2; page++) {
    result = await watch.fetchMore({ variables: { last: 10, before: result.data.municipalities.pageInfo.startCursor } });
  }
  const merged = watch.getCurrentResult();
  check(JSON.stringify(codes(merged)) === JSON.stringify(expected), 'three pages back merge in order', { got: codes(merged), expected });
  check(merged.data.municipalities.pageInfo.hasPreviousPage === true, 'more before the third page back', merged.data.municipalities.pageInfo);
}

const Create = gql`
  mutation Create($input: CreateProgramInput!) {
    createProgram(input: $input) { program { id title version } errors { __typename ... on Error { message } } }
  }`;
const Read = gql`query Read($id: ID!) { node(id: $id) { id ... on Program { title version updatedAt } } }`;
const Update = gql`
  mutation Update($input: UpdateProgramInput!) {
    updateProgram(input: $input) { program { id title version updatedAt } errors { __typename ... on Error { message } } }
  }`;

async function mutationUpdatesTheCache() {
  check(key, 'KNOWLEDGEHUB_KEY (an editor key) is needed for the mutation');
  const apollo = client({ authorization: `Bearer ${key}` });
  const slug = `apollo-client-${Date.now()}`;
  const created = await apollo.mutate({
    mutation: Create,
    variables: { input: { slug, title: 'Apollo-klient', summary: 'Oprettet af klienttesten.', category: 'PROJECT', sources: [{ title: 'Klienttest', url: 'https://example.org/klienttest' }] } },
  });
  check(!created.error && created.data.createProgram.errors === null, 'createProgram', created);
  const { id, version } = created.data.createProgram.program;

  const before = await apollo.query({ query: Read, variables: { id } });
  check(before.data.node.title === 'Apollo-klient', 'read back', before.data);

  const updated = await apollo.mutate({ mutation: Update, variables: { input: { id, version, title: 'Apollo-klient, rettet' } } });
  check(!updated.error && updated.data.updateProgram.errors === null, 'updateProgram', updated);

  // From the cache only: the mutation's answer was normalised into the same Program entry.
  const cached = apollo.readQuery({ query: Read, variables: { id } });
  check(cached.node.title === 'Apollo-klient, rettet' && cached.node.version === version + 1, 'the cache shows the change', cached);
  check(/Z$/.test(cached.node.updatedAt), 'DateTime in UTC with Z', cached.node.updatedAt);
}

await run('Apollo Client', async () => {
  await pagesForward(client());
  await pagesBackward(client());
  await mutationUpdatesTheCache();
});
