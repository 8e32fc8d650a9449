/**
 * Immersive viewing (沉浸式观展): the page goes fullscreen and, with a mouse, the pointer is locked
 * to the view so moving the mouse looks around. Esc leaves: the browser ends pointer lock or
 * fullscreen on Esc, and losing either ends the whole mode, so one press is always enough. Where
 * fullscreen or pointer lock is unavailable (some tablets), the mode still hides the interface
 * around the view, and Esc still leaves.
 */
import type { NavigationStore } from '../../store/navigationStore';

export interface Immersive {
  /** Must run inside a click or key handler: fullscreen and pointer lock need the user's gesture. */
  enter: () => void;
  leave: () => void;
  /** Removes the listeners. */
  dispose: () => void;
}

export function createImmersive(canvas: HTMLCanvasElement, navigation: NavigationStore): Immersive {
  const active = () => navigation.getState().immersive;
  const leave = (): void => {
    if (!active()) return;
    navigation.getState().reportImmersive(false);
    if (document.pointerLockElement) document.exitPointerLock?.();
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  };
  const enter = (): void => {
    if (active()) return;
    navigation.getState().reportImmersive(true);
    const root = document.documentElement;
    if (root.requestFullscreen && !document.fullscreenElement) root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
    // Pointer lock only with a mouse (on a tablet the finger is the pointer), and only walking: the
    // overview's orbit camera is dragged.
    if (window.matchMedia?.('(pointer: fine)').matches && navigation.getState().mode === 'walk' && canvas.requestPointerLock) {
      try {
        const pending = canvas.requestPointerLock() as unknown;
        if (pending instanceof Promise) pending.catch(() => undefined);
      } catch {
        // Refused (a sandboxed frame): immersive without the lock.
      }
    }
  };
  let locked = false;
  let full = false;
  const onPointerLock = () => {
    const now = document.pointerLockElement === canvas;
    if (locked && !now) leave();
    locked = now;
  };
  const onFullscreen = () => {
    const now = document.fullscreenElement !== null;
    if (full && !now) leave();
    full = now;
  };
  const onKey = (event: KeyboardEvent) => {
    // An Escape a panel above the view took for itself is not one for leaving.
    if (event.key === 'Escape' && !event.defaultPrevented && active()) leave();
  };
  document.addEventListener('pointerlockchange', onPointerLock);
  document.addEventListener('fullscreenchange', onFullscreen);
  window.addEventListener('keydown', onKey);
  return {
    enter,
    leave,
    dispose() {
      document.removeEventListener('pointerlockchange', onPointerLock);
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey);
      leave();
    },
  };
}
