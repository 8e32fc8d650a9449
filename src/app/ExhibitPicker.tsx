import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ExpoView } from '../render/createExpoView';
import type { SelectionStore } from '../store/selectionStore';

export interface ExhibitPickerProps {
  view: ExpoView;
  selection: SelectionStore;
}

/** A press that moves less than this (CSS px) and lasts less than `CLICK_MS` is a click or tap, not a drag. */
const CLICK_SLOP_PX = 6;
const CLICK_MS = 600;

/**
 * Click or tap an exhibit to select it; hover with a mouse or pen to outline it. Listens on the
 * canvas itself rather than through R3F's pointer events, which would raycast every object of the
 * scene on each move: `view.pickExhibit` tests only the instances on screen, on events only.
 * Dragging (orbiting) is not a click. Store updates happen in event handlers, never per frame.
 */
export function ExhibitPicker({ view, selection }: ExhibitPickerProps) {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let press: { x: number; y: number; time: number; id: number } | undefined;
    const pickAt = (event: PointerEvent): string | undefined => {
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return undefined;
      const x = ((event.clientX - rect.left) / rect.width) * 2 - 1;
      const y = -((event.clientY - rect.top) / rect.height) * 2 + 1;
      return view.pickExhibit(camera, x, y);
    };
    const onMove = (event: PointerEvent) => {
      // Touch has no hover; a finger moving is a drag.
      if (event.pointerType === 'touch' || event.buttons !== 0) return;
      const id = pickAt(event);
      if (id === selection.getState().hoveredId) return;
      selection.getState().hover(id);
      view.highlight('hover', id);
      canvas.style.cursor = id === undefined ? '' : 'pointer';
      invalidate();
    };
    const onLeave = () => {
      if (selection.getState().hoveredId === undefined) return;
      selection.getState().hover(undefined);
      view.highlight('hover', undefined);
      canvas.style.cursor = '';
      invalidate();
    };
    const onDown = (event: PointerEvent) => {
      press = { x: event.clientX, y: event.clientY, time: event.timeStamp, id: event.pointerId };
    };
    const onUp = (event: PointerEvent) => {
      const start = press;
      press = undefined;
      if (!start || start.id !== event.pointerId) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX || event.timeStamp - start.time > CLICK_MS) return;
      const id = pickAt(event);
      selection.getState().select(id);
      view.highlight('selected', id);
      invalidate();
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    // A selection made elsewhere (the panel's close button, a list) moves the outline too.
    const unsubscribe = selection.subscribe((state, previous) => {
      if (state.selectedId === previous.selectedId) return;
      view.highlight('selected', state.selectedId);
      invalidate();
    });
    return () => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      unsubscribe();
      canvas.style.cursor = '';
    };
  }, [gl, camera, view, selection, invalidate]);
  return null;
}
