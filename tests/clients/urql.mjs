// urql with persistedExchange (automatic persisted queries): the first request sends only the hash
// and gets PersistedQueryNotFound, urql registers by sending the query with it, and the next
// request by hash alone is answered. Also over GET, as urql does with preferGetForPersistedQueries.
import { Client, fetchExchange, gql } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { check, endpoint, run } from './common.mjs';

function recordingClient(preferGet) {
  const sent = [];
  const client = new Client({
    url: endpoint,
    requestPolicy: 'network-only',
    exchanges: [persistedExchange({ preferGetForPersistedQueries: preferGet }), fetchExchange],
    fetch: async (url, init) => {
      const body = init?.body ? JSON.parse(init.body) : Object.fromEntries(new URL(url).searchParams);
      sent.push({ method: init?.method ?? 'GET', hasQuery: Boolean(body.query), hasHash: String(JSON.stringify(body.extensions ?? '')).includes('sha256Hash') });
      return fetch(url, init);
    },
  });
  return { client, sent };
}

await run('urql persistedExchange', async () => {
  for (const preferGet of [false, true]) {
    // A document no other run has registered: the first request must miss.
    const query = gql`query UrqlPersisted${preferGet ? 'Get' : 'Post'}${Date.now()} { municipality(code: "0461") { name region { name } } }`;
    const { client, sent } = recordingClient(preferGet);

    const first = await client.query(query, {}).toPromise();
    check(!first.error, 'first query failed', first.error?.message);
    check(first.data.municipality.name === 'Odense', 'first answer', first.data);
    check(sent.length === 2 && !sent[0].hasQuery && sent[0].hasHash && sent[1].hasQuery, 'miss then register', sent);

    const second = await client.query(query, {}).toPromise();
    check(!second.error && second.data.municipality.region.name === 'Region Syddanmark', 'hit answer', second);
    check(sent.length === 3 && !sent[2].hasQuery && sent[2].hasHash, 'the hit sends the hash alone', sent);
    if (preferGet) {
      check(sent[0].method === 'GET' && sent[2].method === 'GET', 'persisted queries over GET', sent);
    }
  }
});
