import { describe, expect, it } from 'vitest';
import { createObstacleBuckets } from '../../src/navigation/obstacleBuckets';
import { mulberry32 } from '../../scripts/content/random';

/** Random rectangles in two clusters `apartM` apart, some long and thin (walls), one huge. */
function obstacleField(apartM: number, seed: number, huge = true): Float64Array {
  const random = mulberry32(seed);
  const rects: number[] = [];
  for (let k = 0; k < 400; k += 1) {
    const offset = k % 2 === 0 ? 0 : apartM;
    const x = offset + random() * 120;
    const z = offset + random() * 80;
    const long = k % 10 === 0;
    rects.push(x, z, x + (long ? 100 : random() * 3), z + (long ? 0.2 : random() * 3));
  }
  // An exhibit model 5 km across: valid, and once enough to fill 390 k buckets.
  if (huge) rects.push(-2000, -2000, 3000, 3000);
  return Float64Array.from(rects);
}

/** What a query must return: every rectangle within `reachM`, by brute force. */
function nearBruteForce(obstacles: Float64Array, xM: number, zM: number, reachM: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < obstacles.length; b += 4) {
    const dx = Math.max((obstacles[b] ?? 0) - xM, 0, xM - (obstacles[b + 2] ?? 0));
    const dz = Math.max((obstacles[b + 1] ?? 0) - zM, 0, zM - (obstacles[b + 3] ?? 0));
    if (dx * dx + dz * dz <= reachM * reachM) out.push([...obstacles.subarray(b, b + 4)].join(','));
  }
  return out.sort();
}

function asKeys(out: Float64Array, written: number): string[] {
  const keys: string[] = [];
  for (let b = 0; b < written; b += 4) keys.push([...out.subarray(b, b + 4)].join(','));
  return keys.sort();
}

describe('createObstacleBuckets', () => {
  it('finds exactly the obstacles within reach, each once, near and far from either cluster', () => {
    const obstacles = obstacleField(2800, 7);
    const nearby = createObstacleBuckets(obstacles, 8);
    const random = mulberry32(8);
    const out = new Float64Array(4 * 1000);
    for (let query = 0; query < 300; query += 1) {
      const x = (query % 2 === 0 ? 0 : 2800) + random() * 140 - 10;
      const z = (query % 2 === 0 ? 0 : 2800) + random() * 100 - 10;
      const reach = random() * 12;
      expect(asKeys(out, nearby(x, z, reach, out))).toEqual(nearBruteForce(obstacles, x, z, reach));
    }
  });

  it('stops at what `out` holds', () => {
    const nearby = createObstacleBuckets(Float64Array.from([0, 0, 1, 1, 0.5, 0.5, 2, 2, 0, 0, 3, 3]));
    expect(nearby(0.5, 0.5, 1, new Float64Array(8))).toBe(8);
  });

  it('returns nothing for a point that is not a number', () => {
    const nearby = createObstacleBuckets(obstacleField(100, 1));
    expect(nearby(Number.NaN, 0, 5, new Float64Array(64))).toBe(0);
  });

  it('allocates the same for two clusters 4 km apart as for two side by side', () => {
    const heldAfter = (apartM: number): number => {
      const before = process.memoryUsage().arrayBuffers;
      const nearby = createObstacleBuckets(obstacleField(apartM, 7, false), 8);
      const held = process.memoryUsage().arrayBuffers - before;
      nearby(0, 0, 1, new Float64Array(4));
      return held;
    };
    heldAfter(150);
    const sideBySide = heldAfter(150);
    const apart = heldAfter(2830);
    // Typed arrays sized by the obstacles, not the site: a dense index over 4 km would hold 1 MB.
    expect(apart).toBeLessThan(sideBySide + 16 * 1024);
    expect(apart).toBeLessThan(200 * 1024);
  });
});
