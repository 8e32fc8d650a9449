/**
 * Looking and stepping with a pointer while walking: drag (mouse, pen or one finger) to look
 * around, the way one drags a photo sphere; the wheel and a two-finger pinch step forward and back;
 * under pointer lock (immersive mode) the mouse turns the view directly. The canvas has
 * `touch-action: none`, so the browser neither scrolls nor zooms the page under these gestures.
 *
 * The gestures come from `@use-gesture/react` (as on the floor plan): it tracks the pointers,
 * tells a pinch from a drag, captures the pointer and normalises wheel deltas, which this module
 * used to do by hand. What is left here is what the gestures mean for the visitor.
 */
import { useGesture } from '@use-gesture/react';
import type { WalkInputSink } from '../../navigation/expoNavigator';

/** Radians of turn per CSS pixel of drag (a drag across a tablet turns about 120°). */
const DRAG_RAD_PER_PX = 0.0035;
const LOCKED_RAD_PER_PX = 0.0022;
/** Metres per CSS pixel of pinch spread, and per wheel pixel (use-gesture turns lines and pages into pixels). */
const PINCH_M_PER_PX = 0.035;
const WHEEL_M_PER_PX = 0.012;
/** A trackpad pinch (ctrl + wheel) has a scale, not a spread: metres per doubling of the scale. */
const PINCH_M_PER_DOUBLING = 7;
/** Wheel or pinch steps queued at most, metres: a spun wheel does not send the visitor across the hall. */
const MAX_PENDING_M = 8;

export function usePointerLook(canvas: HTMLCanvasElement, input: WalkInputSink, enabled: () => boolean): void {
  const step = (metres: number): void => {
    if (metres === 0) return;
    input.takeOver();
    const intent = input.intent;
    intent.pendingForwardM = Math.max(-MAX_PENDING_M, Math.min(MAX_PENDING_M, intent.pendingForwardM + metres));
    input.wake();
  };
  const locked = (): boolean => typeof document !== 'undefined' && document.pointerLockElement === canvas;

  useGesture(
    {
      onDrag: ({ delta: [dx, dy], pinching, cancel }) => {
        if (pinching) return cancel();
        if (!enabled() || locked() || (dx === 0 && dy === 0)) return undefined;
        // Grab the view: dragging right pulls the scene right, turning the visitor left.
        input.takeOver();
        input.intent.lookYawRad += dx * DRAG_RAD_PER_PX;
        input.intent.lookPitchRad += dy * DRAG_RAD_PER_PX;
        input.wake();
        return undefined;
      },
      onPinch: ({ da: [distance], offset: [scale], event, first, memo }) => {
        // Two fingers: the change in their spread; a trackpad pinch: the change in scale.
        const fromWheel = event.type === 'wheel';
        const now = fromWheel ? scale : distance;
        const previous = first || typeof memo !== 'number' ? now : memo;
        if (enabled()) step(fromWheel ? Math.log2(now / previous) * PINCH_M_PER_DOUBLING : (now - previous) * PINCH_M_PER_PX);
        return now;
      },
      onWheel: ({ delta: [, dy], event }) => {
        if (!enabled()) return;
        event.preventDefault();
        // A trackpad pinch arrives as ctrl + wheel: the pinch handler steps for it.
        if (event.ctrlKey) return;
        // Wheel away from the visitor (negative deltaY) walks forward.
        step(-dy * WHEEL_M_PER_PX);
      },
      onMove: ({ event }) => {
        if (!enabled() || !locked() || !(event instanceof MouseEvent)) return;
        if (event.movementX === 0 && event.movementY === 0) return;
        input.takeOver();
        input.intent.lookYawRad -= event.movementX * LOCKED_RAD_PER_PX;
        input.intent.lookPitchRad -= event.movementY * LOCKED_RAD_PER_PX;
        input.wake();
      },
    },
    { target: canvas, pinch: { scaleBounds: { min: 1e-3, max: 1e3 } }, eventOptions: { passive: false } },
  );
}
