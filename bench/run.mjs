// `npm run bench [-- --runs 7] [-- --only <case id>]`: measures the built library in headless
// Chromium and prints medians. It measures dist/ as it is and builds nothing: run
// `npm run build` first. Each run of a case gets a fresh browser context (empty cache and
// storage) and fresh pages; the table and the raw figures also go to bench/results/.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './support/browser.mjs';
import { bundleQueries } from './support/page-support.mjs';
import { probeLibrary } from './support/probe.mjs';
import { formatNotes, formatTable } from './support/report.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { summarize } from './support/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' }, only: { type: 'string' } },
});
const runs = Math.max(1, Number.parseInt(options.runs, 10) || 7);

for (const file of ['dist/bai-user-settings.js', 'dist/index.js']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`${file} is missing: run \`npm run build\` first (the benchmarks measure the built bundle).`);
    process.exit(1);
  }
}

async function loadCases() {
  const dir = join(ROOT, 'bench', 'cases');
  const files = readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort();
  const cases = await Promise.all(files.map(async (name) => (await import(pathToFileURL(join(dir, name)).href)).default));
  return cases.filter((benchCase) => !options.only || benchCase.id.includes(options.only));
}

/** Which of the case's needs the built library does not meet yet; empty when it can run. */
function missingFor(benchCase, library) {
  const needs = benchCase.requires ?? {};
  return [
    ...(needs.elements ?? []).filter((tag) => !library.elements.includes(tag)).map((tag) => `<${tag}>`),
    ...(needs.exports ?? []).filter((name) => !library.exports.includes(name)).map((name) => `export ${name}`),
  ];
}

async function runCase(browser, origin, benchCase) {
  const samples = {};
  const caseRuns = Math.min(runs, benchCase.maxRuns ?? runs);
  for (let index = 0; index < caseRuns; index += 1) {
    const context = await browser.createBrowserContext();
    try {
      const newPage = async () => {
        const page = await context.newPage();
        page.setDefaultTimeout(120000);
        return page;
      };
      const values = await benchCase.run({ context, newPage, origin, runIndex: index });
      for (const [key, value] of Object.entries(values)) (samples[key] ??= []).push(value);
    } finally {
      await context.close();
    }
    process.stdout.write('.');
  }
  return samples;
}

const cases = await loadCases();
const server = await startStaticServer(ROOT, { '/__bench__/queries.js': await bundleQueries(ROOT) });
const browser = await launchChromium();
const results = [];
let failures = 0;
try {
  const library = await probeLibrary(browser, server.origin);
  for (const benchCase of cases) {
    const missing = missingFor(benchCase, library);
    const result = { id: benchCase.id, title: benchCase.title, metrics: benchCase.metrics };
    results.push(result);
    if (missing.length > 0) {
      result.unavailable = `not available yet (the build has no ${missing.join(', ')})`;
      console.log(`${benchCase.id}: ${result.unavailable}`);
      continue;
    }
    process.stdout.write(`${benchCase.id} `);
    try {
      result.samples = await runCase(browser, server.origin, benchCase);
      result.summary = Object.fromEntries(Object.entries(result.samples).map(([key, values]) => [key, summarize(values)]));
      process.stdout.write(' done\n');
    } catch (error) {
      failures += 1;
      result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stdout.write(` failed: ${result.error}\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const notes = formatNotes(results);
const table = notes ? `${formatTable(results)}\n\n${notes}` : formatTable(results);
console.log(`\nMedians of ${runs} runs each in headless Chromium (fewer where a case says so); times in ms.\n`);
console.log(table);
const resultsDir = join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.md'), `${table}\n`);
process.exit(failures > 0 ? 1 : 0);
