/**
 * Navigation as the interface sees it: walking or overview, immersive or not, whether the booth
 * list is open, the reduced-motion setting, where the visitor is (the place the URL shows) and a
 * notice when a link named something the expo does not have.
 *
 * Buttons and lists do not move the camera themselves: they post a request, which the 3D view
 * carries out. Subscribers run synchronously, so a request posted from a click handler is carried
 * out inside that click, as fullscreen and pointer lock require.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NavigationMode } from '../navigation/visitor';
import type { Place } from '../navigation/places';
import { prefersReducedMotion, touchCapable } from './deviceInput';
import { pageStorage, type SettingStorage } from './pageStorage';

export type NavigationCommand =
  | { kind: 'go'; place: Place; history: 'push' | 'replace' }
  | { kind: 'mode'; mode: NavigationMode }
  | { kind: 'immersive'; on: boolean };

export interface NavigationRequest {
  /** Increases with every request, so two equal commands in a row are still two requests. */
  serial: number;
  command: NavigationCommand;
}

export interface UnknownPlaceNotice {
  /** The place the link named. */
  place: Place;
  /** The hall the visitor was shown instead. */
  hallId: string;
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
  notice: UnknownPlaceNotice | undefined;
  request: NavigationRequest | undefined;
  /**
   * Asks the view to take the visitor to a hall, booth or exhibit: a new history entry, or (for
   * stepping through a list) an update of the current one.
   */
  go: (place: Place, history?: 'push' | 'replace') => void;
  setMode: (mode: NavigationMode) => void;
  setImmersive: (on: boolean) => void;
  setListOpen: (open: boolean) => void;
  setReducedMotion: (reduced: boolean) => void;
  dismissNotice: () => void;
  /** Reported by the view. */
  reportMode: (mode: NavigationMode) => void;
  reportImmersive: (on: boolean) => void;
  reportPlace: (place: Place) => void;
  showNotice: (notice: UnknownPlaceNotice | undefined) => void;
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
  let serial = 0;
  return createStore<NavigationState>()((set, get) => {
    const post = (command: NavigationCommand): void => {
      serial += 1;
      set({ request: { serial, command } });
    };
    return {
      touch,
      mode: 'walk',
      immersive: false,
      listOpen: false,
      reducedMotion: saved === null ? prefersReducedMotion : saved === 'true',
      place: undefined,
      notice: undefined,
      request: undefined,
      go: (place, history = 'push') => post({ kind: 'go', place, history }),
      setMode: (mode) => post({ kind: 'mode', mode }),
      setImmersive: (on) => post({ kind: 'immersive', on }),
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
    };
  });
}

export const navigationStore: NavigationStore = createNavigationStore({ prefersReducedMotion: prefersReducedMotion(), touch: touchCapable() }, pageStorage());
