// Bad-input sweep over every write endpoint (POST/PUT/PATCH/DELETE) of the four services' /q/openapi documents.
// Each endpoint gets malformed JSON/CSV/NDJSON, wrong content types, empty bodies, missing and unknown fields,
// huge, unicode, SQL- and script-like strings in constrained fields, negative/overflowing/fractional numbers,
// wrong path-parameter types and bodies over the size limit. Every answer must be a 4xx application/problem+json,
// and no table of any service may gain a row (checked per endpoint, with psql, after the sweep of that endpoint).
// Prints the counts; exits 1 on any failure.
import { grownTables, json, log, send, sql, tableCounts, token, eventually } from './lib.mjs';

const TAG = 'bad-input';
const MB = 1024 * 1024;
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
// Sweep fixtures live in a school year and a demand year before the sample data's, and in Wyoming, so the
// dashboard's "latest year" views never see them.
const STATE = 'WY';
const SCHOOL_YEAR = '2017-18';
const credentialId = `contract-${suffix}`;

const admin = token('catalog-admin');
const demandAdmin = token('demand-admin');
const submitter = token('state-submitter', STATE);

// Body size limits the script starts the services with (deploy/local/contract-test): over them -> 413.
const LIMIT = {
  catalog: 10 * MB, // Quarkus default quarkus.http.limits.max-body-size
  attainment: Number(process.env.ATTAINMENT_MAX_BODY_BYTES ?? 4 * MB),
  demand: Number(process.env.DEMAND_IMPORT_MAX_BYTES ?? 5 * MB),
  demandHttp: 8 * MB, // DEMAND_HTTP_MAX_BODY=8M
};

// ---- value generators ------------------------------------------------------------------------------------------
const HUGE = 'A'.repeat(MB);
// Strange strings go into constrained fields (ids, codes, enums, dates), where none of them can be valid.
const STRANGE = {
  'empty string': '',
  'whitespace only': '   ',
  'emoji': 'credential-😀🚀',
  'RTL override': 'abc\u202Edef',
  'Hebrew/Arabic': 'שלום-مرحبا',
  'combining marks': 'Z̸̢͖a̶l̵g̷o',
  'NUL byte': 'a\u0000b',
  'SQL injection': "x'; drop table credential; --",
  'SQL tautology': "' or '1'='1",
  'script tag': '<script>alert(1)</script>',
  'template': '${jndi:ldap://127.0.0.1/a}',
  'path traversal': '../../etc/passwd',
};
// Raw JSON number literals, written into the body text as-is.
const INTEGER_BAD = {
  'negative': '-1',
  'fractional': '2.5',
  'overflow 1e400': '1e400',
  'overflow 2^63': '9223372036854775808',
  'overflow -2^63-1': '-9223372036854775809',
  'overflow 2^31': '2147483648',
  'string': '"abc"',
  'boolean': 'true',
  'object': '{}',
};
const DECIMAL_BAD = {
  'negative': '-1000000000',
  'overflow 1e400': '1e400',
  'overflow 2^63': '9223372036854775808',
  'too many decimals': '1.23456',
  'string': '"abc"',
  'array': '[1]',
};
const BOOLEAN_BAD = { 'string': '"yes"', 'number': '1', 'array': '[]' };

// ---- JSON body mutations -------------------------------------------------------------------------------------
const clone = (v) => JSON.parse(JSON.stringify(v));
const MARK = '__RAW_VALUE__';

/** Leaves of a JSON value as [path, value]; inside arrays only the first element is walked. */
function leaves(value, path = []) {
  if (Array.isArray(value)) {
    const out = [[path, value]];
    if (value.length > 0) out.push(...leaves(value[0], [...path, 0]));
    return out;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}
function setAt(body, path, v) {
  const copy = clone(body);
  if (path.length === 0) return v;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = v;
  return copy;
}
function deleteAt(body, path) {
  const copy = clone(body);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  delete node[path.at(-1)];
  return copy;
}
/** Body text with the value at path replaced by a raw JSON literal (for 1e400, 2^63: JS cannot hold them). */
function withRaw(body, path, raw) {
  return JSON.stringify(setAt(body, path, MARK)).replace(`"${MARK}"`, raw);
}
const pathName = (path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(root)';

/**
 * Bad variants of a valid JSON body. fields: {path name -> 'int'|'decimal'|'bool'|'constrained'|'free'|'array'};
 * required: path names that must not be missing. Free-text fields get only huge and blank strings (unicode and
 * markup are legitimate in a credential's name).
 */
function jsonVariants(valid, { fields = {}, required = [] }) {
  const out = [];
  const add = (name, text) => out.push({ name, body: text });
  for (const [path, value] of leaves(valid)) {
    const name = pathName(path);
    const kind = fields[name] ?? (Array.isArray(value) ? 'array' : typeof value === 'number'
      ? (Number.isInteger(value) ? 'int' : 'decimal') : typeof value === 'boolean' ? 'bool' : 'constrained');
    if (kind === 'skip') continue;
    if (required.includes(name)) {
      add(`missing required ${name}`, JSON.stringify(deleteAt(valid, path)));
      add(`null required ${name}`, withRaw(valid, path, 'null'));
    }
    if (kind === 'array') {
      add(`${name}: object instead of array`, withRaw(valid, path, '{}'));
      add(`${name}: string instead of array`, withRaw(valid, path, '"x"'));
      continue;
    }
    if (kind === 'int') for (const [k, raw] of Object.entries(INTEGER_BAD)) add(`${name}: ${k}`, withRaw(valid, path, raw));
    if (kind === 'decimal') for (const [k, raw] of Object.entries(DECIMAL_BAD)) add(`${name}: ${k}`, withRaw(valid, path, raw));
    if (kind === 'bool') for (const [k, raw] of Object.entries(BOOLEAN_BAD)) add(`${name}: ${k}`, withRaw(valid, path, raw));
    if (kind === 'constrained' || kind === 'free') {
      add(`${name}: 1 MB string`, JSON.stringify(setAt(valid, path, HUGE)));
      add(`${name}: number instead of string`, withRaw(valid, path, '42'));
      add(`${name}: object instead of string`, withRaw(valid, path, '{"a":1}'));
    }
    if (kind === 'constrained') {
      for (const [k, s] of Object.entries(STRANGE)) {
        if (s.trim() === '' && !required.includes(name)) continue; // blank = absent, allowed in optional fields
        add(`${name}: ${k}`, JSON.stringify(setAt(valid, path, s)));
      }
    }
    if (kind === 'free' && required.includes(name)) {
      add(`${name}: empty string`, JSON.stringify(setAt(valid, path, '')));
      add(`${name}: whitespace only`, JSON.stringify(setAt(valid, path, '   ')));
    }
  }
  // Unknown fields at the top and inside the first nested object.
  if (!Array.isArray(valid)) add('unknown top-level field', JSON.stringify({ ...valid, unexpectedField: 1 }));
  const firstObject = leaves(valid).map(([p]) => p).find((p) => p.length > 1 && typeof p.at(-1) === 'string');
  if (firstObject) add('unknown nested field', JSON.stringify(setAt(valid, [...firstObject.slice(0, -1), 'unexpectedField'], 'x')));
  // Malformed and wrongly shaped JSON.
  const text = JSON.stringify(valid);
  add('malformed: truncated', text.slice(0, Math.floor(text.length / 2)));
  add('malformed: trailing garbage', `${text} }}`);
  add('malformed: single quotes', text.replaceAll('"', "'"));
  add('malformed: unquoted keys', text.replace(/"([a-zA-Z]+)":/g, '$1:'));
  add('malformed: trailing comma', text.replace(/[}\]]$/, ',$&'));
  add('malformed: comment', `/* x */ ${text}`);
  add('malformed: NaN literal', '{"x": NaN}');
  add('malformed: invalid UTF-8', Buffer.concat([Buffer.from(text.slice(0, 10)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(text.slice(10))]));
  add('malformed: binary', Buffer.from([0, 1, 2, 3, 0xff, 0x7b, 0x22]));
  add('wrong shape: null', 'null');
  add('wrong shape: number', '42');
  add('wrong shape: string', '"x"');
  add(Array.isArray(valid) ? 'wrong shape: object instead of array' : 'wrong shape: array instead of object',
    Array.isArray(valid) ? '{}' : '[]');
  if (Array.isArray(valid)) add('wrong shape: array of arrays', '[[1,2]]');
  add('deeply nested', '['.repeat(5000) + ']'.repeat(5000));
  return out;
}

/** Bad variants of a valid CSV body. numeric: column names holding numbers; constrained: id/code/enum columns. */
function csvVariants(valid, { numeric = [], constrained = [], required = [], optional = [] }) {
  const out = [];
  const add = (name, body) => out.push({ name, body });
  const [header, ...rows] = valid.trim().split('\n');
  const columns = header.split(',');
  const row = rows[0].split(',');
  const withCell = (column, value) => {
    const cells = [...row];
    cells[columns.indexOf(column)] = value;
    return `${header}\n${cells.join(',')}\n`;
  };
  add('malformed: unclosed quote', `${header}\n"${rows[0]}\n`);
  const target = constrained[0] ?? columns[0];
  add('malformed: quote inside unquoted cell', withCell(target, `a"b${row[columns.indexOf(target)]}`));
  add('malformed: extra column', `${header}\n${rows[0]},extra\n`);
  add('malformed: missing column', `${header}\n${row.slice(0, -1).join(',')}\n`);
  add('malformed: binary', Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 0x41]));
  const [beforeCell, afterCell] = withCell(target, '\u0001SPLIT\u0001').split('\u0001SPLIT\u0001');
  add('malformed: invalid UTF-8', Buffer.concat([Buffer.from(beforeCell), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(afterCell)]));
  add('header only', `${header}\n`);
  add('unknown column', `${header},unexpectedColumn\n${rows[0]},x\n`);
  add('header missing a column', `${columns.slice(1).join(',')}\n${row.slice(1).join(',')}\n`);
  add('no header', `${rows[0]}\n`);
  add('semicolon separated', `${header.replaceAll(',', ';')}\n${rows[0].replaceAll(',', ';')}\n`);
  add('1 MB cell', withCell(columns[0], HUGE));
  for (const column of numeric) {
    for (const [k, v] of Object.entries({ negative: '-1', fractional: '2.5', 'overflow 1e400': '1e400',
      'overflow 2^63': '9223372036854775808', 'not a number': 'abc', empty: '' })) {
      if (optional.includes(column) && k === 'empty') continue;
      add(`${column}: ${k}`, withCell(column, v));
    }
  }
  for (const column of constrained) {
    for (const [k, s] of Object.entries(STRANGE)) {
      if (s.includes(',') || s.includes('"')) continue;
      if (s.trim() === '' && !required.includes(column)) continue; // blank = absent, allowed in optional columns
      add(`${column}: ${k}`, withCell(column, s));
    }
    add(`${column}: quoted SQL`, withCell(column, '"x\'; drop table t; --"'));
  }
  return out;
}

function ndjsonVariants(validLines) {
  const [first, second] = validLines;
  const line = (o) => JSON.stringify(o);
  return [
    { name: 'malformed second line', body: `${line(first)}\n{"studentKey": \n` },
    { name: 'array line', body: `${line(first)}\n[1,2]\n` },
    { name: 'unknown field', body: `${line({ ...first, unexpectedField: 1 })}\n` },
    { name: 'missing studentKey', body: `${line({ ...second, studentKey: undefined })}\n` },
    { name: 'missing credential', body: `${line({ studentKey: 'k1', level: 'SECONDARY' })}\n` },
    { name: 'number instead of string', body: `${line({ ...first, level: 42 })}\n` },
    { name: 'SQL in credentialId', body: `${line({ ...first, credentialId: "x'; drop table t; --" })}\n` },
    { name: 'emoji in level', body: `${line({ ...first, level: '😀' })}\n` },
    { name: '1 MB credentialId', body: `${line({ ...first, credentialId: HUGE })}\n` },
    { name: 'JSON array document', body: `[${line(first)}]` },
    { name: 'blank lines only', body: '\n\n\n' },
    { name: 'binary', body: Buffer.from([0, 1, 0xff, 10]) },
  ];
}

// ---- the write endpoints ---------------------------------------------------------------------------------------
const credential = (id) => ({
  id, name: 'Contract Test Welder', issuer: 'American Welding Society', type: 'CERTIFICATION', clusters: ['MN'],
  occupations: ['51-4121'], secondaryAppropriate: true, requiredInStates: [],
  externalCodes: [{ system: 'NJ', code: `NJ-${id}` }], description: 'Contract test', url: 'https://example.org/c',
});
// External codes are other systems' identifiers: any text is theirs to choose.
const credentialFields = { name: 'free', issuer: 'free', description: 'free', url: 'constrained',
  'externalCodes[0].code': 'free', 'externalCodes[0].system': 'constrained' };
const credentialRequired = ['id', 'name', 'issuer', 'type', 'clusters'];
const credentialCsv = 'id,name,issuer,type,clusters,occupations,externalCodes\n'
  + `contract-csv-${suffix},Contract CSV,Issuer,CERTIFICATION,IT,15-1232,NJ:NJ-CSV-${suffix}\n`;
const approvals = { entries: [{ credentialId, status: 'APPROVED', approvedOn: '2017-07-01', reviewDue: '2020-06-30',
  incentiveAmount: 100.5 }] };
const aggregateRows = [{ credentialId, level: 'SECONDARY', subgroup: 'ALL', earned: 120 }];
const aggregateCsv = `credentialId,level,subgroup,earned\n${credentialId},SECONDARY,ALL,120\n`;
const studentCsv = 'studentKey,credentialId,level,outcome,sex,race,economicallyDisadvantaged,disability,englishLearner\n'
  + `k-${suffix},${credentialId},SECONDARY,EARNED,F,ASIAN,true,false,false\n`;
const studentLines = [
  { studentKey: `a-${suffix}`, credentialId, level: 'SECONDARY', sex: 'F' },
  { studentKey: `b-${suffix}`, credentialId, level: 'SECONDARY', race: 'BLACK' },
];
const profile = { collectsSecondary: true, collectsPostsecondary: false, vendorDataSharingAgreements: 2,
  credentialsInEssaPlan: true, incentivePolicy: true, maintainsApprovedList: true, yearsOfDataAvailable: 6,
  highSchoolEnrollment: 412000, cteConcentrators: 61000 };
const postingsCsv = `state,year,credentialId,codeSystem,code,postings\n${STATE},2016,${credentialId},,,5120\n`;
const occupationPostingsCsv = `state,year,soc,postings\n${STATE},2016,51-4121,842\n`;
const occupationsCsv = 'soc,title,medianAnnualWage,employment,projectedGrowthPct,clusters\n51-4121,Welders,47540,418200,2.0,MN\n';
const postingsJson = [{ state: STATE, year: 2016, credentialId, postings: 5120 }];
const wagesJson = [{ state: STATE, year: 2016, medianAnnualWage: 55190 }];
const occupation = { title: 'Welders, Cutters, Solderers, and Brazers', medianAnnualWage: 47540, employment: 418200,
  projectedGrowthPct: 2.0, clusters: ['MN'] };
const wages = { wages: [{ year: 2016, medianAnnualWage: 55190 }] };

const UUID_UNKNOWN = '00000000-0000-4000-8000-000000000000';
const BAD_IDS = ['abc', '-1', '1.5', '99999999999999999999', '%F0%9F%98%80', '%27%20or%201%3D1--', '%00', 'A'.repeat(2000)];
const BAD_STATES = ['ZZ', '12', 'N%20J', 'NEW-JERSEY', '%F0%9F%98%80', '%27or1%3D1', 'nj%00', 'A'.repeat(2000)];

/**
 * Every write endpoint, keyed "METHOD /template" as in /q/openapi. json/csv/ndjson: the valid body the
 * variants start from; paths: wrong path-parameter values; headers: auth and preconditions.
 */
function endpoints(fixture) {
  const sub = `/api/v1/states/${STATE}/submissions?schoolYear=${SCHOOL_YEAR}`;
  return {
    'POST /api/v1/credentials': { service: 'catalog', path: '/api/v1/credentials', token: admin,
      json: { valid: credential(`contract-new-${suffix}`), fields: credentialFields, required: credentialRequired } },
    'POST /api/v1/credentials/imports': { service: 'catalog', path: '/api/v1/credentials/imports', token: admin,
      json: { valid: [credential(`contract-imp-${suffix}`)], fields: Object.fromEntries(Object.entries(credentialFields).map(([k, v]) => [`[0].${k}`, v])),
        required: credentialRequired.map((f) => `[0].${f}`) },
      csv: { valid: credentialCsv, numeric: [], constrained: ['id', 'type', 'clusters', 'occupations'], required: ['id', 'type', 'clusters'] } },
    'PUT /api/v1/credentials/{id}': { service: 'catalog', path: `/api/v1/credentials/${credentialId}`, token: admin,
      headers: { 'If-Match': fixture.etag },
      json: { valid: { ...credential(credentialId), name: 'Renamed by a bad input' }, fields: { ...credentialFields, id: 'skip' },
        required: credentialRequired.filter((f) => f !== 'id') },
      paths: BAD_IDS.map((id) => `/api/v1/credentials/${id}`),
      extra: [
        { name: 'missing If-Match', headers: { 'If-Match': undefined } },
        { name: 'malformed If-Match', headers: { 'If-Match': 'not-an-etag' } },
        { name: 'If-Match 2^63', headers: { 'If-Match': '"9223372036854775808"' } },
        { name: 'If-Match negative', headers: { 'If-Match': '"-1"' } },
        { name: 'If-Match 1 KB', headers: { 'If-Match': `"${'9'.repeat(1024)}"` } },
        { name: 'body id differs from path', body: JSON.stringify(credential(`other-${suffix}`)) },
      ] },
    'DELETE /api/v1/credentials/{id}': { service: 'catalog', method: 'DELETE', path: `/api/v1/credentials/${credentialId}`,
      token: admin, bodyless: true, paths: [...BAD_IDS.map((id) => `/api/v1/credentials/${id}`), `/api/v1/credentials/unknown-${suffix}`],
      extra: [
        { name: 'stale If-Match', headers: { 'If-Match': '"999"' } },
        { name: 'malformed If-Match', headers: { 'If-Match': 'garbage' } },
        { name: 'If-Match 2^63', headers: { 'If-Match': '"9223372036854775808"' } },
        { name: 'If-Match fractional', headers: { 'If-Match': '"1.5"' } },
      ] },
    'PUT /api/v1/states/{state}/approved-credentials': { service: 'catalog', path: `/api/v1/states/${STATE}/approved-credentials`,
      token: admin, json: { valid: { entries: [...approvals.entries, { credentialId: `unknown-${suffix}`, status: 'APPROVED' }] },
        fields: { 'entries[0].approvedOn': 'constrained', 'entries[0].reviewDue': 'constrained' }, required: ['entries', 'entries[0].credentialId', 'entries[0].status'] },
      paths: BAD_STATES.map((s) => `/api/v1/states/${s}/approved-credentials`),
      extra: [{ name: 'duplicate entries', body: JSON.stringify({ entries: [approvals.entries[0], approvals.entries[0]] }) },
        { name: 'review before approval', body: JSON.stringify({ entries: [{ ...approvals.entries[0], reviewDue: '2016-01-01' }] }) },
        { name: 'incentive over 1,000,000', body: JSON.stringify({ entries: [{ ...approvals.entries[0], incentiveAmount: 1000001 }] }) },
        { name: 'impossible date', body: JSON.stringify({ entries: [{ ...approvals.entries[0], approvedOn: '2017-02-30' }] }) }] },
    'PUT /api/v1/states/{state}/profile': { service: 'attainment', path: `/api/v1/states/${STATE}/profile?schoolYear=${SCHOOL_YEAR}`,
      token: submitter, json: { valid: { ...profile, cteConcentrators: 500000 }, required: ['collectsSecondary', 'collectsPostsecondary',
        'vendorDataSharingAgreements', 'credentialsInEssaPlan', 'incentivePolicy', 'maintainsApprovedList'] },
      paths: [...BAD_STATES.map((s) => `/api/v1/states/${s}/profile?schoolYear=${SCHOOL_YEAR}`),
        ...['17-18', '2017-19', '-2017-18', '9999999999-00', '%F0%9F%98%80', ''].map((y) => `/api/v1/states/${STATE}/profile?schoolYear=${y}`),
        `/api/v1/states/${STATE}/profile`] },
    'POST /api/v1/states/{state}/submissions': { service: 'attainment', path: sub, token: submitter,
      json: { valid: [...aggregateRows, { credentialId: `unknown-${suffix}`, level: 'SECONDARY', subgroup: 'ALL', earned: 1 }],
        fields: { '[0].earned': 'int' }, required: ['[0].credentialId', '[0].level', '[0].earned'] },
      csv: { valid: aggregateCsv, numeric: ['earned'], constrained: ['credentialId', 'level', 'subgroup'], required: ['credentialId', 'level'] },
      csvStudent: { valid: studentCsv, numeric: [], constrained: ['credentialId', 'level', 'outcome', 'sex', 'race', 'economicallyDisadvantaged'], required: ['credentialId', 'level'] },
      ndjson: studentLines,
      paths: [...BAD_STATES.map((s) => `/api/v1/states/${s}/submissions?schoolYear=${SCHOOL_YEAR}`),
        ...['2017-19', '1800-01', '%F0%9F%98%80', ''].map((y) => `/api/v1/states/${STATE}/submissions?schoolYear=${y}`),
        `/api/v1/states/${STATE}/submissions`, `${sub}&mode=sometimes`, `${sub}&dryRun=maybe`, `${sub}&dryRun=1.5`],
      extra: [{ name: 'malformed Idempotency-Key', headers: { 'Idempotency-Key': 'x'.repeat(1000) } },
        { name: 'another state in the path than the token', path: `/api/v1/states/NJ/submissions?schoolYear=${SCHOOL_YEAR}` }] },
    'POST /api/v1/states/{state}/submissions/{id}/withdraw': { service: 'attainment', method: 'POST', bodyless: true, token: submitter,
      path: `/api/v1/states/${STATE}/submissions/${UUID_UNKNOWN}/withdraw`,
      paths: [...BAD_IDS.map((id) => `/api/v1/states/${STATE}/submissions/${id}/withdraw`),
        ...BAD_STATES.map((s) => `/api/v1/states/${s}/submissions/${UUID_UNKNOWN}/withdraw`)] },
    'POST /api/v1/demand/imports': { service: 'demand', path: '/api/v1/demand/imports?kind=credential-postings', token: demandAdmin,
      json: { valid: [...postingsJson, { state: 'ZZ', year: 2016, credentialId, postings: 1 }], required: ['[0].state', '[0].year', '[0].postings'] },
      csv: { valid: postingsCsv, numeric: ['year', 'postings'], constrained: ['state', 'credentialId'], required: ['state'] },
      csvOccupations: { path: '/api/v1/demand/imports?kind=occupations', valid: occupationsCsv, numeric: ['medianAnnualWage', 'employment'],
        optional: ['medianAnnualWage', 'employment'], constrained: ['soc', 'clusters'], required: ['soc'] },
      csvOccupationPostings: { path: '/api/v1/demand/imports?kind=occupation-postings', valid: occupationPostingsCsv, numeric: ['year', 'postings'], constrained: ['state', 'soc'], required: ['state', 'soc'] },
      jsonWages: { path: '/api/v1/demand/imports?kind=state-wages', valid: wagesJson, required: ['[0].state', '[0].year', '[0].medianAnnualWage'] },
      paths: ['unknown-kind', '', '%F0%9F%98%80', "x'%20or%201=1"].map((k) => `/api/v1/demand/imports?kind=${k}`) },
    'PUT /api/v1/occupations/{soc}': { service: 'demand', path: '/api/v1/occupations/51-4121', token: demandAdmin,
      json: { valid: occupation, fields: { title: 'free', projectedGrowthPct: 'decimal', 'clusters[0]': 'constrained' }, required: ['title'] },
      paths: ['abc', '51-41211', '514121', '-1', '1.5', '%F0%9F%98%80', "51-4121'%20or%201=1", 'A'.repeat(2000)].map((s) => `/api/v1/occupations/${s}`),
      extra: [{ name: 'growth below -100', body: JSON.stringify({ ...occupation, projectedGrowthPct: -100.01 }) },
        { name: 'growth over 9999.99', body: JSON.stringify({ ...occupation, projectedGrowthPct: 10000 }) }] },
    'PUT /api/v1/states/{state}/wages': { service: 'demand', path: `/api/v1/states/${STATE}/wages`, token: demandAdmin,
      json: { valid: { wages: [...wages.wages, { year: 1800, medianAnnualWage: 1 }] }, required: ['wages', 'wages[0].year', 'wages[0].medianAnnualWage'] },
      paths: BAD_STATES.map((s) => `/api/v1/states/${s}/wages`),
      extra: [{ name: 'same year twice', body: JSON.stringify({ wages: [wages.wages[0], wages.wages[0]] }) }] },
    // No body, no parameters: nothing a client can get wrong but the token (issue 8's security sweep covers that).
    'POST /api/v1/admin/rebuild': { service: 'alignment', bodyless: true, noInput: true },
    'POST /api/v1/admin/rescore': { service: 'alignment', bodyless: true, noInput: true },
  };
}

/** The inputs for one endpoint: {name, path, headers, body}. */
function inputsOf(ep) {
  const inputs = [];
  const authHeaders = { Authorization: `Bearer ${ep.token}`, Accept: 'application/json', ...(ep.headers ?? {}) };
  const add = (name, { path = ep.path, contentType, body, headers = {} }) => {
    const h = { ...authHeaders, ...(contentType ? { 'Content-Type': contentType } : {}), ...headers };
    for (const k of Object.keys(h)) if (h[k] === undefined) delete h[k];
    inputs.push({ name, path, headers: h, body });
  };
  const validJson = ep.json && JSON.stringify(ep.json.valid);
  if (ep.json) {
    for (const v of jsonVariants(ep.json.valid, ep.json)) add(`json ${v.name}`, { contentType: 'application/json', body: v.body });
    for (const ct of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
      'application/json-patch+json', 'image/png']) add(`content type ${ct}`, { contentType: ct, body: validJson });
    if (ep.csv || ep.ndjson) add('no content type', { body: validJson });
    add('json empty body', { contentType: 'application/json', body: '' });
    add('json empty body, no content length', { contentType: 'application/json' });
    add('json whitespace body', { contentType: 'application/json', body: '  \n ' });
    if (!ep.csv) add('csv body on a JSON endpoint', { contentType: 'text/csv', body: 'a,b\n1,2\n' });
  }
  for (const key of ['jsonWages']) {
    if (ep[key]) for (const v of jsonVariants(ep[key].valid, ep[key])) add(`${key} ${v.name}`, { path: ep[key].path, contentType: 'application/json', body: v.body });
  }
  for (const key of ['csv', 'csvStudent', 'csvOccupations', 'csvOccupationPostings']) {
    if (!ep[key]) continue;
    const path = ep[key].path ?? ep.path;
    for (const v of csvVariants(ep[key].valid, ep[key])) add(`${key} ${v.name}`, { path, contentType: 'text/csv', body: v.body });
    add(`${key} empty body`, { path, contentType: 'text/csv', body: '' });
    add(`${key} JSON labelled as CSV`, { path, contentType: 'text/csv', body: '[{"a": 1}]' });
    add(`${key} CSV labelled as JSON`, { path, contentType: 'application/json', body: ep[key].valid });
  }
  if (ep.ndjson) {
    for (const v of ndjsonVariants(ep.ndjson)) add(`ndjson ${v.name}`, { contentType: 'application/x-ndjson', body: v.body });
    add('ndjson empty body', { contentType: 'application/x-ndjson', body: '' });
  }
  for (const path of ep.paths ?? []) {
    const body = ep.bodyless ? undefined : validJson ?? ep.csv?.valid;
    add(`path/query ${decodeURIComponent(path.slice(0, 120).replace(/%(?![0-9A-F]{2})/g, '%25'))}`,
      { path, contentType: ep.bodyless ? undefined : ep.json ? 'application/json' : 'text/csv', body });
  }
  for (const x of ep.extra ?? []) {
    add(`extra ${x.name}`, { path: x.path ?? ep.path, contentType: ep.bodyless ? undefined : 'application/json',
      body: x.body ?? (ep.bodyless ? undefined : validJson), headers: x.headers });
  }
  if (!ep.bodyless) {
    const limit = ep.service === 'catalog' ? LIMIT.catalog : ep.service === 'attainment' ? LIMIT.attainment
      : ep.path.startsWith('/api/v1/demand/imports') ? LIMIT.demand : LIMIT.demandHttp;
    const padding = 'x'.repeat(limit + MB);
    add(`body over the ${limit / MB} MB limit (JSON)`, { contentType: 'application/json', body: `{"padding":"${padding}"}` });
    if (ep.csv) add(`body over the ${limit / MB} MB limit (CSV)`, { contentType: 'text/csv', body: `${ep.csv.valid}${padding}\n` });
  }
  return inputs;
}

// ---- run --------------------------------------------------------------------------------------------------------
async function createFixtures() {
  const created = await json('catalog', 'POST', '/api/v1/credentials', admin, credential(credentialId));
  if (created.status !== 201) throw new Error(`fixture credential: ${created.status} ${created.body}`);
  const ok = await eventually(60, async () => {
    const r = await json('attainment', 'POST', `/api/v1/states/${STATE}/submissions?schoolYear=${SCHOOL_YEAR}&dryRun=true`,
      submitter, aggregateRows);
    return r.status >= 200 && r.status < 300;
  });
  if (!ok) throw new Error('the fixture credential never reached attainment-service');
  return { etag: created.headers.etag };
}

/** Waits until no table changes for 2 s (events from the fixtures consumed everywhere). */
async function quiet() {
  let last = JSON.stringify(tableCounts());
  for (let stable = 0, rounds = 0; stable < 4 && rounds < 120; rounds++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = JSON.stringify(tableCounts());
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

const isProblem = (res) => res.contentType.split(';')[0].trim() === 'application/problem+json';

async function main() {
  const t0 = Date.now();
  const fixture = await createFixtures();
  await quiet();
  const totals = { inputs: 0, client: 0, server: 0, other: 0, notProblem: 0, partial: 0 };
  const perService = {};
  const failures = [];
  for (const [key, ep] of Object.entries(endpoints(fixture))) {
    ep.method ??= key.split(' ')[0];
    if (ep.noInput) {
      log(TAG, `${key}: no body and no parameters, nothing to sweep`);
      continue;
    }
    const inputs = inputsOf(ep);
    const before = tableCounts();
    const readsBefore = await resourceReads();
    for (const input of inputs) {
      const res = await send(ep.service, ep.method, input.path, { headers: input.headers, body: input.body });
      totals.inputs++;
      perService[ep.service] = (perService[ep.service] ?? 0) + 1;
      const where = `${key} [${input.name}] -> ${res.status}`;
      if (res.status >= 400 && res.status < 500) {
        totals.client++;
        if (!isProblem(res)) { totals.notProblem++; failures.push(`${where} with Content-Type '${res.contentType}' (not problem+json): ${res.body.slice(0, 160)}`); }
      } else if (res.status >= 500) {
        totals.server++; failures.push(`${where} SERVER ERROR: ${res.body.slice(0, 200)}`);
      } else {
        totals.other++; failures.push(`${where} (bad input not refused): ${res.body.slice(0, 200)}`);
      }
    }
    const grown = allowedGrowth(key, grownTables(before, tableCounts()));
    const readsAfter = await resourceReads();
    const changed = Object.keys(readsBefore).filter((k) => readsBefore[k] !== readsAfter[k])
      .map((k) => `${k}: ${readsBefore[k].slice(0, 300)} => ${readsAfter[k].slice(0, 300)}`);
    if (grown.length || changed.length) {
      totals.partial++;
      failures.push(`${key}: PARTIAL WRITE after ${inputs.length} bad inputs: tables grown [${grown.join(', ')}], reads changed [${changed.join(', ')}]`);
    }
    log(TAG, `${key}: ${inputs.length} inputs`);
  }
  for (const f of failures) log(TAG, `FAIL ${f}`);
  const summary = `inputs tried ${totals.inputs} (${Object.entries(perService).map(([s, n]) => `${s} ${n}`).join(', ')}); `
    + `4xx ${totals.client}; 5xx ${totals.server}; 2xx/3xx ${totals.other}; 4xx without problem+json ${totals.notProblem}; `
    + `partial writes ${totals.partial}; ${((Date.now() - t0) / 1000).toFixed(1)}s`;
  log(TAG, summary);
  console.log(JSON.stringify({ part: 'bad-input', ...totals, perService, failures: failures.length }));
  process.exit(failures.length ? 1 : 0);
}

/**
 * Rejected submissions are stored as REJECTED with their report (the submitter can read why), by design:
 * those two tables may grow, everything else (accepted data, outbox events) must not.
 */
function allowedGrowth(key, grown) {
  if (!key.includes('/submissions')) return grown;
  return grown.filter((g) => !/^attainment\.(submission|submission_issue|idempotency_key)\b/.test(g));
}

/** The public reads a partial write would show up in (the fixture's state, credential, occupation). */
async function resourceReads() {
  const reads = {
    credential: ['catalog', `/api/v1/credentials/${credentialId}`],
    credentials: ['catalog', '/api/v1/credentials?size=1'],
    approvals: ['catalog', `/api/v1/states/${STATE}/approved-credentials`],
    profile: ['attainment', `/api/v1/states/${STATE}/profile?schoolYear=${SCHOOL_YEAR}`],
    attainment: ['attainment', `/api/v1/states/${STATE}/attainment?schoolYear=${SCHOOL_YEAR}`],
    occupation: ['demand', '/api/v1/occupations/51-4121'],
    occupations: ['demand', '/api/v1/occupations?size=1'],
    wages: ['demand', `/api/v1/states/${STATE}/wages`],
    demand: ['demand', `/api/v1/states/${STATE}/demand?year=2016`],
  };
  // Rejected submissions are kept with their report; any other status would be data taken in.
  const out = { submissions: sql('attainment', "select status || '=' || count(*) from submission where status <> 'REJECTED' group by status order by status") };
  for (const [name, [service, path]] of Object.entries(reads)) {
    const r = await json(service, 'GET', path);
    out[name] = `${r.status} ${r.body}`;
  }
  return out;
}

main().catch((e) => { log(TAG, `ERROR ${e.stack}`); process.exit(2); });
