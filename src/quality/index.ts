/** Adaptive quality (pure, used by render, store and UI): presets per level and the frame-time monitor that moves between them. */
export { createFrameTimeMonitor, noteLevelChange, recordFrame, type FrameTimeMonitor, type FrameTimeMonitorOptions, type QualityDecision } from './frameTimeMonitor';
export { drawDistanceAt, qualityPreset, stepQuality, DRAW_DISTANCE_PER_HEIGHT, QUALITY_LEVELS, QUALITY_SETTINGS, type QualityLevel, type QualityPreset, type QualitySetting } from './qualityPresets';
