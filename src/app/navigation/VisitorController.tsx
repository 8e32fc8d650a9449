/**
 * The visitor in the 3D view: builds the floor plan of the layout, places the visitor where the
 * link points, feeds keys, drags, wheel, pinch and joystick into the walk, carries out the
 * interface's requests (go to a booth, overview, immersive), and copies the visitor's pose onto
 * the camera each frame. The frame loop steps the visitor and sets the camera only: no stores, no
 * React state, no allocation.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Plane, Raycaster, Vector2, Vector3 } from 'three';
import { buildFloorPlan } from '../../navigation/floorPlan';
import { createPlaceLocator } from '../../navigation/placeLocator';
import { createViewpointFinder } from '../../navigation/viewpoints';
import { createVisitor, stepVisitor, visitorIsBusy, type Visitor } from '../../navigation/visitor';
import { intentIsActive, releaseIntent } from '../../navigation/walkIntent';
import { defaultHall } from '../../render/initialView';
import type { ExpoView } from '../../render/createExpoView';
import type { LaidOutScene } from '../../scene';
import { navigationStore } from '../../store/navigationStore';
import { selectionStore } from '../../store/selectionStore';
import { walkInput } from '../../store/walkInput';
import { ExhibitPicker } from '../ExhibitPicker';
import { applyCameraPose, readCameraPose } from './cameraPose3';
import { createImmersive } from './immersive';
import { createNavigator } from './navigator';
import { pageHashHistory, useDeepLinks } from './useDeepLinks';
import { usePointerLook } from './usePointerLook';
import { useWalkKeys } from './useWalkKeys';

export interface VisitorControllerProps {
  layout: LaidOutScene;
  view: ExpoView;
  /** Receives the visitor while mounted (for the debug handle). */
  onReady?: (visitor: Visitor) => void;
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

export function VisitorController({ layout, view, onReady }: VisitorControllerProps) {
  const camera = useThree((state) => state.camera);
  // Read when needed, not subscribed: drei registers its controls after the first render, and a new
  // navigator then would re-run the link placement.
  const getThree = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const canvas = useThree((state) => state.gl.domElement);

  const plan = useMemo(() => buildFloorPlan(layout), [layout]);
  const viewpoints = useMemo(() => createViewpointFinder(layout, plan), [layout, plan]);
  const locate = useMemo(() => createPlaceLocator(layout, plan), [layout, plan]);
  const defaultHallId = useMemo(() => defaultHall(layout.scene)?.id, [layout]);
  // The deep-link hook places the visitor (a cut) before the first frame.
  const visitor = useMemo(() => createVisitor(0, 0, 0), []);
  const navigator = useMemo(
    () =>
      createNavigator({
        plan,
        viewpoints,
        locate,
        visitor,
        navigation: navigationStore,
        selection: selectionStore,
        history: pageHashHistory,
        defaultHallId,
        setOrbitTarget: ([x, y, z]) => {
          const { controls } = getThree();
          if (isOrbitLike(controls)) controls.target.set(x, y, z);
        },
        wake: invalidate,
        syncCamera: () => readCameraPose(getThree().camera, visitor.camera),
        intent: walkInput.intent,
      }),
    [plan, viewpoints, locate, visitor, defaultHallId, getThree, invalidate],
  );

  useDeepLinks(navigator, defaultHallId);
  useEffect(() => onReady?.(visitor), [onReady, visitor]);

  const walking = useCallback(() => navigationStore.getState().mode === 'walk' && visitor.mode === 'walk', [visitor]);
  useWalkKeys(walkInput, walking);
  usePointerLook(canvas, walkInput, walking);

  useEffect(() => {
    walkInput.wake = invalidate;
    // No page (the view rendered in Node tests): no fullscreen or pointer lock to manage.
    const immersive = typeof document === 'undefined' ? undefined : createImmersive(canvas, navigationStore);
    const unsubscribe = navigationStore.subscribe((state, previous) => {
      if (state.request === previous.request || !state.request) return;
      const { command } = state.request;
      if (command.kind === 'go') navigator.goTo(command.place, { history: command.history, animate: true });
      else if (command.kind === 'mode') {
        releaseIntent(walkInput.intent);
        navigator.setMode(command.mode);
      } else if (command.on) immersive?.enter();
      else immersive?.leave();
    });
    return () => {
      unsubscribe();
      immersive?.dispose();
      walkInput.wake = () => undefined;
    };
  }, [navigator, canvas, invalidate]);

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
    const moved = stepVisitor(visitor, walkInput.intent, dtMs, plan);
    // The orbit controls own the camera in the overview, once any flight there has landed.
    const orbiting = visitor.mode === 'overview' && !visitor.flight;
    if (orbit && orbit.enabled !== orbiting) {
      orbit.enabled = orbiting;
      if (orbiting) orbit.update();
    }
    if (!orbiting && (moved || visitor.mode === 'walk')) applyCameraPose(state.camera, visitor.camera);
    moving.current = visitorIsBusy(visitor) || (visitor.mode === 'walk' && intentIsActive(walkInput.intent));
    if (moving.current) state.invalidate();
  }, -2);

  return <ExhibitPicker view={view} selection={selectionStore} onTap={onTap} />;
}
