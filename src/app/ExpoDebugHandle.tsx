import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import type { ExpoView } from '../render/createExpoView';
import type { LaidOutScene } from '../scene';
import { placeVisitor, releaseToOrbit, visitorIsBusy, type NavigationMode } from '../navigation/visitor';
import { navigationStore } from '../store/navigationStore';
import { dropQueuedMoves, intentIsActive } from '../navigation/walkIntent';
import type { Navigator } from './navigation/navigator';

/** What benchmarks and browser tests may drive from outside: `window.__expoDebug`. */
export interface ExpoDebugHandle {
  /** Moves the camera to `position` looking at `target` (world metres) and requests one frame. */
  setPose: (position: readonly [number, number, number], target: readonly [number, number, number]) => void;
  /** Object3Ds in the three.js scene, the root included. */
  countObjects: () => number;
  /**
   * Where an exhibit's box centre is on the page (CSS pixels, client coordinates) for the current
   * camera, or null when the id is unknown or the point is behind the camera or off the canvas.
   */
  exhibitScreenPoint: (exhibitId: string) => { x: number; y: number } | null;
  /** World centre of an exhibit's box (metres), or null for an unknown id. */
  exhibitCentre: (exhibitId: string) => [number, number, number] | null;
  /** Where the visitor stands and looks, the navigation mode, and whether they are still moving on their own. */
  visitor: () => VisitorReading | null;
  /** Every placed exhibit's id, in layout order. */
  exhibitIds: () => string[];
  /** Site-plan centre [x, z] of a booth's footprint (metres), or null for an unknown id. */
  boothCentre: (boothId: string) => [number, number] | null;
  /** Stands the visitor at (x, z) facing `yawRad` (walking mode, a cut). */
  placeVisitor: (xM: number, zM: number, yawRad: number) => void;
  /** The route of the journey under way ([x, z, …] site metres, the end last), or null when none. */
  route: () => number[] | null;
  /** What the renderer holds on the GPU now, as it counts it (`gl.info`): leaks and context restores show here. */
  rendererResources: () => RendererResources;
}

export interface RendererResources {
  /** Geometries uploaded (their vertex and index buffers). */
  geometries: number;
  textures: number;
  /** Shader programs compiled. */
  programs: number;
}

export interface VisitorReading {
  xM: number;
  zM: number;
  yawRad: number;
  pitchRad: number;
  mode: NavigationMode;
  /** Moving on their own (a flight, a route, a turn) or by input still held or queued (keys, wheel or pinch steps). */
  busy: boolean;
  /** The camera's own position, metres, and heading (what the last frame showed). */
  camera: [number, number, number];
  cameraYawRad: number;
}

declare global {
  interface Window {
    __expoDebug?: ExpoDebugHandle;
  }
}

/** The orbit controls' surface used here (drei's `makeDefault` controls). */
interface TargetControls {
  target: Vector3;
  update: () => void;
}

function hasTarget(controls: unknown): controls is TargetControls {
  return typeof controls === 'object' && controls !== null && 'target' in controls && 'update' in controls;
}

/**
 * Publishes `window.__expoDebug` while the view is mounted: the renderer benchmark walks a fixed
 * camera path with it and reads `window.__expoStats` after each frame; browser tests find where
 * to click an exhibit. It renders nothing.
 */
export function ExpoDebugHandle({ layout, view, navigator }: { layout: LaidOutScene; view: ExpoView; navigator: Navigator }) {
  const camera = useThree((state) => state.camera);
  const controls = useThree((state) => state.controls);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  const gl = useThree((state) => state.gl);
  useEffect(() => {
    const { visitor } = navigator;
    const handle: ExpoDebugHandle = {
      setPose([px, py, pz], [tx, ty, tz]) {
        // A free pose is the overview's orbit camera: the walking visitor lets go of the camera.
        releaseToOrbit(visitor);
        navigationStore.getState().reportMode('overview');
        camera.position.set(px, py, pz);
        if (hasTarget(controls)) {
          controls.target.set(tx, ty, tz);
          controls.update();
        } else {
          camera.lookAt(tx, ty, tz);
        }
        camera.updateMatrixWorld();
        invalidate();
      },
      countObjects() {
        let count = 0;
        scene.traverse(() => {
          count += 1;
        });
        return count;
      },
      exhibitCentre: (exhibitId) => view.exhibitCentre(exhibitId) ?? null,
      visitor() {
        const { xM, zM, yawRad } = visitor.ground;
        const direction = camera.getWorldDirection(new Vector3());
        return {
          xM,
          zM,
          yawRad,
          pitchRad: visitor.pitchRad,
          mode: visitor.mode,
          busy: visitorIsBusy(visitor) || intentIsActive(navigator.intent),
          camera: [camera.position.x, camera.position.y, camera.position.z],
          cameraYawRad: Math.atan2(-direction.x, -direction.z),
        };
      },
      exhibitIds: () => layout.exhibits.map((placed) => placed.exhibit.id),
      boothCentre(boothId) {
        const booth = layout.booths.find((candidate) => candidate.id === boothId);
        const hall = booth ? layout.scene.halls[booth.hallIndex] : undefined;
        if (!booth || !hall) return null;
        return [hall.positionM[0] + booth.rect.cx, hall.positionM[1] + booth.rect.cz];
      },
      placeVisitor(xM, zM, yawRad) {
        dropQueuedMoves(navigator.intent);
        placeVisitor(visitor, xM, zM, yawRad);
        navigationStore.getState().reportMode('walk');
        invalidate();
      },
      route: () => {
        const journey = navigationStore.getState().journey;
        return journey ? [...journey.route] : null;
      },
      // Read afresh each time: three replaces `gl.info` when a lost context is restored.
      rendererResources: () => ({ geometries: gl.info.memory.geometries, textures: gl.info.memory.textures, programs: gl.info.programs?.length ?? 0 }),
      exhibitScreenPoint(exhibitId) {
        const centre = view.exhibitCentre(exhibitId);
        if (!centre) return null;
        camera.updateMatrixWorld();
        const point = new Vector3(...centre).project(camera);
        if (point.z > 1 || Math.abs(point.x) > 1 || Math.abs(point.y) > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((point.x + 1) / 2) * rect.width, y: rect.top + ((1 - point.y) / 2) * rect.height };
      },
    };
    // globalThis: the page's window in the browser, and something to write to in Node tests.
    const host = globalThis as { __expoDebug?: ExpoDebugHandle };
    host.__expoDebug = handle;
    return () => {
      if (host.__expoDebug === handle) delete host.__expoDebug;
    };
  }, [camera, controls, scene, invalidate, gl, view, navigator, layout]);
  return null;
}
