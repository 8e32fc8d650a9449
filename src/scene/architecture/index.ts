/**
 * The fixed architecture of a scene (hall walls with door openings, booth walls and counters, their
 * sizes), three-free so the renderer draws and the walking visitor collides with the same boxes.
 */
export * from './dimensions';
export * from './wallSegments';
export * from './boothPanels';
