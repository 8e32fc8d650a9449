import { useEffect, useRef } from 'react';
import type { WalkInputSink } from '../navigation/expoNavigator';

export interface JoystickProps {
  input: WalkInputSink;
  label: string;
}

/** Knob travel from the centre, CSS px; the base is 2 × (radius + knob) wide: a large target. */
const RADIUS_PX = 52;
/** Deflections smaller than this share of the radius are a resting thumb, not a step. */
const DEAD_ZONE = 0.12;

/**
 * The virtual joystick for touch screens: push the knob up to walk forward, sideways to step
 * sideways; let go to stop. It writes the walk intent directly and moves its knob by style, so a
 * drag renders nothing in React. Always shown on touch devices while walking.
 */
export function Joystick({ input, label }: JoystickProps) {
  const base = useRef<HTMLDivElement>(null);
  const knob = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = base.current;
    if (!element) return;
    let pointerId: number | undefined;
    const place = (dx: number, dy: number): void => {
      const length = Math.hypot(dx, dy);
      const scale = length > RADIUS_PX ? RADIUS_PX / length : 1;
      const x = dx * scale;
      const y = dy * scale;
      if (knob.current) knob.current.style.transform = `translate(${x}px, ${y}px)`;
      const strength = Math.hypot(x, y) / RADIUS_PX;
      input.intent.stickStrafe = strength < DEAD_ZONE ? 0 : x / RADIUS_PX;
      input.intent.stickForward = strength < DEAD_ZONE ? 0 : -y / RADIUS_PX;
      if (strength >= DEAD_ZONE) input.takeOver();
      input.wake();
    };
    const fromEvent = (event: PointerEvent): void => {
      const rect = element.getBoundingClientRect();
      place(event.clientX - (rect.left + rect.width / 2), event.clientY - (rect.top + rect.height / 2));
    };
    const onDown = (event: PointerEvent) => {
      if (pointerId !== undefined) return;
      pointerId = event.pointerId;
      element.setPointerCapture?.(event.pointerId);
      event.preventDefault();
      fromEvent(event);
    };
    const onMove = (event: PointerEvent) => {
      if (event.pointerId === pointerId) fromEvent(event);
    };
    const onUp = (event: PointerEvent) => {
      if (event.pointerId !== pointerId) return;
      pointerId = undefined;
      place(0, 0);
    };
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
      input.intent.stickForward = 0;
      input.intent.stickStrafe = 0;
    };
  }, [input]);
  return (
    // Touch only: keyboard and screen-reader visitors walk with keys or the booth list instead.
    <div className="joystick" ref={base} role="application" aria-roledescription="joystick" aria-label={label} data-testid="joystick">
      <div className="joystick-knob" ref={knob} />
    </div>
  );
}
