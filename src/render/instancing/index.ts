/** The per-frame core of the instanced exhibit renderer: typed arrays in, buckets and matrices out. */
export { createExhibitInstances, type ExhibitInstances } from './exhibitInstances';
export { createSpatialGrid, type SpatialGrid, type SpatialGridOptions } from './spatialGrid';
export {
  createCullView,
  createInstanceCuller,
  cullAndSelect,
  resetLevels,
  NO_LEVEL,
  type CullResult,
  type CullView,
  type InstanceCuller,
  type InstanceCullerOptions,
} from './cullAndSelect';
export { createInstanceMatrixArrays, packInstanceMatrices } from './packInstanceMatrices';
export { writeFrustumPlanes } from './writeFrustumPlanes';
export { countTriangles, createDrawBudget, cullWithinBudget, type DrawBudget, type DrawBudgetOptions } from './drawBudget';
export { packBoxInstances, type BoxSources } from './packBoxInstances';
export { createHallVisibility, hallAt, writeHallMask, type HallVisibility } from './hallVisibility';
export { pickInstance, rayBoxDistance, type PickRay } from './pickInstance';
export { createBucketHistory, markChangedBuckets, resetBucketHistory, type BucketHistory } from './bucketHistory';
export { relevelVisible } from './selectLevels';
