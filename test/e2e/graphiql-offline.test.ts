// GraphiQL (development) in real Chromium with the network cut off: every request to a
// host other than this machine is aborted and recorded. The page must still render its
// editor from our own asset route, run a query, and break none of its CSP. Fails, never
// skips, when Chromium is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api.ts';
import { launchChromium } from './support-extra.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Requests that never touch the network (the page's own data: and blob: URLs). */
const isLocal = (url: string) => {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || LOCAL_HOSTS.has(parsed.hostname);
};

describe('GraphiQL works offline (development)', () => {
  let api: TestApi;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  const aborted: string[] = [];
  const seen: string[] = [];
  const consoleErrors: string[] = [];
  let page: Page;

  beforeAll(async () => {
    chromium = await launchChromium(); // throws with the install command when Chromium is absent
    api = await startTestApi();
    const { context } = chromium;
    context.on('request', (request) => seen.push(request.url()));
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      aborted.push(url);
      return route.abort('internetdisconnected');
    });
    // Violations are reported to the page; init scripts run outside its CSP.
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = list;
      document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    page = await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it('renders the editor from our own files, with its own CSP, and no request leaves the machine', async () => {
    const response = await page.goto(`${api.url}/graphql`);
    expect(response?.status()).toBe(200);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");

    // On failure, say which requests tried to leave (the usual cause of a blank page).
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 }).catch((error: Error) => {
      throw new Error(`GraphiQL did not render (${error.message.split('\n')[0]}); aborted external requests: ${JSON.stringify(aborted)}`);
    });
    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
    await queryEditor.waitFor();
    await expect.poll(async () => (await queryEditor.textContent())?.trim().length ?? 0).toBeGreaterThan(0);

    // Type a query and run it: the editor is live and the fetch to /graphql passes the CSP.
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ __typename }');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .view-lines');
    await expect.poll(async () => (await result.textContent()) ?? '').toMatch(/"__typename":\s*"Query"/);

    const assets = seen.filter((url) => new URL(url).pathname.startsWith('/graphiql/assets/'));
    expect(assets.map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(['/graphiql/assets/graphiql.js', '/graphiql/assets/graphiql.css']));
    expect(aborted).toEqual([]);
    expect(seen.filter((url) => !isLocal(url))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('GraphiQL in production', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ NODE_ENV: 'production', PUBLIC_URL: 'https://sso.example.com' }); });
  afterAll(async () => { await api?.close(); });

  it('serves neither the page nor its files', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await fetch(`${api.url}/graphiql/assets/graphiql.js`)).status).toBe(404);
  });
});
