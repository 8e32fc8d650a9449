/**
 * The visitor in the 3D view: lends the navigator the camera hooks (orbit target, camera pose,
 * frames, immersive view), places the visitor where the link points, feeds keys, drags, wheel,
 * pinch and clicks into the navigator, and copies the visitor's pose onto the camera each frame.
 * The frame loop steps the visitor and sets the camera only: no stores, no React state, no
 * allocation.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { Plane, Raycaster, Vector2, Vector3 } from 'three';
import { visitorIsBusy } from '../../navigation/visitor';
import { intentIsActive } from '../../navigation/walkIntent';
import type { ExpoView } from '../../render/createExpoView';
import { navigationStore } from '../../store/navigationStore';
import { selectionStore } from '../../store/selectionStore';
import { ExhibitPicker } from '../ExhibitPicker';
import { applyCameraPose, readCameraPose } from './cameraPose3';
import { createImmersive } from './immersive';
import type { Navigator } from './navigator';
import { useDeepLinks } from './useDeepLinks';
import { useNavigatorClock } from './useNavigatorClock';
import { usePointerLook } from './usePointerLook';
import { useStopKey } from './useStopKey';
import { useWalkKeys } from './useWalkKeys';

export interface VisitorControllerProps {
  navigator: Navigator;
  view: ExpoView;
}

/** The orbit controls' surface used here (drei's `makeDefault` controls). */
interface OrbitLike {
  enabled: boolean;
  target: Vector3;
  update: () => void;
}

function isOrbitLike(controls: unknown): controls is OrbitLike {
  return typeof controls === 'object' && controls !== null && 'target' in controls && 'enabled' in controls;
}

/** The time a movement's first frame stands for (one frame at 60 Hz). */
const FIRST_FRAME_MS = 1000 / 60;

const _raycaster = new Raycaster();
const _pointer = new Vector2();
const _floor = new Plane(new Vector3(0, 1, 0), 0);
const _hit = new Vector3();

export function VisitorController({ navigator, view }: VisitorControllerProps) {
  const camera = useThree((state) => state.camera);
  // Read when needed, not subscribed: drei registers its controls after the first render.
  const getThree = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const canvas = useThree((state) => state.gl.domElement);
  const { visitor } = navigator;

  // Before immersive mode's own Escape listener (effects run in order): a journey's Escape stops
  // the journey and is marked handled, so it does not also end immersive mode.
  useStopKey(navigator, navigationStore);

  useEffect(() => {
    // No page (the view rendered in Node tests): no fullscreen or pointer lock to manage.
    const immersive = typeof document === 'undefined' ? undefined : createImmersive(canvas, navigationStore);
    const detach = navigator.attachView({
      setOrbitTarget: ([x, y, z]) => {
        const { controls } = getThree();
        if (isOrbitLike(controls)) controls.target.set(x, y, z);
      },
      syncCamera: () => readCameraPose(getThree().camera, visitor.camera),
      wake: invalidate,
      enterImmersive: immersive?.enter,
      leaveImmersive: immersive?.leave,
      // The focusable element is the view's container (R3F puts the Canvas's tabIndex and role there).
      focus: () => (canvas.closest<HTMLElement>('[tabindex]') ?? canvas).focus({ preventScroll: true }),
    });
    return () => {
      detach();
      immersive?.dispose();
    };
  }, [navigator, visitor, canvas, getThree, invalidate]);

  useDeepLinks(navigator);
  useNavigatorClock(navigator);
  const walking = useCallback(() => navigationStore.getState().mode === 'walk' && visitor.mode === 'walk', [visitor]);
  useWalkKeys(navigator, walking);
  usePointerLook(canvas, navigator, walking);

  const onTap = useCallback(
    (exhibitId: string | undefined, ndcX: number, ndcY: number) => {
      if (visitor.flight) return;
      let floor: [number, number] | undefined;
      if (exhibitId === undefined) {
        _pointer.set(ndcX, ndcY);
        _raycaster.setFromCamera(_pointer, camera);
        if (_raycaster.ray.intersectPlane(_floor, _hit)) floor = [_hit.x, _hit.z];
      }
      navigator.tap(exhibitId, floor);
    },
    [camera, navigator, visitor],
  );

  // Whether the last frame was part of a movement: on demand, R3F's delta for the first frame after
  // a pause is the whole pause, which would finish a flight or jump a step at once.
  const moving = useRef(false);
  useFrame((state, deltaSeconds) => {
    const orbit = isOrbitLike(state.controls) ? state.controls : undefined;
    const dtMs = moving.current ? deltaSeconds * 1000 : FIRST_FRAME_MS;
    const moved = navigator.step(dtMs);
    // The orbit controls own the camera in the overview, once any flight there has landed.
    const orbiting = visitor.mode === 'overview' && !visitor.flight;
    if (orbit && orbit.enabled !== orbiting) {
      orbit.enabled = orbiting;
      if (orbiting) orbit.update();
    }
    if (!orbiting && (moved || visitor.mode === 'walk')) applyCameraPose(state.camera, visitor.camera);
    moving.current = visitorIsBusy(visitor) || (visitor.mode === 'walk' && intentIsActive(navigator.intent));
    if (moving.current) state.invalidate();
  }, -2);

  return <ExhibitPicker view={view} selection={selectionStore} onTap={onTap} />;
}
