// The partner subgraph (@apollo/subgraph on @apollo/server), with made-up test trials: one names a
// programme slug KnowledgeHub does not have, as a stale key in a partner's data would.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export const trials = [
  { doi: '10.0000/test.1', title: 'Testforsøg A', program: 'pmto', municipalities: ['0461', '0101'] },
  { doi: '10.0000/test.2', title: 'Testforsøg B', program: 'no-such-programme', municipalities: ['0461', '9999'] },
];

const count = (predicate) => trials.filter(predicate).length;

const resolvers = {
  Query: {
    trials: () => ({ pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, nodes: trials }),
  },
  Trial: {
    __resolveReference: ({ doi }) => trials.find((t) => t.doi === doi),
    program: (t) => ({ slug: t.program }),
    municipalities: (t) => t.municipalities.map((code) => ({ code })),
  },
  Municipality: {
    __resolveReference: ({ code }) => ({ code }),
    trialCount: ({ code }) => count((t) => t.municipalities.includes(code)),
  },
  FamilyProgram: {
    __resolveReference: ({ slug }) => ({ slug }),
    trialCount: ({ slug }) => count((t) => t.program === slug),
  },
};

export async function startPartner() {
  const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers }) });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}
