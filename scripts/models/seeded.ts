/**
 * A deterministic pseudo-random source in [0, 1) for scattered parts (leaves, grains, rocks), so
 * they come out the same on every build, as the committed model files require. The same mulberry32
 * the scene generators use.
 */
export { mulberry32 as seeded } from '../content/random';
