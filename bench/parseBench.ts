/**
 * `npm run bench:parse` (part of `npm run bench`): how long parsing and validating a large scene takes, median of several runs in
 * one process, written to bench/results/parse.json and the table in docs/performance.md.
 * Target (issue 2): ≤ 100 ms for a 10,000-booth scene on the 2-core reference machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { parseScene, serializeScene } from '../src/scene';
import { buildLargeScene } from './buildLargeScene';

const RUNS = 15;
/** Present when Node runs with --expose-gc (the bench script passes it). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const TARGET_MS = 100;

interface Case {
  name: string;
  booths: number;
  boothsAs: 'grids' | 'explicit';
  exhibitsPerBooth: number;
  jitless: boolean;
}

const cases: Case[] = [
  { name: '10k booths in booth grids, 10k exhibitors', booths: 10_000, boothsAs: 'grids', exhibitsPerBooth: 0, jitless: false },
  { name: 'the same, jitless zod (as in the browser)', booths: 10_000, boothsAs: 'grids', exhibitsPerBooth: 0, jitless: true },
  { name: '10k booths written one by one, 10k exhibitors', booths: 10_000, boothsAs: 'explicit', exhibitsPerBooth: 0, jitless: false },
  { name: 'the same, jitless zod', booths: 10_000, boothsAs: 'explicit', exhibitsPerBooth: 0, jitless: true },
  { name: '10k booths in grids + 80k exhibits', booths: 10_000, boothsAs: 'grids', exhibitsPerBooth: 8, jitless: false },
  ...(existsSync('scenes/mianyang-2023.json')
    ? [{ name: 'default expo (scenes/mianyang-2023.json)', booths: 0, boothsAs: 'grids' as const, exhibitsPerBooth: 0, jitless: false }]
    : []),
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const results = cases.map((benchCase) => {
  z.config({ jitless: benchCase.jitless });
  const text =
    benchCase.booths > 0
      ? serializeScene(buildLargeScene({ booths: benchCase.booths, boothsAs: benchCase.boothsAs, exhibitsPerBooth: benchCase.exhibitsPerBooth }))
      : readFileSync('scenes/mianyang-2023.json', 'utf8');
  const timesMs: number[] = [];
  let booths = 0;
  let exhibits = 0;
  for (let run = 0; run < RUNS + 2; run += 1) {
    // Garbage left by the previous run is collected first, so no run pays for another's.
    collectGarbage?.();
    const start = performance.now();
    const result = parseScene(text);
    const elapsed = performance.now() - start;
    if (!result.ok || !result.layout) throw new Error(`${benchCase.name}: the benchmark scene is invalid: ${result.diagnostics[0]?.message}`);
    booths = result.layout.booths.length;
    exhibits = result.layout.exhibits.length;
    if (run >= 2) timesMs.push(elapsed); // the first runs warm the JIT
  }
  const medianMs = median(timesMs);
  return {
    name: benchCase.name,
    booths,
    exhibits,
    megabytes: Number((text.length / 1e6).toFixed(2)),
    medianMs: Number(medianMs.toFixed(1)),
    minMs: Number(Math.min(...timesMs).toFixed(1)),
    maxMs: Number(Math.max(...timesMs).toFixed(1)),
  };
});
z.config({ jitless: false });

const report = {
  benchmark: 'parse + validate (parseScene: JSON.parse, zod schema, layout expansion, cross-checks)',
  targetMs: TARGET_MS,
  node: process.version,
  runs: RUNS,
  date: new Date().toISOString().slice(0, 10),
  results,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/parse.json', `${JSON.stringify(report, null, 2)}\n`);

const table = [
  '| scene | booths | exhibits | MB | median ms | min–max ms |',
  '|---|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.booths.toLocaleString('en-US')} | ${r.exhibits.toLocaleString('en-US')} | ${r.megabytes} | ${r.medianMs} | ${r.minMs}–${r.maxMs} |`),
].join('\n');
const section = `<!-- parse-bench:start -->\nMeasured ${report.date}, Node ${report.node}, median of ${RUNS} runs after 2 warm-up runs (target ≤ ${TARGET_MS} ms for 10k booths):\n\n${table}\n<!-- parse-bench:end -->`;
const docPath = 'docs/performance.md';
let doc: string;
try {
  doc = readFileSync(docPath, 'utf8');
} catch {
  doc = '# Performance\n\nFigures written by `npm run bench`; compare rows from the same run only.\n\n## Parsing and validating scenes\n\n<!-- parse-bench:start -->\n<!-- parse-bench:end -->\n';
}
writeFileSync(docPath, doc.replace(/<!-- parse-bench:start -->[\s\S]*<!-- parse-bench:end -->/, section));
console.log(table);
