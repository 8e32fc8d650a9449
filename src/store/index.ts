/** Stores: zustand vanilla stores with thin React hooks; no three, no components. */
export * from './sceneStore';
export * from './loadScene';
export * from './languageStore';
export * from './renderStats';
export * from './modelStore';
export * from './loadingStore';
export { useSceneStore } from './useSceneStore';
export { useLanguage } from './useLanguage';
export { useModelStore } from './useModelStore';
export { useLoadingStore } from './useLoadingStore';
