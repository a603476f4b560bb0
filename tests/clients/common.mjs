// What every client script shares: the server under test and a small assert that names what failed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const baseUrl = (process.env.KNOWLEDGEHUB_URL ?? 'http://127.0.0.1:5090').replace(/\/$/, '');
export const endpoint = `${baseUrl}/graphql`;
export const repository = fileURLToPath(new URL('../../', import.meta.url));
export const readRepositoryFile = (path) => readFileSync(`${repository}${path}`, 'utf8');

export function check(condition, message, detail) {
  if (!condition) {
    throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail, null, 1).slice(0, 4000)}`);
  }
}

/** Runs a client's checks; exit code 0 only when every one passed, the failure printed otherwise. */
export async function run(name, body) {
  try {
    await body();
    console.log(`${name}: ok`);
    process.exit(0);
  } catch (error) {
    console.error(`${name}: FAILED\n${error?.stack ?? error}`);
    process.exit(1);
  }
}
