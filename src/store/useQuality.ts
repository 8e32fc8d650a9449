import { useStore } from 'zustand';
import { qualityPreset, type QualityPreset, type QualitySetting } from '../quality';
import { effectiveQuality, qualityStore } from './qualityStore';

/** The visitor's quality setting and its setter. */
export function useQualitySetting(): [QualitySetting, (setting: QualitySetting) => void] {
  const setting = useStore(qualityStore, (state) => state.setting);
  const setSetting = useStore(qualityStore, (state) => state.setSetting);
  return [setting, setSetting];
}

/** The preset to render with now (re-renders only when the level or device kind changes). */
export function useQualityPreset(): QualityPreset {
  const level = useStore(qualityStore, effectiveQuality);
  const touch = useStore(qualityStore, (state) => state.touch);
  return qualityPreset(level, touch);
}
