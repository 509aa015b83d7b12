// Portman (npm @apideck/portman) turns each service's /q/openapi into a Postman collection with contract tests
// (every GET: 2xx, documented content type, JSON body, response schema) and fuzz variations of every write
// (required body fields removed, numbers below minimum / above maximum, strings outside min/maxLength -> the
// documented 422; required query parameters removed -> 400; required headers removed -> 428), each expecting
// application/problem+json matching the documented problem schema. Path and query values are pointed at the
// fixtures sample-data.mjs wrote. The original requests of write operations are dropped (they would store the
// spec's examples); then newman runs the rest with a 5 s request timeout, through Portman's own runner.
// Usage: node portman.mjs FIXTURES.json WORK_DIR. Prints counts; exits 1 on any failed assertion or 5xx.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { base, log, SERVICES, token } from './lib.mjs';

const TAG = 'portman';
const fixtures = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const work = process.argv[3];
const BIN = new URL('./node_modules/.bin/', import.meta.url).pathname;
const ENV = { ...process.env, SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1' };

const TOKENS = {
  catalog: token('catalog-admin'),
  attainment: token('state-submitter', fixtures.state),
  demand: token('demand-admin'),
  alignment: token('catalog-admin'),
};

const fuzzAll = { enabled: true };
const fuzzOptions = { requiredFields: fuzzAll, minimumNumberFields: fuzzAll, maximumNumberFields: fuzzAll,
  minLengthFields: fuzzAll, maxLengthFields: fuzzAll };
const problemTests = { contractTests: [{ statusCode: { enabled: true } }, { contentType: { enabled: true } },
  { jsonBody: { enabled: true } }, { schemaValidation: { enabled: true } }] };
const noServerError = [
  "pm.test('no server error', function () { pm.expect(pm.response.code, pm.response.text()).to.be.below(500); });",
];
const portmanConfig = {
  version: 1.0,
  tests: {
    contractTests: [
      { openApiOperation: 'GET::*', statusSuccess: { enabled: true } },
      { openApiOperation: 'GET::*', contentType: { enabled: true } },
      { openApiOperation: 'GET::*', jsonBody: { enabled: true } },
      { openApiOperation: 'GET::*', schemaValidation: { enabled: true } },
    ],
    extendTests: [{ openApiOperation: '*::/*', tests: noServerError }],
    variationTests: [
      { openApiOperation: '*::/*', openApiResponse: '422', variations: [{ name: 'fuzz body', openApiResponse: '422',
        fuzzing: [{ requestBody: [fuzzOptions] }], tests: problemTests, extendTests: [{ tests: noServerError }] }] },
      { openApiOperation: '*::/*', openApiResponse: '400', variations: [{ name: 'fuzz query', openApiResponse: '400',
        fuzzing: [{ requestQueryParams: [fuzzOptions] }], tests: problemTests, extendTests: [{ tests: noServerError }] }] },
      { openApiOperation: '*::/*', openApiResponse: '428', variations: [{ name: 'fuzz headers', openApiResponse: '428',
        fuzzing: [{ requestHeaders: [fuzzOptions] }], tests: problemTests, extendTests: [{ tests: noServerError }] }] },
    ],
  },
};

/** The fixture value for a path variable / query parameter of a request, or undefined to keep Portman's. */
function pathValue(service, key, path) {
  if (key === 'state') return fixtures.state;
  if (key === 'soc') return fixtures.soc;
  if (key === 'importId') return fixtures.credentialImportId;
  if (key === 'id' && service === 'attainment') return fixtures.submissionId;
  if (key === 'id' && service === 'demand') return fixtures.demandImportId;
  if (key === 'id') return fixtures.credentialId;
  return undefined;
}
function queryValue(service, key) {
  return {
    schoolYear: fixtures.schoolYear, year: String(fixtures.demandYear), system: fixtures.codeSystem,
    code: fixtures.code, kind: 'credential-postings',
  }[key];
}

function isVariation(item) { return /\[fuzz (body|query|headers)\]/.test(item.name); }

/** Removes the first property named {@code key} found below the top level; true when one was removed. */
function removeNested(value, key, depth = 0) {
  if (Array.isArray(value)) return value.some((v) => removeNested(v, key, depth + 1));
  if (value === null || typeof value !== 'object') return false;
  if (depth > 0 && Object.hasOwn(value, key)) { delete value[key]; return true; }
  return Object.values(value).some((v) => removeNested(v, key, depth + 1));
}

/**
 * Portman's "required field removed" variation leaves the body unchanged when the field sits inside an array item
 * (e.g. externalCodes[].system): sent as is, it is a valid request that stores the spec's example. Such a variation
 * gets the removal done here (the first nested occurrence of the field), so it tests what it is named for; one
 * whose field cannot be found is dropped. Returns false to drop the item.
 */
function repairRequiredFieldVariation(item, originals, counts) {
  const match = /\[fuzz body\]\[required (.+)\]$/.exec(item.name); // e.g. "system", "[0].system"
  const raw = item.request.body?.raw;
  if (!match || raw === undefined) return true;
  const original = originals.get(`${item.request.method} ${JSON.stringify(item.request.url.path)}`);
  const body = JSON.parse(raw);
  if (original === undefined || JSON.stringify(body) !== JSON.stringify(original)) return true;
  const field = match[1].split('.').pop();
  if (!removeNested(body, field)) { counts.dropped++; return false; }
  item.request.body.raw = JSON.stringify(body, null, 2);
  counts.repaired++;
  return true;
}

/** Points requests at the fixtures and drops the plain (non-fuzzed) write requests. Returns the kept count. */
function prepare(collection, service) {
  let kept = 0;
  const originals = new Map();
  const collect = (items) => items.forEach((item) => {
    if (item.item) { collect(item.item); return; }
    if (!isVariation(item) && item.request.body?.raw) {
      try {
        originals.set(`${item.request.method} ${JSON.stringify(item.request.url.path)}`,
          JSON.parse(item.request.body.raw));
      } catch { /* not JSON (CSV examples): no required-field variations to repair */ }
    }
  });
  collect(collection.item);
  const counts = { repaired: 0, dropped: 0 };
  const visit = (items) => items.filter((item) => {
    if (item.item) { item.item = visit(item.item); return item.item.length > 0; }
    const req = item.request;
    if (req.method !== 'GET' && !isVariation(item)) return false;
    if (!repairRequiredFieldVariation(item, originals, counts)) return false;
    for (const v of req.url.variable ?? []) v.value = pathValue(service, v.key) ?? v.value;
    for (const q of req.url.query ?? []) {
      const value = queryValue(service, q.key);
      if (value !== undefined && !q.disabled) q.value = value;
      // Optional filters stay off: the contract test asks for the unfiltered list.
    }
    for (const h of req.header ?? []) if (h.key === 'If-Match') h.value = '*';
    kept++;
    return true;
  });
  collection.item = visit(collection.item);
  if (counts.repaired + counts.dropped > 0) {
    log(TAG, `${service}: ${counts.repaired} nested required-field variations made real, ${counts.dropped} dropped`);
  }
  collection.variable = [...(collection.variable ?? []).filter((v) => v.key !== 'bearerToken'),
    { key: 'bearerToken', value: TOKENS[service], type: 'string' }];
  return kept;
}

const totals = { requests: 0, assertions: 0, failed: 0, serverErrors: 0 };
const failures = [];
for (const service of Object.keys(SERVICES)) {
  const spec = `${work}/${service}.openapi.json`;
  writeFileSync(spec, execFileSync('curl', ['-sf', `${base(service)}/q/openapi?format=json`]));
  const configFile = `${work}/portman-config.json`;
  writeFileSync(configFile, JSON.stringify(portmanConfig));
  const generated = `${work}/${service}.generated.postman.json`;
  execFileSync(`${BIN}portman`, ['-l', spec, '-b', base(service), '-c', configFile, '-o', generated,
    '--includeTests', 'true'], { env: ENV, stdio: ['ignore', 'ignore', 'inherit'], cwd: work });
  const collection = JSON.parse(readFileSync(generated, 'utf8'));
  const kept = prepare(collection, service);
  const prepared = `${work}/${service}.postman.json`;
  writeFileSync(prepared, JSON.stringify(collection));
  const report = `${work}/${service}.newman.json`;
  const newmanOptions = `${work}/newman-options.json`;
  writeFileSync(newmanOptions, JSON.stringify({ timeoutRequest: 5000, abortOnFailure: false, reporters: ['json'],
    reporter: { json: { export: report } } }));
  try {
    execFileSync(`${BIN}portman`, ['-l', spec, '--localPostman', prepared, '-b', base(service), '--includeTests', 'false',
      '-n', '--newmanOptionsFile', newmanOptions], { env: ENV, stdio: ['ignore', 'ignore', 'inherit'], cwd: work });
  } catch { /* newman exits non-zero on failed assertions: the report below says which */ }
  const run = JSON.parse(readFileSync(report, 'utf8')).run;
  const requests = run.stats.requests.total;
  const assertions = run.stats.assertions.total;
  const server = run.executions.filter((e) => (e.response?.code ?? 0) >= 500).length;
  const timeouts = run.executions.filter((e) => !e.response).length;
  totals.requests += requests; totals.assertions += assertions; totals.serverErrors += server;
  totals.failed += run.failures.length + timeouts;
  for (const f of run.failures) {
    const exec = run.executions.find((e) => e.item.id === f.source?.id);
    failures.push(`${service}: ${f.source?.name ?? '?'} -> ${exec?.response?.code ?? 'no answer'}: ${f.error.test ?? ''} ${f.error.message}`.slice(0, 400));
  }
  log(TAG, `${service}: ${kept} requests generated, ${requests} sent, ${assertions} assertions, ${run.failures.length} failed, ${server} 5xx, ${timeouts} without answer`);
}
for (const f of failures) log(TAG, `FAIL ${f}`);
log(TAG, `requests ${totals.requests}; assertions ${totals.assertions}; failed ${totals.failed}; 5xx ${totals.serverErrors}`);
console.log(JSON.stringify({ part: 'portman', ...totals }));
process.exit(totals.failed || totals.serverErrors ? 1 : 0);
