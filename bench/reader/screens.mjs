// Side-by-side pictures of our reader pages and TimelineJS 3.9.11 showing the same timeline, the demo, for
// docs/reader.md ("Beside TimelineJS"). Not a test and not a measurement: it writes PNG files.
//
//   ./mvnw -q -pl timeline-web -am package -DskipTests   (builds timeline-web/target/quarkus-app)
//   cd bench/reader && npm ci && node screens.mjs [OUT_DIR]   (docs/screenshots by default)
//
// The packaged application starts on a fresh H2 file with its demo timeline; TimelineJS gets the same
// milestones from our own TimelineJS export (/timelines/{slug}/timelinejs.json), served with TimelineJS's
// files by a small static server. Both listen on 127.0.0.1 only; the browser aborts any request that would
// leave the machine. Four pairs: the page on a desktop, one milestone (our story mode, TimelineJS's slide),
// the page on a phone, and the widget 600 px tall inside an article.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join, extname, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApp, stopApp } from '../app.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const APP = process.env.APP || join(ROOT, 'timeline-web/target/quarkus-app');
const OUT = resolve(process.argv[2] || join(ROOT, 'docs/screenshots'));
const TLJS = join(HERE, 'node_modules/@knight-lab/timelinejs/dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const APP_PORT = +(process.env.PORT || 18090), STATIC_PORT = APP_PORT + 1;
const OURS = `http://127.0.0.1:${APP_PORT}`, THEIRS = `http://127.0.0.1:${STATIC_PORT}`;
const SLUG = 'us-russia-relations', SLIDE = 'trump-putin-call';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2', '.png': 'image/png' };

function page(body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/tljs/css/timeline.css"><script src="/tljs/js/timeline.js"></script></head>${body}</html>`;
}

// TimelineJS as its documentation sets it up: a full page, or a box in an article (the widget's comparison).
const PAGES = {
  '/timelinejs.html': page(`<body style="margin:0"><div id="tl" style="width:100%;height:100vh"></div>
<script>new TL.Timeline('tl', '/data.json', { script_path: location.origin + '/tljs/js/', hash_bookmark: true });</script></body>`),
  '/article-timelinejs.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="max-width:44rem;margin:1rem auto;padding:0 1rem;font:18px/1.5 Georgia,serif"><h1>An article</h1>
<p>The story so far, told as its milestones:</p>
<iframe src="/timelinejs.html" title="Timeline" style="width:100%;height:600px;border:1px solid #ccc"></iframe>
<p>The article goes on below the timeline.</p></body></html>`,
  '/article-ours.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="max-width:44rem;margin:1rem auto;padding:0 1rem;font:18px/1.5 Georgia,serif"><h1>An article</h1>
<p>The story so far, told as its milestones:</p>
<iframe src="${OURS}/embed/timelines/${SLUG}" title="Timeline" style="width:100%;height:600px;border:1px solid #ccc"></iframe>
<p>The article goes on below the timeline.</p></body></html>`
};

function staticServer(data) {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/data.json') return res.writeHead(200, { 'Content-Type': TYPES['.json'] }).end(data);
    if (PAGES[path]) return res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(PAGES[path]);
    const file = join(TLJS, path.replace(/^\/tljs\//, ''));
    if (!path.startsWith('/tljs/') || !file.startsWith(TLJS) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
  });
}

const SHOTS = [
  // name, width, height, ours, theirs
  ['page-1280x800', 1280, 800, `${OURS}/timelines/${SLUG}`, `${THEIRS}/timelinejs.html`],
  ['milestone-1280x800', 1280, 800, `${OURS}/timelines/${SLUG}/story/${SLIDE}`, `${THEIRS}/timelinejs.html#event-${SLIDE}`],
  ['page-390x844', 390, 844, `${OURS}/timelines/${SLUG}`, `${THEIRS}/timelinejs.html`],
  ['widget-1280x800', 1280, 800, `${THEIRS}/article-ours.html`, `${THEIRS}/article-timelinejs.html`]
];

async function main() {
  if (!existsSync(TLJS)) throw new Error('TimelineJS is missing: run npm ci in bench/reader first');
  mkdirSync(OUT, { recursive: true });
  const db = join(HERE, 'target', 'screens-db');
  rmSync(join(HERE, 'target'), { recursive: true, force: true });
  mkdirSync(join(HERE, 'target'), { recursive: true });
  const app = await startApp(APP, { QUARKUS_HTTP_HOST: '127.0.0.1', QUARKUS_HTTP_PORT: String(APP_PORT),
    QUARKUS_DATASOURCE_JDBC_URL: `jdbc:h2:file:${db}` });
  let server, browser;
  try {
    const data = await (await fetch(`${OURS}/timelines/${SLUG}/timelinejs.json`)).text();
    server = staticServer(data);
    await new Promise(ok => server.listen(STATIC_PORT, '127.0.0.1', ok));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    for (const [name, width, height, ours, theirs] of SHOTS) {
      for (const [who, url] of [['ours', ours], ['timelinejs', theirs]]) {
        const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 600, hasTouch: width < 600 });
        await context.route('**/*', route => /^http:\/\/127\.0\.0\.1:/.test(route.request().url()) ? route.continue() : route.abort());
        const tab = await context.newPage();
        await tab.goto(url, { waitUntil: 'networkidle' });
        await tab.waitForTimeout(1500); // TimelineJS animates its first slide in
        const file = join(OUT, `vs-${name}-${who}.png`);
        await tab.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    if (browser) await browser.close();
    if (server) server.close();
    await stopApp(app);
  }
}

main().catch(e => { console.error(e); process.exit(1); });
