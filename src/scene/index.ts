/** The scene layer: pure TypeScript, no three, no React. */
export * from './schema';
export * from './diagnostics';
export * from './parseScene';
export * from './layout';
export * from './geometry';
export * from './summarizeScene';
export * from './architecture';
export { localizedString, type Language } from './localizedString';
export { doorSignLine, shortHallName } from './doorSigns';
