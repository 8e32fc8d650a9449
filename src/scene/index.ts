/** The scene layer: pure TypeScript, no three, no React. */
export * from './schema';
export * from './diagnostics';
export * from './parseScene';
export { MAX_NESTING_DEPTH } from './nestingDepth';
export { ENCODING_RULE } from './decodeSceneBytes';
export { echoText, formatCount } from './echoValue';
export * from './layout';
export * from './geometry';
export * from './summarizeScene';
export * from './architecture';
export { localizedString, type Language } from './localizedString';
export { doorSignLine, shortHallName } from './doorSigns';
export { MIN_DWELL_S, narrationSpeechS, tourStopDwellS } from './tourDwell';
