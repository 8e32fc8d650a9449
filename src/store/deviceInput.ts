/**
 * What the device's input can do, by capability rather than user agent (iPadOS Safari reports
 * itself as a desktop browser). Two questions with different answers on a touch-screen laptop:
 * whether touch is the main input (the quality's pixel-ratio cap), and whether there is a touch
 * screen at all (the walking joystick).
 */
function media(query: string): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(query).matches === true;
}

const touchPoints = (): number => (typeof navigator === 'undefined' ? 0 : (navigator.maxTouchPoints ?? 0));

/** Touch is the main input: a coarse primary pointer, or a multi-touch screen. */
export function touchFirst(): boolean {
  return media('(pointer: coarse)') || touchPoints() > 1;
}

/** The device has a touch screen, whatever else it has. */
export function touchCapable(): boolean {
  return touchPoints() > 0 || media('(any-pointer: coarse)');
}

/** The visitor asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return media('(prefers-reduced-motion: reduce)');
}
