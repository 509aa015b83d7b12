// Browser test of the dashboard against a running stack (deploy/local/dashboard-test starts one with the sample
// data). Drives Debian's headless Chromium through playwright-core: loads the page, selects a state, checks the
// figures shown equal the API's, opens a credential's view across states, and saves a screenshot.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const base = process.env.ALIGNMENT_URL ?? 'http://127.0.0.1:8084';
const screenshot = process.env.SCREENSHOT ?? '../docs/dashboard.png';
const wanted = process.env.DASHBOARD_STATE ?? 'NJ';

async function api(path) {
  const response = await fetch(base + path, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return response.json();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const foreign = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host)) foreign.push(request.url());
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready=true]', { timeout: 30000 });
  assert.equal(await page.locator('#map .tile').count(), 51, 'the map shows 50 states and DC');

  const states = await api('/api/v1/alignment/states?size=500');
  const scored = states.items.filter((s) => s.status === 'SCORED');
  assert.ok(scored.length > 0, 'the sample data scores at least one state');
  const code = scored.some((s) => s.state === wanted) ? wanted : scored[0].state;
  const summary = await api(`/api/v1/alignment/states/${code}`);

  await page.click(`#map .tile[data-state=${code}]`);
  await page.waitForSelector('#state-view:not([hidden])');
  const shownScore = await page.textContent('[data-testid=alignment-score]');
  assert.equal(shownScore, Number(summary.alignmentScore).toFixed(2), 'score shown = API score');
  const shownPct = await page.textContent('[data-testid=pct-earned-in-demand]');
  assert.equal(shownPct, `${(Number(summary.pctEarnedInDemand) * 100).toFixed(1)}%`, 'percent in demand = API');
  const shownEarned = await page.textContent('[data-testid=credentials-earned]');
  assert.equal(shownEarned, Number(summary.totals.credentialsEarned).toLocaleString('en-US'), 'earned = API');
  const listed = await api(`/api/v1/alignment/states/${code}/credentials?size=500&schoolYear=${summary.schoolYear}`);
  assert.equal(await page.locator('#credential-table tbody tr').count(), listed.items.length,
    'one row per credential the API lists');

  await page.screenshot({ path: screenshot, fullPage: false });

  const firstCredential = listed.items[0];
  await page.locator('#credential-table tbody tr button').first().click();
  await page.waitForSelector('#credential-view:not([hidden])');
  const across = await api(`/api/v1/alignment/credentials/${firstCredential.credentialId}/states?size=500&schoolYear=${summary.schoolYear}`);
  assert.match(await page.textContent('#credential-title'), new RegExp(firstCredential.credentialName
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.equal(await page.locator('#credential-states-table tbody tr').count(), Math.max(1, across.items.length));

  assert.deepEqual(foreign, [], 'nothing is loaded from outside the service');
  assert.deepEqual(errors, [], 'no script errors');
  console.log(`dashboard test passed: ${code} score ${shownScore}, ${listed.items.length} credentials, `
    + `${firstCredential.credentialName} in ${across.items.length} states; screenshot ${screenshot}`);
} finally {
  await browser.close();
}
