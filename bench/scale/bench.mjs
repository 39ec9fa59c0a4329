// Scale benchmark: what one reader's page, one API window, one deep link and one create cost as a timeline
// grows. Not a test: it measures, prints a Markdown table and writes target/results.json.
//
//   ./mvnw -q -pl timeline-web -am package -DskipTests        (H2, the default build)
//   node bench/scale/bench.mjs [sizes] [runs]                  e.g. node bench/scale/bench.mjs 1000,10000,100000 21
//
//   ./mvnw -q -pl timeline-web -am package -DskipTests -Ppostgresql
//   BENCH_DB=postgresql node bench/scale/bench.mjs 1000,100000  (databases scale_bench_N on 127.0.0.1:5432;
//                                                                 BENCH_PG_PREFIX names them otherwise)
//
// For each size a fresh database: the packaged application creates the schema (Flyway), then one SQL
// statement generates the milestones in the database itself (H2's system_range, PostgreSQL's
// generate_series), with an editor account and an API token; then the application starts on 127.0.0.1
// and every address is asked WARM times before RUNS timed requests, of which the median is reported.
// The milestones spread over 30 years, so a big timeline has many on one day: ties the reader's order settles.
// The memory of rendered pages is off (BENCH_CACHE sets its bytes), so every request renders. Besides the
// window and the page by offset, the window and the page "&after=" the milestone before the middle: what the
// pager's and the API's next links ask for (a build without keyset windows reads them by the offset).
// Only Node's own modules are used (fetch, child_process, crypto).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, stopApp } from '../app.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
// BENCH_APP: a copy of the packaged application, so that a build running meanwhile cannot replace its jars.
const APP = process.env.BENCH_APP || join(ROOT, 'timeline-web/target/quarkus-app');
const WORK = join(HERE, 'target');
const SIZES = (process.argv[2] || '1000,100000').split(',').map(Number);
const RUNS = +(process.argv[3] || 21);
const WARM = +(process.env.BENCH_WARM || 40);
const DB = process.env.BENCH_DB || 'h2';
const PORT = +(process.env.BENCH_PORT || 18300);
const BASE = `http://127.0.0.1:${PORT}`;
const FIRST_DAY = 10957; // 2000-01-01
const SPAN = 10957;      // 30 years
const KINDS = ['STATEMENT', 'PHONE_CALL', 'VISIT', 'MEETING', 'NEGOTIATION', 'AGREEMENT', 'SANCTIONS', 'MILITARY_ACTION'];
const ACTORS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];
const TOKEN = 'tl_benchscale_' + 'x'.repeat(40);
// DomainMapping.dateOrder of a plain day: precision DAY (8), no time, not approximate, no end.
const DAY_ORDER = '080000000';
const H2_CHUNK = 50000;

/** The day milestone x starts on: spread by a multiplier prime to the span, so neighbours in id are far apart in time. */
const startOf = x => FIRST_DAY + (x * 7919) % SPAN;

function sql(n) {
  const h2 = DB === 'h2';
  // H2 keeps every row a statement inserts until it commits, in the file itself: one statement for a million
  // milestones grew the file by some 3 GB a minute. So on H2 the rows go in 50,000 at a time, each its own commit.
  const step = h2 ? H2_CHUNK : n;
  const ranges = [];
  for (let from = 1; from <= n; from += step) ranges.push([from, Math.min(n, from + step - 1)]);
  const rows = ([from, to]) => h2 ? `system_range(${from}, ${to})` : `generate_series(cast(${from} as bigint), ${to}) as g(x)`;
  const iso = h2 ? `cast(dateadd(day, ${FIRST_DAY} + mod(x * 7919, ${SPAN}), date '1970-01-01') as varchar)`
    : `to_char(date '1970-01-01' + (${FIRST_DAY} + mod(x * 7919, ${SPAN}))::int, 'YYYY-MM-DD')`;
  const kind = `case mod(x, ${KINDS.length}) ${KINDS.map((k, i) => `when ${i} then '${k}'`).join(' ')} end`;
  const out = [];
  ACTORS.forEach((a, i) => out.push(`insert into actor (id, slug, name, type) values (${i + 1}, '${a}', '${a[0].toUpperCase() + a.slice(1)}', 'PERSON');`));
  out.push(`insert into timeline (id, slug, title, description, created_at, updated_at, version) values (1, 'scale', 'Scale, ${n} milestones', 'A generated timeline.', current_timestamp, current_timestamp, 0);`);
  for (const range of ranges) {
    out.push(`insert into milestone (id, timeline_id, slug, headline, summary, date_value, date_precision, date_approximate, start_day, end_day, date_order, status, kind, importance, version, published)
      select x, 1, 'm-' || x, 'Milestone ' || x || ': envoys meet on the border', 'Talks on the grain corridor and a prisoner exchange, number ' || x || '.',
      ${iso}, 'DAY', false, ${FIRST_DAY} + mod(x * 7919, ${SPAN}), ${FIRST_DAY} + mod(x * 7919, ${SPAN}) + 1, '${DAY_ORDER}', 'OCCURRED', ${kind}, 1 + mod(x, 3), 0, true from ${rows(range)};`);
    out.push(`insert into milestone_actor (milestone_id, position, actor_id) select x, 0, 1 + mod(x, ${ACTORS.length}) from ${rows(range)};`);
  }
  // The reader's counts (V24's timeline_count) are kept by the application on its own writes; rows inserted around
  // it are counted here, as TimelineCounts.recount would.
  const year = h2 ? `cast(cast(extract(year from dateadd(day, start_day, date '1970-01-01')) as int) as varchar)`
    : `cast(cast(extract(year from date '1970-01-01' + start_day::int) as int) as varchar)`;
  out.push(`insert into timeline_count (timeline_id, dimension, item, n) select 1, 'year', y, count(*) from (select ${year} as y from milestone) d group by y;`);
  const month = h2 ? `cast(cast(extract(year from dateadd(day, start_day, date '1970-01-01')) * 12 + extract(month from dateadd(day, start_day, date '1970-01-01')) - 1 as int) as varchar)`
    : `cast(cast(extract(year from date '1970-01-01' + start_day::int) * 12 + extract(month from date '1970-01-01' + start_day::int) - 1 as int) as varchar)`;
  out.push(`insert into timeline_count (timeline_id, dimension, item, n) select 1, 'month', m, count(*) from (select ${month} as m from milestone) d group by m;`);
  out.push(`insert into timeline_count (timeline_id, dimension, item, n) select 1, 'kind', kind, count(*) from milestone group by kind;`);
  out.push(`insert into timeline_count (timeline_id, dimension, item, n) select 1, 'actor', cast(actor_id as varchar), count(*) from milestone_actor group by actor_id;`);
  out.push(h2 ? `alter sequence milestone_seq restart with ${n + 1000};` : `select setval('milestone_seq', ${n + 1000});`);
  out.push(`insert into account (id, username, display_name, password_hash, role, enabled, created_at, version) values (1, 'bench', 'Bench', 'none', 'EDITOR', true, current_timestamp, 0);`);
  out.push(`insert into api_token (id, account_id, name, prefix, token_hash, created_at) values (1, 1, 'bench', '${TOKEN.slice(0, 13)}', '${createHash('sha256').update(TOKEN).digest('hex')}', current_timestamp);`);
  return out.join('\n') + '\n';
}

function startScaleApp(db) {
  return startApp(APP, { QUARKUS_HTTP_HOST: '127.0.0.1', QUARKUS_HTTP_PORT: String(PORT), TIMELINE_DEMO_ENABLED: 'false',
    QUARKUS_DATASOURCE_JDBC_URL: db.url, QUARKUS_DATASOURCE_USERNAME: db.user,
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY: 'bench-only-key-bench-only-key-bench-only-key',
    // Rendered pages are kept in memory until the timeline changes: the same address asked again would measure the
    // memory, not the page. Off unless BENCH_CACHE is given (bytes), so every request renders.
    TIMELINE_READER_CACHE_MAX_BYTES: process.env.BENCH_CACHE || '0' }, ['-Xmx2g']);
}

function database(n) {
  if (DB === 'h2') {
    const file = join(WORK, `db-${n}/timeline`);
    return { url: `jdbc:h2:file:${file}`, user: 'sa', load: script => {
      const h2 = readdirSync(join(APP, 'lib/main')).find(f => /^com\.h2database\.h2-.*\.jar$/.test(f));
      execFileSync('java', ['-cp', join(APP, 'lib/main', h2), 'org.h2.tools.RunScript', '-url', `jdbc:h2:file:${file}`,
        '-user', 'sa', '-script', script]);
    } };
  }
  const name = `${process.env.BENCH_PG_PREFIX || 'scale_bench_'}${n}`;
  const pg = ['-h', '127.0.0.1', '-U', 'postgres'];
  execFileSync('dropdb', [...pg, '--if-exists', name]);
  execFileSync('createdb', [...pg, name]);
  return { url: `jdbc:postgresql://127.0.0.1:5432/${name}`, user: 'postgres', load: script => {
    execFileSync('psql', [...pg, '-q', '-v', 'ON_ERROR_STOP=1', '-d', name, '-f', script]);
    execFileSync('psql', [...pg, '-q', '-d', name, '-c', 'vacuum analyze']);
  } };
}

async function timed(request) {
  const t = process.hrtime.bigint();
  const response = await request();
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${body.slice(0, 300)}`);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: body.length };
}

const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** The generated milestones in the reader's order: first day, importance, headline, slug (the generated dates tie on the rest). */
function readerOrder(n) {
  const headline = x => `Milestone ${x}: envoys meet on the border`;
  const order = Array.from({ length: n }, (_, i) => i + 1);
  const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  order.sort((a, b) => startOf(a) - startOf(b) || (a % 3) - (b % 3) || cmp(headline(a), headline(b)) || cmp(`m-${a}`, `m-${b}`));
  return order;
}

async function measure(n) {
  // The milestone the reader's order puts last but for ties: a deep link near the end of the timeline.
  let last = 1;
  for (let x = 2; x <= n; x++) if (startOf(x) >= startOf(last)) last = x;
  // The milestone just before the middle: what a window from the middle follows ("after"), as the pager's and the
  // API's "next" links give it. A build that does not know "after" reads the same window by its offset.
  const middle = Math.floor(n / 2);
  const beforeMiddle = readerOrder(n)[middle - 1];
  let created = 0;
  const create = () => fetch(`${BASE}/api/editor/timelines/scale/milestones`, { method: 'POST',
    headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ headline: `Created ${++created}`, slug: `created-${created}`, date: '2014-03-18', kind: 'statement' }) });
  const requests = {
    page: () => fetch(`${BASE}/timelines/scale`),
    window: () => fetch(`${BASE}/api/timelines/scale/milestones?offset=${middle}`),
    windowAfter: () => fetch(`${BASE}/api/timelines/scale/milestones?offset=${middle}&after=m-${beforeMiddle}`),
    pageAfter: () => fetch(`${BASE}/timelines/scale?offset=${middle}&after=m-${beforeMiddle}`),
    deepLink: () => fetch(`${BASE}/timelines/scale?at=m-${last}`),
    create
  };
  const row = { n };
  for (const [name, request] of Object.entries(requests)) {
    for (let i = 0; i < WARM; i++) await timed(request);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(request));
    row[name] = median(runs.map(r => r.ms));
  }
  return row;
}

async function main() {
  if (!existsSync(join(APP, 'quarkus-run.jar'))) throw new Error('Build the application first: ./mvnw -q -pl timeline-web -am package -DskipTests');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const results = [];
  for (const n of SIZES) {
    const db = database(n);
    await stopApp(await startScaleApp(db));
    const script = join(WORK, `scale-${n}.sql`);
    writeFileSync(script, sql(n));
    const loading = Date.now();
    db.load(script);
    const app = await startScaleApp(db);
    try {
      const row = { ...(await measure(n)), loadSeconds: (Date.now() - loading) / 1000 };
      results.push(row);
      console.error(JSON.stringify(row));
    } finally {
      await stopApp(app);
    }
  }
  writeFileSync(join(WORK, 'results.json'), JSON.stringify({ db: DB, runs: RUNS, warm: WARM, results }, null, 2));
  const ms = v => v.toFixed(1) + ' ms';
  console.log(`${DB}: median of ${RUNS} requests after ${WARM} warm-up requests each.\n`);
  const columns = ['page', 'window', 'windowAfter', 'pageAfter', 'deepLink', 'create'];
  console.log('| milestones | page | API window `?offset=` | API window `&after=` | page `&after=` | deep link `?at=` | create (token API) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(`| ${r.n.toLocaleString('en')} | ${columns.map(c => ms(r[c])).join(' | ')} |`);
  }
  const [small, big] = [results[0], results[results.length - 1]];
  if (results.length > 1) {
    console.log(`| ratio ${big.n.toLocaleString('en')} / ${small.n.toLocaleString('en')} | ${columns.map(c => (big[c] / small[c]).toFixed(2)).join(' | ')} |`);
  }
}

main().catch(e => { console.error(e); process.exit(1); });
