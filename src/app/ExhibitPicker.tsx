import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ExpoView } from '../render/createExpoView';
import type { SelectionStore } from '../store/selectionStore';

export interface ExhibitPickerProps {
  view: ExpoView;
  selection: SelectionStore;
  /**
   * Called for a click or tap instead of selecting what is under it, with the exhibit under it (if
   * any) and where it was in normalized device coordinates: going there, and opening its panel on
   * arrival, is the navigator's business. Without it, a click selects.
   */
  onTap?: (exhibitId: string | undefined, ndcX: number, ndcY: number) => void;
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
export function ExhibitPicker({ view, selection, onTap }: ExhibitPickerProps) {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let press: { x: number; y: number; time: number; id: number } | undefined;
    const ndc = { x: 0, y: 0 };
    const toNdc = (event: PointerEvent): boolean => {
      // Under pointer lock (immersive mode) the pointer is the centre of the view.
      if (document.pointerLockElement === canvas) {
        ndc.x = 0;
        ndc.y = 0;
        return true;
      }
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      ndc.x = ((event.clientX - rect.left) / rect.width) * 2 - 1;
      ndc.y = -((event.clientY - rect.top) / rect.height) * 2 + 1;
      return true;
    };
    const pickAt = (event: PointerEvent): string | undefined => (toNdc(event) ? view.pickExhibit(camera, ndc.x, ndc.y) : undefined);
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
    // Pointers down now: a second finger turns the press into a gesture (a pinch), never a tap.
    const down = new Set<number>();
    const onDown = (event: PointerEvent) => {
      down.add(event.pointerId);
      // Only the main button clicks: a right or middle drag pans the overview.
      press = down.size === 1 && event.button === 0 ? { x: event.clientX, y: event.clientY, time: event.timeStamp, id: event.pointerId } : undefined;
    };
    const onCancel = (event: PointerEvent) => {
      down.delete(event.pointerId);
      press = undefined;
    };
    const onUp = (event: PointerEvent) => {
      down.delete(event.pointerId);
      const start = press;
      press = undefined;
      if (!start || start.id !== event.pointerId) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX || event.timeStamp - start.time > CLICK_MS) return;
      if (!toNdc(event)) return;
      const id = view.pickExhibit(camera, ndc.x, ndc.y);
      // With a tap handler the selection is the handler's (the navigator opens the panel on arrival).
      if (onTap) {
        onTap(id, ndc.x, ndc.y);
        return;
      }
      selection.getState().select(id);
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onCancel);
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
      canvas.removeEventListener('pointercancel', onCancel);
      unsubscribe();
      canvas.style.cursor = '';
    };
  }, [gl, camera, view, selection, invalidate, onTap]);
  return null;
}
