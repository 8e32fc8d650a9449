/** Where settings are remembered: the page's localStorage when it may be used. */
export interface SettingStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

/** The page's localStorage, or undefined where there is none or it is blocked (sandboxed frames). */
export function pageStorage(): SettingStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The tab's sessionStorage (forgotten when the tab closes), or undefined where it is blocked. */
export function tabStorage(): SettingStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
