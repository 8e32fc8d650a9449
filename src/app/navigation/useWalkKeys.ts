/**
 * Walking by keyboard: W A S D or ↑ ↓ to walk and strafe, ← → (or Q E) to turn, R F (or Page Up,
 * Page Down) to look up and down, Shift to walk faster. `event.code` names physical keys, so the
 * same keys work on AZERTY or Dvorak layouts. Keys typed into a form control or a list that
 * handles its own keys (`data-own-keys`) are left alone.
 */
import { useEffect } from 'react';
import { releaseIntent } from '../../navigation/walkIntent';
import { keyBelongsElsewhere } from '../../ui/keyTargets';
import type { WalkInputSink } from '../../navigation/expoNavigator';

const AXES: Record<string, readonly ['keyForward' | 'keyStrafe' | 'keyTurn' | 'keyPitch', 1 | -1]> = {
  KeyW: ['keyForward', 1],
  ArrowUp: ['keyForward', 1],
  KeyS: ['keyForward', -1],
  ArrowDown: ['keyForward', -1],
  KeyD: ['keyStrafe', 1],
  KeyA: ['keyStrafe', -1],
  ArrowRight: ['keyTurn', 1],
  KeyE: ['keyTurn', 1],
  ArrowLeft: ['keyTurn', -1],
  KeyQ: ['keyTurn', -1],
  KeyR: ['keyPitch', 1],
  PageUp: ['keyPitch', 1],
  KeyF: ['keyPitch', -1],
  PageDown: ['keyPitch', -1],
};


export function useWalkKeys(input: WalkInputSink, enabled: () => boolean): void {
  useEffect(() => {
    // No page (the view rendered in Node tests): no keys.
    if (typeof window === 'undefined') return undefined;
    const held = new Set<string>();
    const recompute = (): void => {
      const intent = input.intent;
      intent.keyForward = 0;
      intent.keyStrafe = 0;
      intent.keyTurn = 0;
      intent.keyPitch = 0;
      for (const code of held) {
        const axis = AXES[code];
        if (axis) intent[axis[0]] += axis[1];
      }
      intent.run = held.has('ShiftLeft') || held.has('ShiftRight');
    };
    const onDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || keyBelongsElsewhere(event.target) || !enabled()) return;
      if (!AXES[event.code] && !event.code.startsWith('Shift')) return;
      // Arrow keys and Page keys would otherwise scroll whatever the page can scroll.
      if (AXES[event.code]) event.preventDefault();
      held.add(event.code);
      recompute();
      // A walking key takes the controls back; Shift alone (Shift+Tab) does not.
      if (AXES[event.code]) input.takeOver();
      input.wake();
    };
    const onUp = (event: KeyboardEvent) => {
      if (!held.delete(event.code)) return;
      recompute();
      input.wake();
    };
    const releaseAll = () => {
      held.clear();
      releaseIntent(input.intent);
    };
    const onVisibility = () => {
      if (document.hidden) releaseAll();
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    // A key released while the window is in the background never sends its keyup.
    window.addEventListener('blur', releaseAll);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('blur', releaseAll);
      document.removeEventListener('visibilitychange', onVisibility);
      releaseAll();
    };
  }, [input, enabled]);
}
