// passport-browser <url of a health passport> <bearer token>: opens the passport in Debian's
// Chromium (playwright-core, never a downloaded browser) as a person would, reads what is visible,
// the text direction of every Arabic element, and prints the page to PDF. Any request to another
// origin is blocked and reported. Prints one JSON object; exits 1 when a step failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, token] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'passport-browser-'));
const report = { foreignRequests: [], pageErrors: [] };

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  extraHTTPHeaders: { Authorization: `Bearer ${token}` },
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

  const response = await page.goto(url, { waitUntil: 'load' });
  report.status = response.status();
  report.contentType = response.headers()['content-type'];
  report.title = await page.title();
  report.text = await page.locator('body').innerText();
  report.arabic = await page.evaluate(() => [...document.querySelectorAll('[lang="ar"]')].map(element => ({
    text: element.textContent,
    direction: getComputedStyle(element).direction,
    visible: element.getClientRects().length > 0,
  })));
  report.english = await page.evaluate(() => document.querySelectorAll('[lang="en"]').length);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  report.pdfBytes = pdf.length;
  report.pdfStart = pdf.subarray(0, 5).toString('latin1');
  report.pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
} catch (error) {
  report.error = String(error);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(JSON.stringify(report));
process.exit(report.error ? 1 : 0);
