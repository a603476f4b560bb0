// Apollo's gateway composing KnowledgeHub (introspected through _service { sdl }) with a partner
// subgraph that has its own PageInfo and extends Municipality and FamilyProgram; a joined query
// is answered across both, and a stale key in the partner's data gives null, not data: null.
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { check, endpoint, run } from './common.mjs';
import { startPartner } from './partner/server.mjs';

const Joined = `{
  trials {
    pageInfo { hasNextPage }
    nodes {
      title
      program { slug title evidenceAssessments { level } trialCount }
      municipalities { code name region { name } trialCount }
    }
  }
  municipality(code: "0461") { name trialCount records(first: 2) { pageInfo { hasNextPage } nodes { title } } }
}`;

await run('Apollo gateway', async () => {
  const partner = await startPartner();
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'knowledgehub', url: endpoint }, { name: 'partner', url: partner.url }] }),
    // Node's fetch honours the Keep-Alive timeout a server announces (the partner's Node server
    // closes idle sockets after 5 s); the gateway's default agent may reuse a closed one on a slow machine.
    buildService: ({ url }) => new RemoteGraphQLDataSource({ url, fetcher: fetch }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: Joined }) });
    const body = await response.json();
    check(response.status === 200 && !body.errors, 'joined query', body);

    const [a, b] = body.data.trials.nodes;
    check(a.program.slug === 'pmto' && a.program.title.startsWith('PMTO') && a.program.trialCount === 1, 'a trial joined to our family programme', a.program);
    check(a.municipalities.map((m) => m.name).join() === 'Odense,København' && a.municipalities[0].region.name === 'Region Syddanmark', 'municipalities joined by code', a.municipalities);
    check(b.program === null, 'a stale programme slug answers null', b.program);
    check(b.municipalities[1] === null && b.municipalities[0].name === 'Odense', 'an unknown municipality code answers null, the others stay', b.municipalities);
    check(body.data.municipality.name === 'Odense' && body.data.municipality.trialCount === 2, 'our root field with the partner field', body.data.municipality);
    check(body.data.municipality.records.nodes.length === 2, 'our connection through the gateway', body.data.municipality.records);
  } finally {
    await server.stop();
    await partner.stop();
  }
});
