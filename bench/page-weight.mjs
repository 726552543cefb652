// Helper for bench/page-weight.sh (run by it; needs BENCH_NODE_DIR with playwright-core installed).
//
//   node page-weight.mjs weight BASE_URL PATH...   first visit (fresh browser context, empty cache) to each path:
//                                                  per-resource transfer sizes from Chromium's DevTools protocol
//   node page-weight.mjs lighthouse REPORT.json... category scores and failing audits of Lighthouse JSON reports of
//                                                  one page: with several runs, all runs' scores and the details of
//                                                  the median run by performance score (as Lighthouse advises)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const [mode, ...args] = process.argv.slice(2);
const BUDGET_BYTES = 150 * 1000; // DESIGN.md: first visit to /katalog <= 150 KB compressed, images excluded
export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (n) => (n / 1000).toFixed(1);

async function weight(base, paths) {
  const require = createRequire(`${process.env.BENCH_NODE_DIR}/package.json`);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROME_FLAGS });
  let failed = false;
  try {
    for (const path of paths) {
      const context = await browser.newContext(); // a first visit: empty cache, no cookies
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const requests = new Map();
      let wsIn = 0, wsOut = 0, wsFrames = 0;
      cdp.on('Network.requestWillBeSent', (e) => {
        if (!requests.has(e.requestId)) requests.set(e.requestId, { id: e.requestId, url: e.request.url, type: e.type });
      });
      cdp.on('Network.responseReceived', (e) => {
        const r = requests.get(e.requestId) ?? { url: e.response.url };
        Object.assign(r, {
          type: e.type, status: e.response.status, mime: e.response.mimeType,
          encoding: Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? '',
          cache: Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'cache-control')?.[1] ?? '',
        });
        requests.set(e.requestId, r);
      });
      cdp.on('Network.loadingFinished', (e) => {
        const r = requests.get(e.requestId);
        if (r) r.transfer = e.encodedDataLength;
      });
      cdp.on('Network.dataReceived', (e) => {
        const r = requests.get(e.requestId);
        if (r) r.decoded = (r.decoded ?? 0) + e.dataLength;
      });
      cdp.on('Network.webSocketFrameReceived', (e) => { wsIn += e.response.payloadData.length; wsFrames++; });
      cdp.on('Network.webSocketFrameSent', (e) => { wsOut += e.response.payloadData.length; wsFrames++; });

      const response = await page.goto(base + path, { waitUntil: 'networkidle', timeout: 60000 });
      await page.waitForTimeout(1500); // late requests (Blazor boot, lazy resources)
      const rows = [...requests.values()].filter((r) => r.transfer !== undefined);
      const isImage = (r) => r.type === 'Image' || (r.mime ?? '').startsWith('image/');
      const counted = rows.filter((r) => !isImage(r));
      const images = rows.filter(isImage);
      const total = counted.reduce((s, r) => s + r.transfer, 0);
      const imageTotal = images.reduce((s, r) => s + r.transfer, 0);

      console.log(`\n${path}  (HTTP ${response?.status()}, ${rows.length} responses; transfer = bytes on the wire incl. headers)`);
      console.log(`  ${'type'.padEnd(11)} ${'status'.padEnd(6)} ${'enc'.padEnd(5)} ${'transfer KB'.padStart(11)} ${'body KB'.padStart(8)}  url`);
      for (const r of counted.sort((a, b) => b.transfer - a.transfer)) {
        const url = r.url.startsWith(base) ? r.url.slice(base.length) : r.url;
        console.log(`  ${(r.type ?? '').padEnd(11)} ${String(r.status ?? '').padEnd(6)} ${(r.encoding || '-').padEnd(5)} ${kb(r.transfer).padStart(11)} ${kb(r.decoded ?? 0).padStart(8)}  ${url}`);
      }
      console.log(`  images (excluded): ${images.length} responses, ${kb(imageTotal)} KB`);
      if (wsFrames) console.log(`  WebSocket (Blazor circuit, not in the total): ${wsFrames} frames, ${kb(wsIn)} KB in, ${kb(wsOut)} KB out (payload)`);
      const uncompressed = counted.filter((r) => !r.encoding && (r.decoded ?? 0) > 1500 && /text|javascript|json|css|svg|xml/.test(r.mime ?? ''));
      for (const r of uncompressed) {
        // What it would weigh compressed: ASP.NET Core's BrotliCompressionProvider defaults to CompressionLevel.Fastest
        // (Brotli quality 1); Optimal is quality 4.
        let would = '';
        try {
          const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: r.id });
          const buf = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
          const br = (q) => brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: q } }).length;
          would = `; compressed it would be br q1 ${kb(br(1))} KB, br q4 ${kb(br(4))} KB, gzip ${kb(gzipSync(buf).length)} KB`;
        } catch { /* body no longer available */ }
        console.log(`  note: served uncompressed: ${r.url.startsWith(base) ? r.url.slice(base.length) : r.url} (${kb(r.decoded ?? 0)} KB)${would}`);
      }
      const ok = total <= BUDGET_BYTES;
      if (!ok) failed = true;
      console.log(`  TOTAL (images excluded): ${kb(total)} KB = ${(total / 1024).toFixed(1)} KiB, budget 150 KB: ${ok ? 'ok' : 'MISS'}`);
      console.log(`RESULT\tpath=${path}\ttotal_bytes=${total}\trequests=${counted.length}\timage_bytes=${imageTotal}\tok=${ok}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return failed ? 1 : 0;
}

function describeItem(item) {
  const parts = [];
  const node = item.node ?? (item.type === 'node' ? item : undefined);
  if (node?.selector) parts.push(`selector: ${node.selector}`);
  if (node?.snippet) parts.push(`snippet: ${node.snippet.slice(0, 160)}`);
  if (node?.explanation) parts.push(`why: ${node.explanation.replace(/\s+/g, ' ').slice(0, 300)}`);
  for (const key of ['groupLabel', 'url', 'source', 'description', 'label', 'failureTitle', 'displayedSize', 'actualSize', 'expectedSize',
    'wastedBytes', 'wastedMs', 'totalBytes', 'transferSize', 'total', 'scripting', 'scriptParseCompile', 'duration', 'startTime', 'score']) {
    const v = item[key];
    if (v === undefined || v === null || typeof v === 'object') {
      if (v && typeof v === 'object' && v.type === 'source-location') parts.push(`source: ${v.url}:${v.line}`);
      continue;
    }
    parts.push(`${key}: ${typeof v === 'number' ? Math.round(v * 100) / 100 : String(v).slice(0, 200)}`);
  }
  if (item.subItems?.items?.length) {
    parts.push('sub: ' + item.subItems.items.slice(0, 3).map((s) => describeItem(s)).join(' | '));
  }
  return parts.join('; ');
}

function lighthouse(files) {
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const perf = (r) => r.categories?.performance?.score ?? -1;
  const sorted = [...runs].sort((a, b) => perf(a) - perf(b));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
  if (runs.length > 1) {
    console.log(`  ${runs.length} runs, performance ${runs.map((r) => Math.round(perf(r) * 100)).join(', ')}` +
      ` (benchmarkIndex ${runs.map((r) => Math.round(r.environment?.benchmarkIndex ?? 0)).join(', ')}); details of the median run:`);
  }
  if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const cats = lhr.categories;
  const score = (c) => (c?.score == null ? 'n/a' : Math.round(c.score * 100));
  const line = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => `${cats[id]?.title ?? id} ${score(cats[id])}`).join(' | ');
  console.log(`  ${line}`);
  console.log(`RESULT\turl=${lhr.finalDisplayedUrl}\tperformance=${score(cats.performance)}\taccessibility=${score(cats.accessibility)}` +
    `\tbest-practices=${score(cats['best-practices'])}\tseo=${score(cats.seo)}`);
  const m = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  // benchmarkIndex: Lighthouse's measure of this machine's CPU at run time; simulated throttling scales by it.
  console.log(`  environment: benchmarkIndex ${lhr.environment?.benchmarkIndex}, throttling ${lhr.configSettings?.throttlingMethod}, form factor ${lhr.configSettings?.formFactor}`);
  console.log(`  metrics: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`);
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const cat = cats[id];
    if (!cat || cat.score === null) continue;
    const target = id === 'performance' ? 0.95 : 1;
    if (cat.score >= target) continue;
    console.log(`  ${cat.title} ${score(cat)} < ${target * 100}: failing audits`);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || ['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      // Performance: metrics below 0.9 and every opportunity/diagnostic that failed.
      if (id === 'performance' && ref.group === 'metrics' && a.score >= 0.9) continue;
      console.log(`    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [score ${Math.round(a.score * 100)}, weight ${ref.weight}]`);
      for (const item of (a.details?.items ?? []).slice(0, 8)) {
        const d = describeItem(item);
        if (d) console.log(`        ${d}`);
      }
    }
    if (id === 'performance') {
      // What blocks the main thread (TBT): these are informative audits, so they are not in the list above.
      for (const extra of ['bootup-time', 'long-tasks']) {
        const a = lhr.audits[extra];
        if (!a?.details?.items?.length) continue;
        console.log(`    * ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        for (const item of a.details.items.slice(0, 6)) console.log(`        ${describeItem(item)}`);
      }
    }
  }
  return 0;
}

if (mode === 'weight') {
  process.exitCode = await weight(args[0].replace(/\/$/, ''), args.slice(1));
} else if (mode === 'lighthouse') {
  process.exitCode = lighthouse(args);
} else {
  console.error('usage: page-weight.mjs weight BASE_URL PATH... | lighthouse REPORT.json...');
  process.exitCode = 2;
}
