import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseScene, serializeScene, type ParseResult } from '../../src/scene';
import { buildStressScene, manifestModels } from '../../scripts/stress/buildStressScene';
import { parseStressArgs } from '../../scripts/stress/cliArgs';

function generate(exhibits: number, models: number, seed: number): { text: string; result: ParseResult } {
  const text = serializeScene(buildStressScene({ exhibits, models, seed }));
  return { text, result: parseScene(text) };
}

describe('npm run gen:stress', () => {
  const catalogue = manifestModels();

  it('reads the 38 built models and their sizes from the manifest', () => {
    expect(catalogue).toHaveLength(38);
    for (const model of catalogue) {
      expect(model.lods).toEqual([0, 1, 2].map((level) => `models/${model.name}/lod${level}.glb`));
      for (const size of model.sizeM) expect(size).toBeGreaterThan(0);
    }
  });

  it.each([
    [1_000, 38],
    [10_000, 120],
  ])('writes a valid scene with exactly %i exhibits on %i distinct models', (exhibits, models) => {
    const { result } = generate(exhibits, models, 42);
    expect(result.diagnostics).toEqual([]);
    const layout = result.layout;
    if (!layout) throw new Error('no layout');
    const { scene } = layout;

    expect(layout.exhibits).toHaveLength(exhibits);
    expect(new Set(scene.exhibits.map((exhibit) => exhibit.model)).size).toBe(models);
    expect(scene.models).toHaveLength(models);

    // Extra ids reuse the real files: model-<name>-v2 … with the lods of model-<name>.
    const byId = new Map(scene.models.map((model) => [model.id, model]));
    for (const model of scene.models) {
      const base = /^model-(.+?)(?:-v(\d+))?$/.exec(model.id);
      expect(base).not.toBeNull();
      const source = catalogue.find((entry) => entry.name === base?.[1]);
      expect(source?.lods).toEqual(model.lods);
      expect(source?.sizeM).toEqual(model.sizeM);
      if (base?.[2]) expect(byId.get(`model-${base[1]}`)?.lods).toEqual(model.lods);
    }

    // One sample exhibitor per booth; 8–10 exhibits a booth (the last one takes the rest).
    expect(layout.booths.every((booth) => booth.exhibitorId !== undefined)).toBe(true);
    expect(scene.exhibitors).toHaveLength(layout.booths.length);
    expect(scene.exhibitors.every((exhibitor) => exhibitor.sample && /^Stress exhibitor H\d+-[A-H]-\d{3}$/.test(exhibitor.name.en ?? ''))).toBe(true);
    const perBooth = new Map<string, number>();
    for (const exhibit of scene.exhibits) perBooth.set(exhibit.booth, (perBooth.get(exhibit.booth) ?? 0) + 1);
    const counts = [...perBooth.values()];
    expect(counts.slice(0, -1).every((count) => count >= 8 && count <= 10)).toBe(true);
    expect(scene.exhibits.some((exhibit) => exhibit.offsetM === undefined)).toBe(true);
    expect(scene.exhibits.some((exhibit) => exhibit.offsetM !== undefined)).toBe(true);

    // Every hall has a street entrance in its south wall; neighbours have doors both ways.
    for (const [index, hall] of scene.halls.entries()) {
      expect(hall.doors.some((door) => door.wall === 'south' && door.leadsTo === 'outside')).toBe(true);
      const next = scene.halls[index + 1];
      if (next) {
        expect(hall.doors.some((door) => door.leadsTo === next.id)).toBe(true);
        expect(next.doors.some((door) => door.leadsTo === hall.id)).toBe(true);
      }
    }
    if (exhibits === 10_000) expect(scene.halls.length).toBeGreaterThan(1);
  });

  it('makes big models rare', () => {
    const { result } = generate(10_000, 38, 3);
    const scene = result.layout?.scene;
    if (!scene) throw new Error('no scene');
    const sizes = new Map(scene.models.map((model) => [model.id, model.sizeM]));
    const big = scene.exhibits.filter((exhibit) => {
      const [width = 0, , depth = 0] = sizes.get(exhibit.model) ?? [];
      return Math.max(width, depth) > 4;
    });
    expect(big.length).toBeGreaterThan(0);
    expect(big.length / scene.exhibits.length).toBeLessThan(0.02);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const first = serializeScene(buildStressScene({ exhibits: 1_000, models: 50, seed: 7 }));
    const again = serializeScene(buildStressScene({ exhibits: 1_000, models: 50, seed: 7 }));
    const other = serializeScene(buildStressScene({ exhibits: 1_000, models: 50, seed: 8 }));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('parses its flags and explains bad ones', () => {
    expect(parseStressArgs(['--exhibits', '1000', '--models', '40', '--seed', '9', '--out', 'a.json'])).toEqual({ exhibits: 1000, models: 40, seed: 9, out: 'a.json' });
    expect(parseStressArgs(['--exhibits=100_000', '--out=b.json'])).toEqual({ exhibits: 100_000, models: 38, seed: 1, out: 'b.json' });
    expect(() => parseStressArgs(['--exhibits', 'lots', '--out', 'a.json'])).toThrow("--exhibits must be a whole number, not 'lots'");
    expect(() => parseStressArgs(['--exhibits', '-5', '--out', 'a.json'])).toThrow("--exhibits must be a whole number, not '-5'");
    expect(() => parseStressArgs(['--exhibits', '0', '--out', 'a.json'])).toThrow('exhibits must be a whole number from 1 to 1000000, not 0');
    expect(() => parseStressArgs(['--exhibits', '10', '--models', '20', '--out', 'a.json'])).toThrow('models (20) cannot exceed exhibits (10)');
    expect(parseStressArgs(['--exhibits', '10', '--out', 'c.json']).models).toBe(10);
    expect(() => parseStressArgs(['--exhibits', '10', '--seed', '4294967296', '--out', 'a.json'])).toThrow('seed must be a whole number from 0 to 4294967295');
    expect(() => parseStressArgs(['--exhibits', '10'])).toThrow('--out FILE is required');
    expect(() => parseStressArgs(['--out', 'a.json'])).toThrow('--exhibits is required');
    expect(() => parseStressArgs(['--exhibits', '--out', 'a.json'])).toThrow('--exhibits needs a value');
    expect(() => parseStressArgs(['--exhibit', '10'])).toThrow('unknown flag --exhibit');
    expect(() => parseStressArgs(['--exhibits', '1', '--exhibits', '2'])).toThrow('--exhibits is given twice');
    expect(() => buildStressScene({ exhibits: 5, models: 6, seed: 1 })).toThrow(RangeError);
  });

  it('exits with a clear error from the command line on a bad flag', () => {
    let failure: { status?: number; stderr?: Buffer | string } = {};
    try {
      execFileSync('npx', ['tsx', 'scripts/genStress.ts', '--exhibits', 'ten', '--out', '/tmp/never-written.json'], { stdio: 'pipe' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(2);
    const stderr = String(failure.stderr);
    expect(stderr).toContain("gen:stress: --exhibits must be a whole number, not 'ten'");
    expect(stderr).toContain('usage: npm run gen:stress -- --exhibits N');
  });
});
