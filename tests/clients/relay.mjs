// relay-compiler over schema/schema.graphql: fragments with @connection and @refetchable compile,
// and the operations it generates (the page query, the pagination query through node(id:), the
// refetch query) run on the server without errors, paging on with the cursor Relay keeps.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check, endpoint, run } from './common.mjs';

const relay = fileURLToPath(new URL('./relay/', import.meta.url));

function operationText(name) {
  const artifact = readFileSync(`${relay}__generated__/${name}.graphql.js`, 'utf8');
  return JSON.parse(artifact.match(/"text": ("(?:[^"\\]|\\.)*")/)[1]);
}

async function execute(name, variables) {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operationText(name), variables }) });
  const body = await response.json();
  check(response.status === 200 && !body.errors, `${name}: HTTP ${response.status}`, body.errors);
  return body.data;
}

await run('relay-compiler', async () => {
  rmSync(`${relay}__generated__`, { recursive: true, force: true });
  mkdirSync(`${relay}__generated__`);
  const compiler = spawnSync(fileURLToPath(new URL('./node_modules/.bin/relay-compiler', import.meta.url)), [], { cwd: relay, encoding: 'utf8' });
  check(compiler.status === 0, `relay-compiler exited with ${compiler.status}`, compiler.stdout + compiler.stderr);

  const page = await execute('MunicipalityRecordsPageQuery', { code: '0461' });
  check(page.municipality.name === 'Odense' && page.municipality.records.edges.length > 0, 'page query', page);
  const { id } = page.municipality;
  const first = page.municipality.records;

  const next = await execute('MunicipalityRecordsPaginationQuery', { id, count: 5, cursor: first.pageInfo.endCursor });
  const seen = new Set(first.edges.map((e) => e.node.id));
  check(next.node.records.edges.every((e) => !seen.has(e.node.id)), 'the next page repeats nothing', next.node.records.edges);
  check(next.node.records.totalCount === first.totalCount, 'same totalCount on every page', [first.totalCount, next.node.records.totalCount]);

  const themeId = page.themes.nodes[0].id;
  const theme = await execute('ThemeSummaryRefetchQuery', { id: themeId });
  check(theme.node.id === themeId && typeof theme.node.name === 'string', 'refetch through node(id:)', theme);
});
