/**
 * The page's history, changing only the hash (the query, such as `?scene=`, is kept). Safari throws
 * after about 100 history changes in 30 s (a held arrow key in the booth list): the address then
 * lags behind, and the visit goes on.
 */
import type { HashHistory } from './navigator';

export const pageHashHistory: HashHistory = {
  push(hash: string) {
    if (window.location.hash === hash) return;
    try {
      window.history.pushState(null, '', hash);
    } catch {
      // Rate-limited: this journey gets no entry of its own.
    }
  },
  replace(hash: string) {
    if (window.location.hash === hash) return;
    try {
      window.history.replaceState(null, '', hash);
    } catch {
      // Rate-limited: a later update will catch up.
    }
  },
};
