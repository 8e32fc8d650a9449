/**
 * The rendering quality: what the visitor chose (`auto` or a fixed level), the level the frame-time
 * monitor arrived at under `auto`, and whether the device is touch-first (pixel-ratio cap).
 * The choice is remembered in `localStorage` when the page may use it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { touchFirst } from './deviceInput';
import { pageStorage, type SettingStorage } from './pageStorage';
import { QUALITY_SETTINGS, stepQuality, type QualityLevel, type QualitySetting } from '../quality';

export interface QualityState {
  setting: QualitySetting;
  /** The level `auto` stands at now (starts high on desktops, medium on touch devices). */
  autoLevel: QualityLevel;
  touch: boolean;
  setSetting: (setting: QualitySetting) => void;
  /** Moves `autoLevel` one step; returns whether it changed (never under a fixed setting). */
  stepAuto: (step: -1 | 1) => boolean;
}

export type { SettingStorage };

export type QualityStore = StoreApi<QualityState>;

/** The level to render at. */
export function effectiveQuality(state: Pick<QualityState, 'setting' | 'autoLevel'>): QualityLevel {
  return state.setting === 'auto' ? state.autoLevel : state.setting;
}

const STORAGE_KEY = 'cloud-expo.quality';

function isSetting(value: unknown): value is QualitySetting {
  return typeof value === 'string' && (QUALITY_SETTINGS as readonly string[]).includes(value);
}

export function createQualityStore(touch: boolean, storage?: SettingStorage): QualityStore {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): fall back to auto.
  }
  return createStore<QualityState>()((set, get) => ({
    setting: isSetting(saved) ? saved : 'auto',
    autoLevel: touch ? 'medium' : 'high',
    touch,
    setSetting: (setting) => {
      set({ setting });
      try {
        storage?.setItem(STORAGE_KEY, setting);
      } catch {
        // Not remembered, still applied.
      }
    },
    stepAuto: (step) => {
      const { setting, autoLevel } = get();
      if (setting !== 'auto') return false;
      const next = stepQuality(autoLevel, step);
      if (next === autoLevel) return false;
      set({ autoLevel: next });
      return true;
    },
  }));
}

export const qualityStore: QualityStore = createQualityStore(touchFirst(), pageStorage());
