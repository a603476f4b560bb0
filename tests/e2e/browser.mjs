// Debian's Chromium driven by playwright-core: no browser download, no network but loopback.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = (process.env.KNOWLEDGEHUB_URL ?? 'http://127.0.0.1:5090').replace(/\/$/, '');
export const origin = new URL(baseUrl).origin;
const screenshots = process.env.KNOWLEDGEHUB_SCREENSHOTS ?? join(import.meta.dirname, 'screenshots');
mkdirSync(screenshots, { recursive: true });

// The flags keep Chromium from calling home: on a closed network its background connections fail.
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'knowledgehub-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KNOWLEDGEHUB_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh page that records every request it makes, every Content-Security-Policy violation and
 * every script error, so each test can assert that nothing left this server and nothing was blocked.
 */
export async function openPage(context, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), headers: request.headers() }));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, requests, errors };
}

export async function screenshot(page, name, { fullPage = false } = {}) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
}

/** The checks every test ends with, and its screenshot. */
export async function finish({ page, requests, errors }, name, { fullPage = false } = {}) {
  await screenshot(page, name, { fullPage });
  const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(foreign.map((r) => r.url), [], 'every request goes to the server the page came from');
  assert.deepEqual(errors, [], 'no script errors and no Content-Security-Policy violations');
  await page.close();
}

/** The search page's GraphQL requests: persisted documents by id over GET, never query text. */
export function assertPersisted(requests) {
  const graphql = requests.filter((r) => new URL(r.url).pathname === '/graphql');
  assert.ok(graphql.length > 0, 'the page asked the API');
  for (const r of graphql) {
    const params = new URL(r.url).searchParams;
    assert.equal(r.method, 'GET', r.url);
    assert.match(params.get('documentId') ?? '', /^sha256:[0-9a-f]{64}$/, r.url);
    assert.equal(params.get('query'), null, `no query text: ${r.url}`);
  }
}
