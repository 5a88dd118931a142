// graphiql-browser <url of /graphql>: drives Debian's Chromium (playwright-core, never a downloaded
// browser) through GraphiQL as a person would: open the page, open the documentation explorer,
// type a query, run it, read the result pane. Any request to another origin is blocked and
// reported, so the page provably works offline. Prints one JSON object; exits 1 on a failed step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.argv[2];
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'graphiql-browser-'));
const report = { steps: [], foreignRequests: [], pageErrors: [] };

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const origin = new URL(url).origin;
  await context.route('**/*', route => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || requested.startsWith('data:')) return route.continue();
    report.foreignRequests.push(requested);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', error => report.pageErrors.push(String(error)));
  page.setDefaultTimeout(20_000);

  const response = await page.goto(url);
  report.steps.push({ step: 'open', status: response.status(), contentType: response.headers()['content-type'] });
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

  await page.getByRole('button', { name: /documentation explorer/i }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().waitFor();
  report.steps.push({ step: 'docs', text: (await docs.innerText()).slice(0, 300) });

  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('query FromTheBrowser { __typename }');
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror');
  await result.getByText('"Query"').waitFor();
  report.steps.push({ step: 'run', result: await result.evaluate(element => element.CodeMirror.getValue()) });
} catch (error) {
  report.error = String(error);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(JSON.stringify(report));
process.exit(report.error ? 1 : 0);
