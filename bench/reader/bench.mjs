// Reader pages benchmark: time from navigation start to the first milestone visible, and bytes
// transferred, for timelines of 6, 200 and 2,000 milestones, our page and TimelineJS 3.9.11 side by side
// in one headless Chromium run. Not a test: it measures, prints a Markdown table and writes results.json.
//
//   ./mvnw -q -pl timeline-web -am package -DskipTests   (builds timeline-web/target/quarkus-app)
//   cd bench/reader && npm ci && node bench.mjs [runs]
//
// BASE_APP=/path/to/another/quarkus-app adds that build (say, the main branch's) to the same run, on its own
// copy of the database, so a change is measured side by side with what it changes. For each page of ours the
// bench also drives the axis (zoom in and out by key, pan by key and wheel, 12 steps) and reports the main
// thread's script, style and layout time for it (Chrome's Performance metrics): the axis's layout time.
// TimelineJS is loaded up to 2,000 milestones; at 10,000 it takes minutes.
//
// The same generated milestones reach both: as SQL loaded into a fresh H2 file the packaged application
// starts on, and as TimelineJS JSON served with TimelineJS's own files by a small static server. Both
// servers listen on 127.0.0.1 only, both gzip text, and the browser aborts every request that would leave
// the machine (TimelineJS asks for nothing external with these options; the count is reported anyway).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join, extname, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApp, stopApp } from '../app.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const APP = process.env.APP || join(ROOT, 'timeline-web/target/quarkus-app'); // APP: another copy of the build
const WORK = join(HERE, 'target');
const TLJS = join(HERE, 'node_modules/@knight-lab/timelinejs/dist');
const SIZES = [6, 200, 2000, 10000];
const TLJS_MAX = 2000;
const RUNS = +(process.argv[2] || 5);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// PORT moves the three servers (the application, the static server, BASE_APP's) to PORT, PORT+1, PORT+2.
const APP_PORT = +(process.env.PORT || 18080), STATIC_PORT = APP_PORT + 1;
const BASE_APP = process.env.BASE_APP, BASE_PORT = APP_PORT + 2;
const KINDS = ['STATEMENT', 'PHONE_CALL', 'VISIT', 'MEETING', 'NEGOTIATION', 'AGREEMENT', 'SANCTIONS', 'MILITARY_ACTION'];
const ACTORS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];
const WORDS = ('talks summit minister envoy treaty border ceasefire sanctions grain pipeline vote council embassy ' +
  'delegation deadline guarantee prisoners exchange aid package statement call visit agreement').split(' ');

// --- the milestones, the same for both

function random(seed) { // mulberry32: the same timelines on every run
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function milestones(n) {
  const rnd = random(n), pick = a => a[Math.floor(rnd() * a.length)];
  const words = k => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const first = Date.UTC(2000, 0, 1) / 864e5, span = Math.max(400, n * 5);
  return Array.from({ length: n }, (_, i) => {
    const day = first + Math.floor(rnd() * span), d = new Date(day * 864e5);
    const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, dd = d.getUTCDate();
    const monthOnly = rnd() < 0.15;
    const start = monthOnly ? Date.UTC(y, m - 1, 1) / 864e5 : day;
    const end = monthOnly ? Date.UTC(y, m, 1) / 864e5 : day + 1;
    const headline = `${i + 1}: ${words(5)}`.slice(0, 110);
    return {
      slug: `m-${i + 1}`, headline, summary: `${words(22)}.`, y, m, d: monthOnly ? null : dd, start, end,
      value: monthOnly ? `${y}-${String(m).padStart(2, '0')}` : d.toISOString().slice(0, 10),
      precision: monthOnly ? 'MONTH' : 'DAY', kind: pick(KINDS), actors: [...new Set([pick(ACTORS), pick(ACTORS)])],
      importance: 1 + Math.floor(rnd() * 3)
    };
  });
}

const q = s => `'${String(s).replace(/'/g, "''")}'`;
// DomainMapping.dateOrder of a plain day or month: its precision, no time, not approximate, no end.
const DATE_ORDER = { DAY: '080000000', MONTH: '060000000' };

function sql(timelines) {
  const out = [];
  ACTORS.forEach((a, i) => out.push(`insert into actor (id, slug, name, type) values (${i + 1}, ${q(a)}, ${q(a[0].toUpperCase() + a.slice(1))}, 'PERSON');`));
  let id = 1;
  timelines.forEach(({ n, list }, t) => {
    const tid = t + 1;
    out.push(`insert into timeline (id, slug, title, description, created_at, updated_at, version) values (${tid}, 'bench-${n}', ${q(`Benchmark, ${n} milestones`)}, ${q(`A generated timeline of ${n} milestones.`)}, current_timestamp, current_timestamp, 0);`);
    for (const m of list) {
      out.push(`insert into milestone (id, timeline_id, slug, headline, summary, date_value, date_precision, date_approximate, start_day, end_day, date_order, status, kind, importance, version) values (${id}, ${tid}, ${q(m.slug)}, ${q(m.headline)}, ${q(m.summary)}, ${q(m.value)}, ${q(m.precision)}, false, ${m.start}, ${m.end}, ${q(DATE_ORDER[m.precision])}, 'OCCURRED', ${q(m.kind)}, ${m.importance}, 0);`);
      m.actors.forEach((a, p) => out.push(`insert into milestone_actor (milestone_id, position, actor_id) values (${id}, ${p}, ${ACTORS.indexOf(a) + 1});`));
      id++;
    }
  });
  return out.join('\n') + '\n';
}

function timelineJs(n, list) {
  return {
    events: list.map(m => ({
      start_date: m.d ? { year: m.y, month: m.m, day: m.d } : { year: m.y, month: m.m },
      text: { headline: m.headline, text: `<p>${m.summary}</p><p>${m.actors.join(', ')}</p>` },
      group: m.kind, unique_id: m.slug
    }))
  };
}

function timelineJsPage(n) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS, ${n} milestones</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/tljs/css/timeline.css"><script src="/tljs/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', '/data/tl-${n}.json', { script_path: location.origin + '/tljs/js/' });</script>
</body></html>`;
}

// --- servers

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2', '.png': 'image/png' };

function staticServer() {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.startsWith('/tljs/') ? join(TLJS, path.slice(6)) : join(WORK, 'static', path);
    if (!file.startsWith(TLJS) && !file.startsWith(WORK) || !existsSync(file)) { res.writeHead(404).end(); return; }
    let body = readFileSync(file);
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type };
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  }).listen(STATIC_PORT, '127.0.0.1');
}

function startReaderApp(db, app = APP, port = APP_PORT) {
  return startApp(app, { QUARKUS_HTTP_HOST: '127.0.0.1', QUARKUS_HTTP_PORT: String(port),
    QUARKUS_DATASOURCE_JDBC_URL: `jdbc:h2:file:${db}`, TIMELINE_DEMO_ENABLED: 'false' });
}

// --- measuring

const WATCH = selector => `(() => {
  const seen = () => [...document.querySelectorAll(${JSON.stringify(selector)})].some(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
      && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  });
  const check = () => { if (seen()) window.firstMilestone = performance.now(); else requestAnimationFrame(check); };
  requestAnimationFrame(check);
})()`;

// The axis driven as a reader would: zoom in four levels by key, pan by key, zoom by wheel, back to the whole
// span; each step waits two frames, so its drawing is done. Returns the main thread's busy time (script,
// style, layout) over the 12 steps, in ms.
async function drive(page, cdp) {
  const view = page.locator('.tl-axis__view');
  if (!(await view.count()) || !(await view.isVisible())) return null;
  const frames = () => page.evaluate(() => new Promise(ok => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  await cdp.send('Performance.enable');
  await view.focus();
  const before = await metrics();
  const box = await view.boundingBox();
  for (const key of ['=', '=', '=', '=', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowLeft', '-', '-']) {
    await page.keyboard.press(key);
    await frames();
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const dy of [-300, 300]) {
    await page.mouse.wheel(0, dy);
    await frames();
  }
  await page.keyboard.press('0');
  await frames();
  const after = await metrics();
  const busy = k => (after[k] - before[k]) * 1000;
  return busy('ScriptDuration') + busy('RecalcStyleDuration') + busy('LayoutDuration');
}

async function measure(browser, url, selector, axis = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let blocked = 0;
  await context.route(u => !/^(127\.0\.0\.1|localhost)$/.test(u.hostname), r => { blocked++; return r.abort(); });
  await context.addInitScript(WATCH(selector));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.firstMilestone != null, null, { timeout: 60000, polling: 50 });
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => window.firstMilestone);
  const layout = axis ? await drive(page, cdp) : null;
  await context.close();
  return { ms, bytes, blocked, layout };
}

const WARM_UP = 1000;

// A reader meets a server that has been serving for a while. The JVM compiles a hot path in background
// threads for some time after the requests that made it hot; on two cores that compiling would compete
// with the browser being measured, so the warm-up ends with a pause for it to finish.
async function warm(urls) {
  for (let i = 0; i < WARM_UP; i++) {
    for (const url of urls) await (await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
  }
  await new Promise(ok => setTimeout(ok, 3000));
}

const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

async function main() {
  if (!existsSync(join(APP, 'quarkus-run.jar'))) throw new Error('Build the application first: ./mvnw -q -pl timeline-web -am package -DskipTests');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'static/data'), { recursive: true });
  const timelines = SIZES.map(n => ({ n, list: milestones(n) }));
  for (const { n, list } of timelines) {
    writeFileSync(join(WORK, `static/data/tl-${n}.json`), JSON.stringify(timelineJs(n, list)));
    writeFileSync(join(WORK, `static/tl-${n}.html`), timelineJsPage(n));
  }
  // The floor: the least any page can take here, one headline and nothing else, from the same static server.
  writeFileSync(join(WORK, 'static/floor.html'), '<!DOCTYPE html><html lang="en"><title>Floor</title>'
    + '<h3 class="tl-milestone__headline">The first milestone</h3></html>');
  writeFileSync(join(WORK, 'bench.sql'), sql(timelines));

  // The application's Flyway creates the schema in a fresh H2 file; then the bench fills it with H2's own tool.
  const db = join(WORK, 'db/timeline');
  await stopApp(await startReaderApp(db));
  const h2 = readdirSync(join(APP, 'lib/main')).find(f => /^com\.h2database\.h2-.*\.jar$/.test(f));
  execFileSync('java', ['-cp', join(APP, 'lib/main', h2), 'org.h2.tools.RunScript', '-url', `jdbc:h2:file:${db}`,
    '-user', 'sa', '-script', join(WORK, 'bench.sql')]);
  // The other build reads a copy: an H2 file is one process's.
  const baseDb = join(WORK, 'db-base/timeline');
  if (BASE_APP) {
    mkdirSync(dirname(baseDb), { recursive: true });
    for (const f of readdirSync(dirname(db))) writeFileSync(join(dirname(baseDb), f), readFileSync(join(dirname(db), f)));
  }
  const app = await startReaderApp(db);
  const base = BASE_APP ? await startReaderApp(baseDb, BASE_APP, BASE_PORT) : null;
  const server = staticServer();
  let browser;
  const results = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    for (const n of SIZES) {
      const ours = `http://127.0.0.1:${APP_PORT}/timelines/bench-${n}`;
      const other = `http://127.0.0.1:${BASE_PORT}/timelines/bench-${n}`;
      const theirs = `http://127.0.0.1:${STATIC_PORT}/tl-${n}.html`;
      const floor = `http://127.0.0.1:${STATIC_PORT}/floor.html`;
      const tljs = n <= TLJS_MAX;
      await warm([ours, `http://127.0.0.1:${APP_PORT}/js/reader.min.js`]);
      if (base) await warm([other, `http://127.0.0.1:${BASE_PORT}/js/reader.min.js`]);
      if (tljs) await warm([theirs, `http://127.0.0.1:${STATIC_PORT}/data/tl-${n}.json`, `http://127.0.0.1:${STATIC_PORT}/tljs/js/timeline.js`]);
      const pages = { ours: [ours, '.tl-milestone__headline', true], floor: [floor, '.tl-milestone__headline'] };
      if (base) pages.base = [other, '.tl-milestone__headline', true];
      if (tljs) pages.timelinejs = [theirs, '.tl-slide .tl-headline'];
      for (const args of Object.values(pages)) await measure(browser, ...args);
      const runs = Object.fromEntries(Object.keys(pages).map(k => [k, []]));
      for (let i = 0; i < RUNS; i++) { // interleaved, so all see the same machine load
        for (const [k, args] of Object.entries(pages)) runs[k].push(await measure(browser, ...args));
      }
      const row = { n };
      for (const [k, list] of Object.entries(runs)) {
        row[k] = { ms: median(list.map(r => r.ms)), bytes: median(list.map(r => r.bytes)), blocked: Math.max(...list.map(r => r.blocked)),
          layout: list[0].layout == null ? null : median(list.map(r => r.layout)) };
      }
      results.push(row);
      console.error(JSON.stringify(row));
    }
  } finally {
    await browser?.close();
    server.close();
    await stopApp(app);
    if (base) await stopApp(base);
  }
  writeFileSync(join(WORK, 'results.json'), JSON.stringify({ runs: RUNS, chromium: browser.version(), results }, null, 2));
  const kb = b => (b / 1024).toFixed(1) + ' KB', s = ms => (ms / 1000).toFixed(3) + ' s';
  console.log(`Median of ${RUNS} cold loads each, Chromium ${browser.version()} headless.\n`);
  console.log('| milestones | ours: first milestone | TimelineJS: first milestone | ratio | floor | ours: bytes | TimelineJS: bytes | ratio |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const na = '–';
  for (const r of results) {
    const t = r.timelinejs;
    console.log(`| ${r.n.toLocaleString('en')} | ${s(r.ours.ms)} | ${t ? s(t.ms) : na} | ${t ? (r.ours.ms / t.ms).toFixed(2) : na} | ${s(r.floor.ms)} | ${kb(r.ours.bytes)} | ${t ? kb(t.bytes) : na} | ${t ? (r.ours.bytes / t.bytes).toFixed(2) : na} |`);
  }
  if (BASE_APP) {
    console.log(`\nThis build against ${BASE_APP}, same run: first milestone, bytes, and the axis's busy time over 12 steps (script + style + layout).\n`);
    console.log('| milestones | first milestone | base: first milestone | bytes | base: bytes | axis, 12 steps | base: axis, 12 steps |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const ms = v => v == null ? na : v.toFixed(0) + ' ms';
    for (const r of results) {
      console.log(`| ${r.n.toLocaleString('en')} | ${s(r.ours.ms)} | ${s(r.base.ms)} | ${kb(r.ours.bytes)} | ${kb(r.base.bytes)} | ${ms(r.ours.layout)} | ${ms(r.base.layout)} |`);
    }
  }
  console.log('\nfloor: a static page holding one headline and nothing else, loaded the same way.');
  const blocked = results.reduce((a, r) => a + r.ours.blocked + (r.timelinejs ? r.timelinejs.blocked : 0), 0);
  console.log(`\nRequests to other hosts, aborted: ${blocked}.`);
}

main().catch(e => { console.error(e); process.exit(1); });
