/**
 * Navigation as the interface sees it: walking or overview, immersive or not, whether the booth
 * list is open, the reduced-motion setting, where the visitor is (the place the URL shows), the
 * journey under way (its route, drawn on the floor and on the floor plan) and a notice when a link
 * named something the expo does not have.
 *
 * This is state only. Commands (go somewhere, stop, overview, immersive) are method calls on the
 * navigator (`ExpoNavigator`), which reports back here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NavigationMode } from '../navigation/visitor';
import type { Place } from '../navigation/places';
import { prefersReducedMotion, touchCapable } from './deviceInput';
import { pageStorage, type SettingStorage } from './pageStorage';

/** A link the visitor followed that the expo could not show; they see `hallId`'s entrance instead. */
export type PlaceNotice =
  /** The link names a hall, booth or exhibit the expo does not have. */
  | { kind: 'unknown'; place: Place; hallId: string }
  /** The address is not a link to a place at all (`#/garbage`). */
  | { kind: 'malformed'; link: string; hallId: string };

export interface Journey {
  /** Where it ends: a place, or undefined for a spot on the floor. */
  target: Place | undefined;
  /** The route from where it started, [x0, z0, x1, z1, …] in site metres, the end last. */
  route: readonly number[];
}

export interface NavigationState {
  /** The device has a touch screen (by capability): the joystick is shown. */
  touch: boolean;
  mode: NavigationMode;
  immersive: boolean;
  listOpen: boolean;
  reducedMotion: boolean;
  /** Where the visitor is now; undefined before the view has placed them. */
  place: Place | undefined;
  notice: PlaceNotice | undefined;
  /** The walked journey under way, if any. */
  journey: Journey | undefined;
  setListOpen: (open: boolean) => void;
  setReducedMotion: (reduced: boolean) => void;
  dismissNotice: () => void;
  /** Reported by the navigator. */
  reportMode: (mode: NavigationMode) => void;
  reportImmersive: (on: boolean) => void;
  reportPlace: (place: Place) => void;
  showNotice: (notice: PlaceNotice | undefined) => void;
  setJourney: (journey: Journey | undefined) => void;
}

export type NavigationStore = StoreApi<NavigationState>;

const REDUCED_MOTION_KEY = 'cloud-expo.reduced-motion';

export interface NavigationDevice {
  /** The system's reduced-motion setting, used until the visitor chooses here. */
  prefersReducedMotion: boolean;
  touch: boolean;
}

export function createNavigationStore({ prefersReducedMotion, touch }: NavigationDevice, storage?: SettingStorage): NavigationStore {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(REDUCED_MOTION_KEY) ?? null;
  } catch {
    // Blocked storage: follow the system setting.
  }
  return createStore<NavigationState>()((set, get) => ({
    touch,
    mode: 'walk',
    immersive: false,
    listOpen: false,
    reducedMotion: saved === null ? prefersReducedMotion : saved === 'true',
    place: undefined,
    notice: undefined,
    journey: undefined,
    setListOpen: (listOpen) => set({ listOpen }),
    setReducedMotion: (reducedMotion) => {
      set({ reducedMotion });
      try {
        storage?.setItem(REDUCED_MOTION_KEY, String(reducedMotion));
      } catch {
        // Applied for this visit only.
      }
    },
    dismissNotice: () => set({ notice: undefined }),
    reportMode: (mode) => {
      if (get().mode !== mode) set({ mode });
    },
    reportImmersive: (immersive) => {
      if (get().immersive !== immersive) set({ immersive });
    },
    reportPlace: (place) => {
      const current = get().place;
      if (current?.kind !== place.kind || current.id !== place.id) set({ place });
    },
    showNotice: (notice) => set({ notice }),
    setJourney: (journey) => {
      if (journey !== get().journey) set({ journey });
    },
  }));
}

export const navigationStore: NavigationStore = createNavigationStore({ prefersReducedMotion: prefersReducedMotion(), touch: touchCapable() }, pageStorage());
