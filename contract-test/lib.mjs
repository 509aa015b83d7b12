// Shared helpers of the contract tests: raw HTTP (so malformed and oversized bodies go out exactly as written),
// development tokens, and a row count of every table of the four databases (the partial-write check).
import http from 'node:http';
import { execFileSync } from 'node:child_process';

export const ROOT = new URL('../', import.meta.url).pathname;
export const SERVICES = {
  catalog: { port: Number(process.env.CATALOG_HTTP_PORT ?? 18081), db: 'catalog' },
  attainment: { port: Number(process.env.ATTAINMENT_HTTP_PORT ?? 18082), db: 'attainment' },
  demand: { port: Number(process.env.DEMAND_HTTP_PORT ?? 18083), db: 'demand' },
  alignment: { port: Number(process.env.ALIGNMENT_HTTP_PORT ?? 18084), db: 'alignment' },
};
export const base = (service) => `http://127.0.0.1:${SERVICES[service].port}`;

/** One development token per role/state, from deploy/local/token (a JVM start each, so cached). */
const tokens = new Map();
export function token(role, state) {
  const key = `${role}/${state ?? ''}`;
  if (!tokens.has(key)) {
    const args = state ? [role, state] : [role];
    tokens.set(key, execFileSync(`${ROOT}deploy/local/token`, args, { encoding: 'utf8' }).trim());
  }
  return tokens.get(key);
}

/**
 * Sends exactly the given bytes. Resolves {status, contentType, body, headers}; a server that answers and then
 * closes the connection while a large body is still going out still counts as an answer.
 */
export function send(service, method, path, { headers = {}, body, timeoutMs = 30000 } = {}) {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return new Promise((resolve) => {
    let settled = false;
    const done = (value) => { if (!settled) { settled = true; resolve(value); } };
    const req = http.request({
      host: '127.0.0.1', port: SERVICES[service].port, method, path,
      headers: { ...(payload ? { 'Content-Length': payload.length } : {}), ...headers },
      timeout: timeoutMs,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({
        status: res.statusCode, contentType: res.headers['content-type'] ?? '', headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', () => done({ status: res.statusCode, contentType: res.headers['content-type'] ?? '',
        headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => { req.destroy(); done({ status: 0, contentType: '', body: 'timeout', headers: {} }); });
    req.on('error', (e) => done({ status: 0, contentType: '', body: `connection error: ${e.code ?? e.message}`,
      headers: {} }));
    if (payload) req.end(payload); else req.end();
  });
}

export async function json(service, method, path, tokenValue, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  if (tokenValue) headers.Authorization = `Bearer ${tokenValue}`;
  if (body !== undefined) headers['Content-Type'] = headers['Content-Type'] ?? 'application/json';
  const res = await send(service, method, path, {
    headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  try { res.json = JSON.parse(res.body); } catch { res.json = undefined; }
  return res;
}

/** Row count of every table in every service database ("db.table" -> count), from one psql call. */
export function tableCounts() {
  const pg = process.env.CREDALIGN_PG_PORT ?? '55432';
  const counts = {};
  for (const { db } of Object.values(SERVICES)) {
    const sql = `select table_name || '=' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
      table_schema, table_name), false, true, '')))[1]::text from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'`;
    const out = execFileSync('psql', ['-h', '127.0.0.1', '-p', pg, '-U', 'postgres', '-d', db, '-At', '-c', sql],
      { encoding: 'utf8', env: { ...process.env, PGPASSWORD: process.env.CREDALIGN_DB_PASSWORD ?? 'postgres' } });
    for (const line of out.trim().split('\n').filter(Boolean)) {
      const [table, n] = line.split('=');
      counts[`${db}.${table}`] = Number(n);
    }
  }
  return counts;
}

/** One psql query's rows (unaligned, '|' between columns) against a service database. */
export function sql(db, query) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-p', process.env.CREDALIGN_PG_PORT ?? '55432', '-U', 'postgres',
    '-d', db, '-At', '-c', query],
  { encoding: 'utf8', env: { ...process.env, PGPASSWORD: process.env.CREDALIGN_DB_PASSWORD ?? 'postgres' } }).trim();
}

/** Tables whose row count grew between two snapshots (rows only ever added by a write). */
export function grownTables(before, after) {
  return Object.keys(after).filter((t) => after[t] > (before[t] ?? 0)).map((t) => `${t} ${before[t] ?? 0}->${after[t]}`);
}

export async function eventually(seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 300));
  }
}

export const log = (tag, ...msg) => console.error(`[${tag}]`, ...msg);
