// End-to-end browser tests: ingest the demo corpus (examples/demo) with the real binary, start
// `claimtrace serve` on a free loopback port, drive Debian's headless Chromium through
// playwright-core and check what a person sees: search results with marked words, an article
// with highlighted speakers/quotes/figures and working hover/focus details, an entity page, a
// claim page with its provenance graph and independent-source count, the figures chart.
// Expected values come from the JSON API of the same server, never from hard-coded article text.
//
// Environment: CLAIMTRACE_BINARY (required), CLAIMTRACE_SOURCE_DIR (repo root; default ../..),
// CLAIMTRACE_WEB_DIST (default ../dist), CHROMIUM (default /usr/bin/chromium).
// Exit status 0 pass, 1 fail, 77 skipped (no chromium / playwright-core / built interface).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.env.CLAIMTRACE_SOURCE_DIR || path.resolve(here, '../..');
const binary = process.env.CLAIMTRACE_BINARY;
const dist = process.env.CLAIMTRACE_WEB_DIST || path.resolve(here, '../dist');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(77);
}

if (!binary || !existsSync(binary)) skip(`claimtrace binary not found (CLAIMTRACE_BINARY=${binary})`);
if (!existsSync(chromiumPath)) skip(`${chromiumPath} not installed (apt-get install chromium)`);
if (!existsSync(path.join(dist, 'index.html'))) skip(`web interface not built in ${dist} (npm run build)`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skip('playwright-core is not installed (npm ci in web/)');
}

const work = mkdtempSync(path.join(tmpdir(), 'ct-browser-'));
const db = path.join(work, 'demo.db');
let server = null;
let browser = null;
const results = [];

async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

async function startServer() {
  const ingest = spawnSync(binary, ['ingest', path.join(source, 'examples/demo'), '--db', db, '-q'], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, `ingest failed: ${ingest.stderr}`);
  server = spawn(binary, ['serve', '--db', db, '--port', '0', '--static', dist], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[^/\s]+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${err.stack || err}`);
  }
}

try {
  const base = await startServer();
  const getJson = async (p) => {
    const res = await fetch(base + p);
    assert.equal(res.status, 200, `${p} -> ${res.status}`);
    return res.json();
  };
  // A fresh profile folder per run (launchPersistentContext is how Playwright takes one).
  browser = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = browser;
  const offsite = [];
  const consoleErrors = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === base || u.protocol === 'data:') return route.continue();
    offsite.push(u.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.setDefaultTimeout(10000);

  await test('home page shows the store overview', async () => {
    const overview = await getJson('/api/overview');
    await page.goto(base + '/');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const stats = await page.locator('.stats').innerText();
    assert.match(stats, new RegExp(`${overview.counts.documents}\\s+articles`));
    const globals = await getJson('/api/global-entities?limit=10');
    const top = globals.items.length ? globals.items[0].name : overview.entities[0].name;
    assert.ok(await page.getByRole('link', { name: top }).first().isVisible(), `top entity ${top} shown`);
  });

  let firstHit;
  await test('search box finds articles and marks the matched words', async () => {
    const word = 'chlorine';
    const api = await getJson(`/api/search?q=${word}`);
    assert.ok(api.total > 0, 'the demo corpus mentions the word');
    firstHit = api.items[0].document;
    await page.getByRole('searchbox', { name: /search/i }).fill(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=chlorine/);
    await page.getByRole('heading', { name: new RegExp(`^${api.total} articles?$`) }).waitFor();
    assert.equal(await page.locator('ol.results > li').count(), Math.min(api.total, 20));
    const marks = await page.locator('ol.results mark').allInnerTexts();
    assert.ok(marks.some((m) => m.toLowerCase() === word), `marked words: ${marks}`);
  });

  await test('article view highlights speakers, quotes, figures and dates with details on hover and focus', async () => {
    const { document: doc } = await getJson(`/api/documents/${firstHit.id}`);
    await page.getByRole('link', { name: firstHit.title }).first().click();
    await page.waitForURL(new RegExp(`/document/${firstHit.id}`));
    await page.getByRole('heading', { level: 1, name: doc.title }).waitFor();
    const quotes = await page.locator('.article-text .hl-quote').count();
    assert.ok(quotes >= doc.statements.length, `${quotes} quote pieces for ${doc.statements.length} statements`);
    const speakerText = (await page.locator('.article-text .hl-speaker').allInnerTexts()).join(' ');
    const withSpan = doc.statements.find((s) => s.speaker.span);
    assert.ok(speakerText.includes(withSpan.speaker.text.split(' ')[0]), `speaker "${withSpan.speaker.text}" highlighted`);
    assert.equal(await page.locator('.article-side h2').first().innerText(), `${doc.statements.length} statement${doc.statements.length === 1 ? '' : 's'}`);

    if (doc.figures.length) {
      const fig = doc.figures[0];
      await page.locator('#f0').hover();
      const tip = page.locator('#tooltip');
      await tip.waitFor({ state: 'visible' });
      const text = await tip.innerText();
      assert.match(text, /Figure/);
      assert.ok(text.includes(fig.low.toLocaleString('en')), `tooltip shows the bound ${fig.low}: ${text}`);
    }
    // Keyboard: the first statement is a tab stop and describes itself when focused.
    await page.locator('#s0').focus();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    const focused = await tip.innerText();
    assert.match(focused, /Speaker/);
    const st = doc.statements[0];
    assert.ok(focused.includes(st.speaker.name || st.speaker.text || ''), `tooltip names the speaker: ${focused}`);
    assert.equal(await page.locator('#s0').getAttribute('aria-describedby'), 'tooltip');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    if (doc.times.length && doc.times[0].value) {
      const times = await page.locator('.article-side code').allInnerTexts();
      assert.ok(times.includes(doc.times[0].value), 'normalised dates listed');
    }
  });

  await test('entity page (by name) shows aliases, roles, what they said, what others said and a timeline', async () => {
    const people = await getJson('/api/entities?type=PERSON&limit=50');
    const person = people.items.find((e) => e.statements > 0);
    assert.ok(person, 'some person speaks in the demo corpus');
    // The page shows the cross-article entity when the resolver linked this name, else the name.
    const globals = await getJson(`/api/global-entities?q=${encodeURIComponent(person.name)}&type=PERSON`);
    const g = globals.items.find((x) => x.name === person.name || x.aliases.some((a) => a.text === person.name));
    const detail = g ? (await getJson(`/api/global-entities/${g.id}`)).view
      : await getJson(`/api/entity?name=${encodeURIComponent(person.name)}&type=PERSON`);
    await page.goto(base + '/entities?type=PERSON&view=names');
    await page.getByRole('link', { name: person.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp((g || person).name) }).waitFor();
    assert.match(await page.getByRole('heading', { name: /What they said/ }).innerText(), new RegExp(`\\(${detail.statements_by.total}\\)`));
    assert.equal(await page.locator('section[aria-labelledby="h-by"] li.statement').count(), detail.statements_by.items.length);
    assert.ok(await page.getByRole('heading', { name: /What others said about them/ }).isVisible());
    const facts = await page.locator('.facts').innerText();
    if (detail.roles.length) assert.ok(facts.includes(detail.roles[0].text), `role shown: ${facts}`);
    assert.ok(facts.includes(person.name), `name among the spellings: ${facts}`);
    assert.ok(await page.getByRole('img', { name: /^Statements by and about / }).isVisible(), 'timeline chart');
    assert.equal(await page.locator('section[aria-labelledby="h-timeline"] tbody tr').count(), detail.timeline.length);
  });

  await test('the entities page lists entities resolved across articles with their spellings', async () => {
    const list = await getJson('/api/global-entities?type=PERSON&limit=50');
    if (!list.items.length) return;
    await page.goto(base + '/entities?type=PERSON');
    const rows = page.locator('table.data tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), list.items.length);
    const merged = list.items.find((g) => g.aliases.some((a) => a.text !== g.name));
    if (merged) {
      const row = rows.filter({ has: page.getByRole('link', { name: merged.name, exact: true }) });
      const other = merged.aliases.find((a) => a.text !== merged.name).text;
      assert.ok((await row.innerText()).includes(other), `${merged.name} row lists ${other}`);
    }
  });

  await test('entity links in an article open the cross-article entity with every spelling', async () => {
    const { document: doc } = await getJson(`/api/documents/${firstHit.id}`);
    const ent = doc.entities.find((e) => e.entity && e.type === 'PERSON');
    if (!ent) return;
    const g = await getJson(`/api/global-entities/${ent.entity}`);
    await page.goto(base + `/document/${doc.id}`);
    const entityLink = page.locator(`.article-side a[href="/entity?id=${ent.entity}"]`).first();
    assert.equal(await entityLink.innerText(), ent.name);
    await entityLink.click();
    await page.waitForURL(new RegExp(`/entity\\?id=${ent.entity}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(g.name) }).waitFor();
    const spellings = await page.locator('.facts .aliases').innerText();
    for (const a of g.aliases) assert.ok(spellings.includes(a.text), `spelling ${a.text} shown`);
    assert.match(await page.getByRole('heading', { name: /What they said/ }).innerText(), new RegExp(`\\(${g.view.statements_by.total}\\)`));
  });

  await test('claim page shows the provenance graph and the independent-source count', async () => {
    const claims = await getJson('/api/claims?min_reports=2&limit=50');
    assert.ok(claims.items.length > 0, 'the demo corpus has a claim reported more than once');
    const c = await getJson(`/api/claims/${claims.items[0].id}`);
    await page.goto(base + '/claims?min_reports=2');
    await page.getByRole('link', { name: `“${c.text}”` }).first().click();
    await page.waitForURL(new RegExp(`/claim/${c.id}$`));
    const count = await page.locator('#independent-sources').innerText();
    assert.match(count, new RegExp(`^${c.independent_sources}\\s+independent sources?$`));
    const graph = page.getByRole('group', { name: new RegExp(`Provenance of claim ${c.id}`) });
    await graph.waitFor();
    const docs = new Set(c.report_list.map((r) => r.document));
    assert.equal(await page.locator('svg.graph [data-node="article"]').count(), docs.size, 'one article node per reporting article');
    const labels = await page.locator('svg.graph [data-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    for (const r of c.report_list) {
      for (const link of r.chain.slice(0, -1)) assert.ok(labels.includes(link.label), `graph node for ${link.label}`);
    }
    assert.equal(await page.locator('section[aria-labelledby="h-reports"] li').count(), c.report_list.length);
    // The article nodes are links: follow one.
    await page.locator('svg.graph a').first().click();
    await page.waitForURL(/\/document\/[0-9a-f]{16}/);
  });

  await test('figures page charts the conflicting figures by source', async () => {
    const conflicts = await getJson('/api/conflicts?limit=20');
    await page.goto(base + '/figures');
    await page.getByRole('heading', { level: 1, name: 'Conflicting figures' }).waitFor();
    if (!conflicts.items.length) return;
    const first = conflicts.items[0];
    await page.getByRole('img', { name: `Values given for ${first.topic}` }).first().waitFor();
    assert.equal(await page.locator('svg.range-chart').count(), conflicts.items.length);
    assert.equal(await page.locator('svg.range-chart').first().locator('g.range-row').count(), first.figures.length);
  });

  await test('keyboard users reach the skip link and the search box first', async () => {
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  });

  await test('an article run word for word by another outlet lists the copy, and its claims count it as an echo', async () => {
    // The text of a demo article that has a claim, fed again as another outlet's copy while the server runs.
    const claims = await getJson('/api/claims?limit=1');
    assert.ok(claims.items.length > 0, 'the demo corpus has claims');
    const c0 = await getJson(`/api/claims/${claims.items[0].id}`);
    const docId = c0.report_list[0].document;
    const { document: doc } = await getJson(`/api/documents/${docId}`);
    const feed = path.join(work, 'copy.jsonl');
    writeFileSync(feed, JSON.stringify({ outlet: 'Copy Test Herald', url: 'https://copy-test.invalid/a', published: '2031-01-02', title: 'Copied', text: doc.text }) + '\n');
    const ingest = spawnSync(binary, ['ingest', feed, '--db', db, '-q'], { encoding: 'utf8' });
    assert.equal(ingest.status, 0, `ingest failed: ${ingest.stderr}`);
    const after = await getJson(`/api/documents/${docId}`);
    assert.equal(after.copies.length, 1, 'the API lists the copy');
    await page.goto(base + `/document/${docId}`);
    const section = page.locator('section.copies');
    await section.waitFor();
    assert.match(await section.innerText(), /Copy Test Herald/);
    assert.equal(await section.getByRole('link', { name: 'Copy Test Herald' }).getAttribute('href'), 'https://copy-test.invalid/a');
    const c = await getJson(`/api/claims/${c0.id}`);
    assert.equal(c.copies, 1);
    assert.equal(c.independent_sources, c0.independent_sources, 'a copy is not another source');
    await page.goto(base + `/claim/${c.id}`);
    await page.locator('#copies').waitFor();
    assert.match(await page.locator('#copies').innerText(), /^1\s+identical copy/);
    assert.match(await page.locator('section[aria-labelledby="h-reports"]').innerText(), /Copy Test Herald/);
  });

  await test('unknown pages and bad ids show an error, not a blank page', async () => {
    await page.goto(base + '/document/0000000000000000');
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /no document/);
  });

  await test('no console errors and no request leaves the machine', async () => {
    assert.deepEqual(offsite, []);
    assert.deepEqual(consoleErrors.filter((e) => !/404|Not Found/.test(e)), []);
  });
} catch (err) {
  results.push(['setup', false]);
  console.log(`FAIL setup: ${err.stack || err}`);
} finally {
  await cleanup();
}
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
