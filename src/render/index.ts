/** The renderer layer: three.js objects built from a laid-out scene; no React, no stores. */
export * from './createExpoView';
export * from './createHallMeshes';
export * from './createBoothMeshes';
export * from './createExhibitMesh';
export * from './createGround';
export * from './disposeObject';
export * from './initialView';
export * from './siteBounds';
export * from './wallSegments';
export * from './boothPanels';
export * from './dimensions';
export { PALETTE } from './palette';
