/**
 * Whether the start screen stands in front of the expo. A visitor who comes without a link sees it
 * first; a deep link (`#/…`) skips it and lands at its place, and so does a reload of a tab that has
 * already entered (the tab's sessionStorage remembers it), so a visitor is welcomed once per visit
 * and not again on every refresh. A new tab or window is a new visit.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { tabStorage, type SettingStorage } from './pageStorage';

export interface StartScreenState {
  open: boolean;
  /** Leaves the start screen for the expo (Enter, a guided tour, or a link followed). */
  enter: () => void;
}

export type StartScreenStore = StoreApi<StartScreenState>;

/** The key the tab remembers having entered under, in sessionStorage. */
export const ENTERED_STORAGE_KEY = 'cloud-expo.entered';

/** Whether the page's address is a link into the expo (`#/hall/…`, `#/exhibit/…`, a tour stop, even a malformed one). */
export function isDeepLink(hash: string): boolean {
  return /^#\/./.test(hash);
}

/** Whether a page opened at `hash` shows the start screen first. */
export function startScreenOpensAt(hash: string, storage: SettingStorage | undefined): boolean {
  if (isDeepLink(hash)) return false;
  try {
    return storage?.getItem(ENTERED_STORAGE_KEY) !== '1';
  } catch {
    return true;
  }
}

export function createStartScreenStore(open: boolean, storage: SettingStorage | undefined): StartScreenStore {
  return createStore<StartScreenState>()((set) => ({
    open,
    enter: () => {
      try {
        storage?.setItem(ENTERED_STORAGE_KEY, '1');
      } catch {
        // Not remembered (private mode, a sandboxed frame): the next reload welcomes them again.
      }
      set({ open: false });
    },
  }));
}

export const startScreenStore: StartScreenStore = createStartScreenStore(
  typeof window === 'undefined' ? false : startScreenOpensAt(window.location.hash, tabStorage()),
  tabStorage(),
);
