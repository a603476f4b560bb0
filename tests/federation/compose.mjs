// Composes KnowledgeHub's subgraph SDL with partner subgraphs into a supergraph, using Apollo's
// composition library (the one Rover and GraphOS run). Prints every hint; exits 1 on any error.
//
//   node compose.mjs                                   knowledgehub + the two examples in docs/federation/
//   node compose.mjs partner=path/to/partner.graphql    knowledgehub + your subgraph(s), name=file each
//   node compose.mjs --out supergraph.graphql ...      also writes the supergraph SDL
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
const partners = args.length > 0
  ? args.map((arg) => arg.split('='))
  : [
      ['research', `${repository}docs/federation/partner-example.graphql`],
      ['citations', `${repository}docs/federation/citations-example.graphql`],
    ];
const subgraphs = [['knowledgehub', `${repository}schema/subgraph.graphql`], ...partners];

const services = [];
for (const [name, file] of subgraphs) {
  if (!name || !file) {
    console.error(`expected name=file.graphql, got "${name}"`);
    process.exit(2);
  }
  try {
    // The url only names the subgraph in the supergraph's join__Graph enum; nothing is called.
    services.push({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(readFileSync(file, 'utf8')) });
  } catch (error) {
    console.error(`${name} (${file}): ${error.message}`);
    process.exit(1);
  }
}

const result = composeServices(services);
for (const hint of result.hints ?? []) {
  console.log(`hint ${hint.definition.code}: ${hint.message}`);
}
if (result.errors) {
  for (const error of result.errors) {
    console.error(`error ${error.extensions?.code ?? ''}: ${error.message}`);
  }
  console.error(`composition failed: ${result.errors.length} error(s)`);
  process.exit(1);
}
if (out) {
  writeFileSync(out, result.supergraphSdl);
}
console.log(`composed ${services.map((s) => s.name).join(' + ')}: ${(result.hints ?? []).length} hint(s), 0 errors`);
