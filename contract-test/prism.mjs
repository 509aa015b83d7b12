// Normal traffic through Prism's validating proxy (npm @stoplight/prism-cli, `prism proxy --errors`) in front of
// each service: a GET of every list and detail endpoint of its /q/openapi (path and required query values from the
// fixtures sample-data.mjs wrote, JSON and, where documented, CSV), a few documented 404s and a few valid writes.
// Prism checks each request and response against the document; with --errors a violation becomes a 4xx/5xx from
// the proxy with the violations in the body, and the sl-violations header lists lesser ones. Either fails the run.
// Usage: node prism.mjs FIXTURES.json WORK_DIR. Ports: CONTRACT_PRISM_PORT (first of four; service port + 100).
import { spawn } from 'node:child_process';
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { base, eventually, log, SERVICES, token } from './lib.mjs';

const TAG = 'prism';
const fixtures = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const work = process.argv[3];
const BIN = new URL('./node_modules/.bin/', import.meta.url).pathname;
const firstPort = Number(process.env.CONTRACT_PRISM_PORT ?? SERVICES.catalog.port + 100);
const { state, schoolYear } = fixtures;
const admin = token('catalog-admin');
const demandAdmin = token('demand-admin');
const submitter = token('state-submitter', state);

function request(port, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = http.request({ host: '127.0.0.1', port, method, path, timeout: 15000,
      headers: { ...(payload ? { 'Content-Length': payload.length, 'Content-Type': 'application/json' } : {}), ...headers } },
    (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, headers: {}, body: String(e.message) }));
    if (payload) req.end(payload); else req.end();
  });
}

const PATH_VALUES = { state, soc: fixtures.soc, importId: fixtures.credentialImportId };
function fill(service, template) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => {
    if (name === 'id') {
      return service === 'attainment' ? fixtures.submissionId : service === 'demand' ? fixtures.demandImportId
        : fixtures.credentialId;
    }
    return encodeURIComponent(PATH_VALUES[name] ?? name);
  });
}
const QUERY_VALUES = { schoolYear, year: String(fixtures.demandYear), system: fixtures.codeSystem, code: fixtures.code };

/** Every GET of the document, with its required query parameters, as JSON and (if documented) CSV. */
function readTraffic(service, doc) {
  const traffic = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    const op = ops.get;
    if (!op) continue;
    const query = (op.parameters ?? []).filter((p) => p.in === 'query' && (p.required || QUERY_VALUES[p.name]))
      .map((p) => `${p.name}=${encodeURIComponent(QUERY_VALUES[p.name] ?? '')}`);
    const path = fill(service, template) + (query.length ? `?${query.join('&')}` : '');
    const secured = (op.security ?? []).length > 0 || (op.responses ?? {})['401'];
    const auth = secured ? { Authorization: `Bearer ${service === 'attainment' ? submitter : service === 'demand' ? demandAdmin : admin}` } : {};
    const media = Object.keys(op.responses?.['200']?.content ?? {});
    if (media.includes('application/json') || media.length === 0) traffic.push({ method: 'GET', path, headers: { Accept: 'application/json', ...auth } });
    if (media.includes('text/csv')) traffic.push({ method: 'GET', path, headers: { Accept: 'text/csv', ...auth } });
  }
  return traffic;
}

/** Documented 404s and a few valid writes, per service. */
function extraTraffic(service, suffix) {
  const json = (t) => ({ Accept: 'application/json', Authorization: `Bearer ${t}` });
  switch (service) {
    case 'catalog': return [
      { method: 'GET', path: `/api/v1/credentials/unknown-${suffix}`, headers: { Accept: 'application/json' } },
      { method: 'POST', path: '/api/v1/credentials', headers: json(admin), body: { id: `contract-prism-${suffix}`,
        name: 'Contract Prism Credential', issuer: 'Issuer', type: 'LICENSE', clusters: ['HS'], occupations: ['31-1131'] } },
      { method: 'PUT', path: `/api/v1/credentials/contract-prism-${suffix}`, headers: { ...json(admin), 'If-Match': '"1"' },
        body: { name: 'Contract Prism Credential', issuer: 'Issuer', type: 'LICENSE', clusters: ['HS'], occupations: ['31-1131'],
          description: 'replaced through Prism' } },
      { method: 'DELETE', path: `/api/v1/credentials/contract-prism-${suffix}`, headers: json(admin) },
      { method: 'PUT', path: `/api/v1/states/${state}/approved-credentials`, headers: json(admin),
        body: { entries: [{ credentialId: fixtures.credentialId, status: 'APPROVED', approvedOn: '2017-07-01', reviewDue: '2020-06-30', incentiveAmount: 250 }] } },
    ];
    case 'attainment': return [
      { method: 'GET', path: `/api/v1/states/${state}/profile?schoolYear=2001-02`, headers: { Accept: 'application/json' } },
      { method: 'POST', path: `/api/v1/states/${state}/submissions?schoolYear=${schoolYear}&dryRun=true`, headers: json(submitter),
        body: [{ credentialId: fixtures.credentialId, level: 'SECONDARY', subgroup: 'ALL', earned: 141 }] },
      { method: 'POST', path: `/api/v1/states/${state}/submissions?schoolYear=${schoolYear}&dryRun=true`, headers: json(submitter),
        body: [{ credentialId: `unknown-${suffix}`, level: 'SECONDARY', subgroup: 'ALL', earned: 3 }] },
      { method: 'PUT', path: `/api/v1/states/${state}/profile?schoolYear=${schoolYear}`, headers: json(submitter),
        body: { collectsSecondary: true, collectsPostsecondary: false, vendorDataSharingAgreements: 1, credentialsInEssaPlan: true,
          incentivePolicy: true, maintainsApprovedList: true, yearsOfDataAvailable: 3, highSchoolEnrollment: 28000, cteConcentrators: 6100 } },
    ];
    case 'demand': return [
      { method: 'GET', path: '/api/v1/occupations/99-9999', headers: { Accept: 'application/json' } },
      { method: 'PUT', path: `/api/v1/occupations/${fixtures.soc}`, headers: json(demandAdmin),
        body: { title: 'Welders, Cutters, Solderers, and Brazers', medianAnnualWage: 47540, employment: 418200, projectedGrowthPct: 2.0, clusters: ['MN'] } },
      { method: 'PUT', path: `/api/v1/states/${state}/wages`, headers: json(demandAdmin),
        body: { wages: [{ year: 2017, medianAnnualWage: 44100 }, { year: 2018, medianAnnualWage: 45300 }] } },
    ];
    case 'alignment': return [
      { method: 'GET', path: `/api/v1/alignment/states/${state}?schoolYear=2001-02`, headers: { Accept: 'application/json' } },
      { method: 'POST', path: '/api/v1/admin/rescore', headers: json(admin) },
    ];
    default: return [];
  }
}

async function startPrism(service, spec, port) {
  const child = spawn(`${BIN}prism`, ['proxy', spec, base(service), '--errors', '--host', '127.0.0.1', '--port',
    String(port), '--verboseLevel', 'error'], { env: { ...process.env, SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1' },
    stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const up = await eventually(60, async () => (await request(port, 'GET', '/q/none-such')).status > 0);
  if (!up) { child.kill('SIGTERM'); throw new Error(`prism for ${service} did not start: ${output.slice(-500)}`); }
  return { child, output: () => output };
}

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const totals = { requests: 0, violations: 0, serverErrors: 0 };
const failures = [];
let port = firstPort;
for (const service of Object.keys(SERVICES)) {
  const doc = JSON.parse(await (await fetch(`${base(service)}/q/openapi?format=json`)).text());
  const spec = `${work}/${service}.prism.openapi.json`;
  writeFileSync(spec, JSON.stringify(doc));
  const prism = await startPrism(service, spec, port);
  let count = 0;
  try {
    for (const t of [...readTraffic(service, doc), ...extraTraffic(service, suffix)]) {
      const res = await request(port, t.method, t.path, { headers: t.headers, body: t.body });
      count++;
      const violations = res.headers['sl-violations'];
      const where = `${service} ${t.method} ${t.path} (${t.headers.Accept ?? ''}) -> ${res.status}`;
      if (/prism\/errors#VIOLATIONS/.test(res.body.slice(0, 200))) {
        totals.violations++;
        failures.push(`${where}: ${res.body.slice(0, 900)}`);
      } else if (res.status >= 500 || res.status === 0) {
        totals.serverErrors++;
        failures.push(`${where}: ${res.body.slice(0, 600)}`);
      } else if (violations) {
        totals.violations++;
        failures.push(`${where}: sl-violations ${violations.slice(0, 600)}`);
      } else if (res.status >= 400 && /VIOLATIONS|UNPROCESSABLE_ENTITY|prism/i.test(res.body.slice(0, 300))
        && !res.headers['content-type']?.includes('problem+json')) {
        totals.violations++;
        failures.push(`${where}: request refused by Prism: ${res.body.slice(0, 600)}`);
      } else if (/VIOLATIONS/.test(res.body.slice(0, 200))) {
        totals.violations++;
        failures.push(`${where}: ${res.body.slice(0, 600)}`);
      }
    }
  } finally {
    prism.child.kill('SIGTERM');
  }
  totals.requests += count;
  log(TAG, `${service}: ${count} requests through prism proxy --errors on :${port}`);
  port++;
}
for (const f of failures) log(TAG, `FAIL ${f}`);
log(TAG, `requests ${totals.requests}; violations ${totals.violations}; 5xx ${totals.serverErrors}`);
console.log(JSON.stringify({ part: 'prism', ...totals }));
process.exit(failures.length ? 1 : 0);
