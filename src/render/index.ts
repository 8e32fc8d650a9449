/** The renderer layer: three.js objects built from a laid-out scene; no React, no stores. */
export * from './createExpoView';
export * from './createHallMeshes';
export * from './createBoothMeshes';
export * from './createExhibitMesh';
export * from './createGround';
export * from './disposeObject';
export * from './initialView';
export * from './siteBounds';
export { PALETTE } from './palette';
export * from './createExhibitBatches';
export * from './exhibitPlacements';
export * from './loadedModel';
export * from './loadModels';
export * from './modelFailure';
export * from './inspectGltfBytes';
export * from './createGltfParser';
export * from './createModelFileLoader';
export * from './probeWebAssembly';
