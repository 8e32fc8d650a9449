/**
 * `npm run bench:search` (part of `npm run bench`): the search index of issue 10 on the default
 * expo and on the 100k-exhibit stress scene (`buildStressScene`, 100 models, seed 1, as the
 * renderer bench): documents, time to build them and to copy them to a worker (structured clone),
 * index build time, index size (bytes of `JSON.stringify` of the MiniSearch index, and heap growth
 * after a forced GC, MiniSearch and the term catalogue together), and query time p50 / p95 / max
 * over a fixed mix of queries (Chinese substring, English prefix and typo, pinyin, initials, booth
 * codes, with and without filters, plus hostile input), each run `ROUNDS` times after warm-up.
 * Written to bench/results/search.json and the search-bench section of docs/performance.md.
 * Target (issue 10): a query over the 100k stress scene ≤ 10 ms p95 on the 2-core reference machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { layoutScene, parseScene, sceneSchema, type LaidOutScene } from '../src/scene';
import { buildSearchDocuments, createSearchIndex, BROAD_DOCUMENTS, type SearchFilters, type SearchKind } from '../src/search';
import { DOCUMENTS_PER_MESSAGE } from '../src/app/search/startWorkerSearch';
import { buildStressScene } from '../scripts/stress/buildStressScene';

/** Present when Node runs with --expose-gc (the bench script passes it). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const TARGET_P95_MS = 10;
const WARM_ROUNDS = 3;
const ROUNDS = 30;
const DOC_PATH = 'docs/performance.md';
const START = '<!-- search-bench:start -->';
const END = '<!-- search-bench:end -->';

type Category = 'chinese' | 'prefix' | 'typo' | 'pinyin' | 'initials' | 'code' | 'filtered' | 'hostile';

interface BenchQuery {
  category: Category;
  query: string;
  filters?: SearchFilters;
}

interface Scenario {
  name: string;
  load(): LaidOutScene;
  queries: BenchQuery[];
}

const LONG_QUERY = Array.from({ length: 10_000 }, (_, index) => String.fromCharCode(32 + ((index * 7919) % 40000))).join('');

const scenarios: Scenario[] = [
  {
    name: 'default expo (scenes/mianyang-2023.json)',
    load() {
      const result = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
      if (!result.layout) throw new Error(`the default expo does not parse: ${result.diagnostics[0]?.message ?? ''}`);
      return result.layout;
    },
    queries: [
      { category: 'chinese', query: '天眼' },
      { category: 'chinese', query: '国天眼' },
      { category: 'chinese', query: '机器人' },
      { category: 'chinese', query: '科技' },
      { category: 'chinese', query: '示例展品' },
      { category: 'prefix', query: 'tokam' },
      { category: 'prefix', query: 'radio tele' },
      { category: 'prefix', query: 'sate' },
      { category: 'prefix', query: 's' },
      { category: 'typo', query: 'telscope' },
      { category: 'typo', query: 'Huawie' },
      { category: 'typo', query: 'satelite' },
      { category: 'pinyin', query: 'tianyan' },
      { category: 'pinyin', query: 'zhongguotianyan' },
      { category: 'pinyin', query: 'huawei' },
      { category: 'initials', query: 'hw' },
      { category: 'initials', query: 'zgty' },
      { category: 'initials', query: 'ty' },
      { category: 'code', query: 'A-101' },
      { category: 'code', query: 'a101' },
      { category: 'code', query: 'n-00' },
      { category: 'filtered', query: '科技', filters: { hallId: 'hall-2' } },
      { category: 'filtered', query: 'robot', filters: { category: 'artificial-intelligence' } },
      { category: 'filtered', query: 'sample', filters: { country: 'ID' } },
      { category: 'filtered', query: 'model', filters: { zoneId: 'zone-aerospace', kinds: ['exhibit'] } },
      { category: 'hostile', query: '.*+?^${}()|[]\\' },
      { category: 'hostile', query: LONG_QUERY },
    ],
  },
  {
    name: '100k-exhibit stress scene (seed 1)',
    load: () => layoutScene(sceneSchema.parse(buildStressScene({ exhibits: 100_000, models: 100, seed: 1 }))),
    queries: [
      { category: 'chinese', query: '天眼' },
      { category: 'chinese', query: '展品' },
      { category: 'prefix', query: 'stres' },
      { category: 'prefix', query: 'exhib' },
      { category: 'prefix', query: 'stress exhibit' },
      { category: 'prefix', query: 'exhibitor 10' },
      { category: 'prefix', query: 'hall 5' },
      { category: 'prefix', query: 's' },
      { category: 'typo', query: 'stresss' },
      { category: 'typo', query: 'exhibt' },
      { category: 'typo', query: 'exhibtor h3' },
      { category: 'pinyin', query: 'tianyan' },
      { category: 'initials', query: 'hw' },
      { category: 'code', query: 'H1-A-001' },
      { category: 'code', query: 'h3a045' },
      { category: 'code', query: 'H12-B-045' },
      { category: 'code', query: 'h5-c' },
      { category: 'code', query: 'h1' },
      { category: 'code', query: 'stress exhibit h1-a-001 #1' },
      { category: 'filtered', query: 'stress', filters: { hallId: 'hall-7' } },
      { category: 'filtered', query: 'exhibit', filters: { country: 'SG' } },
      { category: 'filtered', query: 'h2', filters: { category: 'aerospace' } },
      { category: 'filtered', query: 'stress exhibitor', filters: { zoneId: 'zone-h9-e' } },
      { category: 'filtered', query: 'exhibit 7', filters: { hallId: 'hall-13', kinds: ['exhibit'] } },
      { category: 'hostile', query: '.*+?^${}()|[]\\' },
      { category: 'hostile', query: LONG_QUERY },
    ],
  },
];

const heapUsed = (): number => {
  collectGarbage?.();
  collectGarbage?.();
  return process.memoryUsage().heapUsed;
};
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}
function summarize(times: readonly number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 0.5), 3), p95Ms: round(percentile(sorted, 0.95), 3), maxMs: round(sorted[sorted.length - 1] ?? Number.NaN, 3) };
}
const shortQuery = (query: string): string => (query.length > 40 ? `${query.length.toLocaleString('en-US')} characters` : query);

const results = scenarios.map((scenario) => {
  const layout = scenario.load();
  let start = performance.now();
  const documents = buildSearchDocuments(layout);
  const buildDocumentsMs = performance.now() - start;
  start = performance.now();
  structuredClone(documents);
  const cloneMs = performance.now() - start;
  // The client posts them in chunks a task apart: the longest single copy is what the page feels.
  let cloneChunkMaxMs = 0;
  for (let first = 0; first < documents.length; first += DOCUMENTS_PER_MESSAGE) {
    const chunk = documents.slice(first, first + DOCUMENTS_PER_MESSAGE);
    const chunkStart = performance.now();
    structuredClone(chunk);
    cloneChunkMaxMs = Math.max(cloneChunkMaxMs, performance.now() - chunkStart);
  }
  const kinds: Record<SearchKind, number> = { exhibit: 0, exhibitor: 0, booth: 0, zone: 0, hall: 0 };
  for (const document of documents) kinds[document.kind] += 1;

  const before = heapUsed();
  start = performance.now();
  const index = createSearchIndex(documents);
  const buildIndexMs = performance.now() - start;
  const heapGrowthBytes = heapUsed() - before;
  const serializedBytes = Buffer.byteLength(JSON.stringify(index));

  const timesByQuery = scenario.queries.map(() => [] as number[]);
  const resultCounts = scenario.queries.map((benchQuery) => index.search(benchQuery.query, { filters: benchQuery.filters }).length);
  for (let round = 0; round < WARM_ROUNDS + ROUNDS; round += 1) {
    scenario.queries.forEach((benchQuery, at) => {
      const queryStart = performance.now();
      index.search(benchQuery.query, { filters: benchQuery.filters });
      const elapsed = performance.now() - queryStart;
      if (round >= WARM_ROUNDS) timesByQuery[at]?.push(elapsed);
    });
  }
  const all = timesByQuery.flat();
  const categories = [...new Set(scenario.queries.map((benchQuery) => benchQuery.category))].map((category) => ({
    category,
    ...summarize(scenario.queries.flatMap((benchQuery, at) => (benchQuery.category === category ? (timesByQuery[at] ?? []) : []))),
  }));
  return {
    name: scenario.name,
    exhibits: layout.exhibits.length,
    documents: documents.length,
    kinds,
    buildDocumentsMs: round(buildDocumentsMs, 1),
    cloneDocumentsMs: round(cloneMs, 1),
    cloneChunkMaxMs: round(cloneChunkMaxMs, 1),
    buildIndexMs: round(buildIndexMs, 0),
    serializedBytes,
    heapGrowthBytes,
    queries: all.length,
    ...summarize(all),
    categories,
    perQuery: scenario.queries.map((benchQuery, at) => ({
      category: benchQuery.category,
      query: shortQuery(benchQuery.query),
      ...(benchQuery.filters ? { filters: benchQuery.filters } : {}),
      results: resultCounts[at],
      ...summarize(timesByQuery[at] ?? []),
    })),
  };
});

const stress = results.find((result) => result.name.startsWith('100k'));
const report = {
  benchmark: 'search index (src/search): build and query',
  targetP95Ms: TARGET_P95_MS,
  targetMet: stress !== undefined && stress.p95Ms <= TARGET_P95_MS,
  broadDocuments: BROAD_DOCUMENTS,
  node: process.version,
  cores: cpus().length,
  rounds: ROUNDS,
  date: new Date().toISOString().slice(0, 10),
  results,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search.json', `${JSON.stringify(report, null, 2)}\n`);

const integer = new Intl.NumberFormat('en-US');
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);
const summaryTable = [
  `| scene | exhibits | documents | documents ms | clone ms (all / longest ${integer.format(DOCUMENTS_PER_MESSAGE)}) | index build ms | JSON MB | heap MB | query p50 ms | p95 ms | max ms |`,
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${integer.format(r.exhibits)} | ${integer.format(r.documents)} | ${r.buildDocumentsMs} | ${r.cloneDocumentsMs} / ${r.cloneChunkMaxMs} | ${integer.format(r.buildIndexMs)} | ${megabytes(r.serializedBytes)} | ${megabytes(r.heapGrowthBytes)} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} |`,
  ),
].join('\n');
const categoryNames = [...new Set(results.flatMap((r) => r.categories.map((c) => c.category)))];
const categoryTable = [
  `| scene | ${categoryNames.join(' | ')} |`,
  `|---|${categoryNames.map(() => '---:').join('|')}|`,
  ...results.map((r) => `| ${r.name} | ${categoryNames.map((name) => { const c = r.categories.find((entry) => entry.category === name); return c ? `${c.p50Ms} / ${c.p95Ms}` : '–'; }).join(' | ')} |`),
].join('\n');
const slowest = (stress?.perQuery ?? []).slice().sort((a, b) => b.p95Ms - a.p95Ms).slice(0, 5).map((q) => `\`${q.query}\`${q.filters ? ' (filtered)' : ''} ${q.p95Ms} ms`).join(', ');

const section = [
  START,
  `Measured ${report.date} by \`npm run bench:search\`, Node ${report.node}, ${report.cores} cores; ${ROUNDS} rounds of each scene's queries (${results.map((r) => r.perQuery.length).join(' and ')}) after ${WARM_ROUNDS} warm-up rounds, 30 results each; broad parts above ${integer.format(BROAD_DOCUMENTS)} documents. Target: 100k p95 ≤ ${TARGET_P95_MS} ms: **${report.targetMet ? 'met' : 'not met'}**.`,
  '',
  summaryTable,
  '',
  'p50 / p95 ms by kind of query (bench/results/search.json has every query):',
  '',
  categoryTable,
  '',
  `Slowest on the stress scene (p95): ${slowest}.`,
  '',
  'How the stress-scene figures came down (same machine, shared with other jobs; the module headers in src/search keep the details):',
  '',
  '- MiniSearch alone, every query part handed to it: "stress" 380–850 ms, "h1" 0.5–1.2 s, "H1-A-001" 40 ms. MiniSearch scores about 2 µs per posting and cannot stop early, and "stress" is in 110k names.',
  '- Marks on pinyin, code and whole-name terms (`~`, `#`, then `=`): a prefix walk no longer visits other fields\' terms. "stress" had walked 122k one-document name keys: 750 → 380 ms.',
  '- A term catalogue with document frequencies: parts in more than 1,000 documents are checked on the candidates of the narrow ones through a forward index; when every part is broad, the documents are walked in rank order. A walk over every document cost 9–12 ms; walking only the rarest part\'s postings (an inverted index in rank order) and stopping once nothing later can enter the results: 0.1–2 ms.',
  '- Terms in more than 1,000 documents left out of MiniSearch (only broad parts hold them): JSON 24 → 12 MB, heap 183 → 139 MB. Whole-name keys moved from a MiniSearch field to two 32-bit hashes in sorted typed arrays: heap 139 → 69 MB, JSON 12 → 6 MB. Terms made once per distinct name, ASCII text spared Unicode normalization: index build 7.5 → 3.3 s.',
  '- Documents of one booth share their facet arrays, and the client posts them to the worker in chunks of 5,000 a task apart: the page never copies more than one chunk at once.',
  END,
].join('\n');

let doc = readFileSync(DOC_PATH, 'utf8');
if (!doc.includes(START)) doc = `${doc.trimEnd()}\n\n## Search\n\n${START}\n${END}\n`;
const sectionStart = doc.indexOf(START);
const sectionEnd = doc.indexOf(END) + END.length;
writeFileSync(DOC_PATH, doc.slice(0, sectionStart) + section + doc.slice(sectionEnd));
console.log(summaryTable);
console.log();
console.log(categoryTable);
console.log(`\nstress p95 ${stress?.p95Ms} ms: target ${report.targetMet ? 'met' : 'NOT met'}`);
