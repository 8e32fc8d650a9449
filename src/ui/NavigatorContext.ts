/**
 * The page's navigator for the interface: buttons, lists, search and the floor plan move the
 * visitor through it (`useNavigator().goTo(…)`). The app provides it; the interface knows only the
 * typed API, never the 3D view behind it.
 */
import { createContext, useContext } from 'react';
import type { ExpoNavigator } from '../navigation/expoNavigator';

export const NavigatorContext = createContext<ExpoNavigator | undefined>(undefined);

/** The navigator the app provides; throws when a component is used outside the expo (a wiring mistake). */
export function useNavigator(): ExpoNavigator {
  const navigator = useContext(NavigatorContext);
  if (!navigator) throw new Error('useNavigator needs a NavigatorContext provider (the expo app provides one)');
  return navigator;
}
