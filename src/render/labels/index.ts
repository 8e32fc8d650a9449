/**
 * Zone signs, door signs and booth fascias, batched: placements and atlas packing are pure
 * (Node-testable), the canvas rasterizer is the only browser part, and `createLabelMeshes` makes
 * the few meshes.
 */
export * from './createLabelMeshes';
export * from './labelPlacements';
export * from './atlasPacking';
export * from './fitLabelText';
export * from './signColors';
export * from './textRasterizer';
export { createLabelTextMaterial, LABEL_UV_ATTRIBUTE } from './createLabelTextMaterial';
export * from './packLabels';
