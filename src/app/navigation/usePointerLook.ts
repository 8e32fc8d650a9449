/**
 * Looking and stepping with a pointer while walking: drag (mouse, pen or one finger) to look
 * around, the way one drags a photo sphere; the wheel and a two-finger pinch step forward and back;
 * under pointer lock (immersive mode) the mouse turns the view directly. The canvas has
 * `touch-action: none`, so the browser neither scrolls nor zooms the page under these gestures.
 */
import { useEffect } from 'react';
import type { WalkInputSink } from '../../navigation/expoNavigator';

/** Radians of turn per CSS pixel of drag (a drag across a tablet turns about 120°). */
const DRAG_RAD_PER_PX = 0.0035;
const LOCKED_RAD_PER_PX = 0.0022;
/** Metres per CSS pixel of pinch spread, and per wheel pixel / line. */
const PINCH_M_PER_PX = 0.035;
const WHEEL_M_PER_PX = 0.012;
const WHEEL_M_PER_LINE = 0.5;
/** Wheel or pinch steps queued at most, metres: a spun wheel does not send the visitor across the hall. */
const MAX_PENDING_M = 8;

export function usePointerLook(canvas: HTMLCanvasElement, input: WalkInputSink, enabled: () => boolean): void {
  useEffect(() => {
    const pointers = new Map<number, { x: number; y: number }>();
    let pinchSpread = 0;
    const spread = (): number => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const step = (metres: number): void => {
      input.takeOver();
      const intent = input.intent;
      intent.pendingForwardM = Math.max(-MAX_PENDING_M, Math.min(MAX_PENDING_M, intent.pendingForwardM + metres));
      input.wake();
    };
    const onDown = (event: PointerEvent) => {
      if (!enabled() || document.pointerLockElement === canvas) return;
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 2) pinchSpread = spread();
      canvas.setPointerCapture?.(event.pointerId);
    };
    const onMove = (event: PointerEvent) => {
      if (!enabled()) return;
      const intent = input.intent;
      if (document.pointerLockElement === canvas) {
        if (event.movementX !== 0 || event.movementY !== 0) input.takeOver();
        intent.lookYawRad -= event.movementX * LOCKED_RAD_PER_PX;
        intent.lookPitchRad -= event.movementY * LOCKED_RAD_PER_PX;
        input.wake();
        return;
      }
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      last.x = event.clientX;
      last.y = event.clientY;
      if (pointers.size === 1) {
        // Grab the view: dragging right pulls the scene right, turning the visitor left.
        if (dx !== 0 || dy !== 0) input.takeOver();
        intent.lookYawRad += dx * DRAG_RAD_PER_PX;
        intent.lookPitchRad += dy * DRAG_RAD_PER_PX;
        input.wake();
      } else if (pointers.size === 2) {
        const now = spread();
        step((now - pinchSpread) * PINCH_M_PER_PX);
        pinchSpread = now;
      }
    };
    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 2) pinchSpread = spread();
    };
    const onWheel = (event: WheelEvent) => {
      if (!enabled()) return;
      event.preventDefault();
      const metres = event.deltaMode === 1 ? event.deltaY * WHEEL_M_PER_LINE : event.deltaMode === 2 ? event.deltaY * 4 : event.deltaY * WHEEL_M_PER_PX;
      // Wheel away from the visitor (negative deltaY) walks forward.
      step(-metres);
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onUp);
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('wheel', onWheel);
    };
  }, [canvas, input, enabled]);
}
