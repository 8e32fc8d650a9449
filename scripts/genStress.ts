/**
 * `npm run gen:stress -- --exhibits N [--models M] [--seed S] --out FILE`: writes a stress-test
 * scene (see scripts/stress/buildStressScene.ts), reads the written file back through the app's
 * validator and prints its summary, size and timings. Exit 0: valid with no warning; 1: the
 * written scene has a diagnostic; 2: bad flags.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countScene, formatSceneSummary, parseScene, serializeScene } from '../src/scene';
import { buildStressScene } from './stress/buildStressScene';
import { parseStressArgs, STRESS_USAGE, type CliOptions } from './stress/cliArgs';

function main(): number {
  let options: CliOptions;
  try {
    options = parseStressArgs(process.argv.slice(2));
  } catch (problem) {
    console.error(`gen:stress: ${problem instanceof Error ? problem.message : String(problem)}`);
    console.error(STRESS_USAGE);
    return 2;
  }

  const started = performance.now();
  const scene = buildStressScene(options);
  const built = performance.now();
  const text = serializeScene(scene);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  const written = performance.now();

  const result = parseScene(readFileSync(options.out, 'utf8'));
  const validated = performance.now();
  for (const diagnostic of result.diagnostics.slice(0, 20)) {
    console.error(`${options.out}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`);
  }
  if (result.diagnostics.length > 20) console.error(`… and ${result.diagnostics.length - 20} more`);

  const warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(2)} s`;
  const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  if (result.layout) console.log(`${options.out}: ${formatSceneSummary(countScene(result.layout), warnings)}`);
  console.log(
    `${options.out}: ${Buffer.byteLength(text).toLocaleString('en-US')} bytes (${megabytes} MiB), ${options.models} models, seed ${options.seed}; ` +
      `build ${seconds(started, built)}, write ${seconds(built, written)}, validate ${seconds(written, validated)}, total ${seconds(started, validated)}`,
  );
  return result.diagnostics.length === 0 ? 0 : 1;
}

process.exitCode = main();
