/**
 * The route of a journey drawn on the hall floor: chevrons every `SPACING_M` along the walked
 * polyline, pointing the way, in one InstancedMesh (one draw call, whatever the route's length).
 * Unlit and warm-coloured so they read against every zone carpet at eye height and on a small
 * tablet screen; flat on the floor, so booth walls hide them like any floor marking.
 *
 * Built once per journey (on an event, never per frame); the app disposes it when the journey
 * ends.
 */
import { BufferGeometry, Color, DoubleSide, Float32BufferAttribute, InstancedMesh, MeshBasicMaterial } from 'three';
import { setBoxInstance } from './instanceMatrix';

/** Distance between chevrons, metres: at eye height about six are in view down an aisle. */
export const ROUTE_MARK_SPACING_M = 1.6;
/** Chevron width across the route and length along it, metres (an aisle is 4 m wide). */
const MARK_WIDTH_M = 0.8;
const MARK_LENGTH_M = 0.55;
/** Just above the hall floor and the zone carpets (lifted 1 cm), below booth platforms. */
const MARK_HEIGHT_M = 0.03;
/** The first chevron stands this far ahead of the visitor's feet, so it is not under the camera. */
const FIRST_MARK_M = 1.2;
const MARK_COLOR = '#ff8a00';

export interface RouteMarkers {
  mesh: InstancedMesh;
  /** How many chevrons the route got. */
  count: number;
  dispose: () => void;
}

/**
 * Chevron positions along `route` ([x0, z0, x1, z1, …] site metres): [x, z, yawRad] per mark, the
 * heading in the walk convention (0 looks towards −z), every `spacingM` from `firstM` on.
 */
export function routeMarkPlacements(route: readonly number[], spacingM = ROUTE_MARK_SPACING_M, firstM = FIRST_MARK_M): Float64Array {
  const out: number[] = [];
  let next = firstM;
  let walked = 0;
  for (let k = 0; k + 3 < route.length; k += 2) {
    const x0 = route[k] ?? 0;
    const z0 = route[k + 1] ?? 0;
    const dx = (route[k + 2] ?? 0) - x0;
    const dz = (route[k + 3] ?? 0) - z0;
    const length = Math.hypot(dx, dz);
    if (!(length > 1e-6)) continue;
    const yaw = Math.atan2(-dx, -dz);
    while (next <= walked + length) {
      const t = (next - walked) / length;
      out.push(x0 + dx * t, z0 + dz * t, yaw);
      next += spacingM;
    }
    walked += length;
  }
  return Float64Array.from(out);
}

/** A flat chevron pointing towards −z, centred on the origin, 1 × 1 before scaling. */
function chevronGeometry(): BufferGeometry {
  // Outer tip, arms, inner notch: two triangles per arm, lying in the floor plane (y = 0).
  const v = [
    [0, -0.5],
    [0.5, 0.1],
    [0.5, 0.5],
    [0, -0.1],
    [-0.5, 0.5],
    [-0.5, 0.1],
  ];
  const triangles = [
    [0, 3, 1],
    [1, 3, 2],
    [0, 5, 3],
    [5, 4, 3],
  ];
  const positions: number[] = [];
  for (const triangle of triangles) {
    for (const index of triangle) {
      const [x, z] = v[index] ?? [0, 0];
      positions.push(x ?? 0, 0, z ?? 0);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.computeVertexNormals();
  return geometry;
}

export function createRouteMarkers(route: readonly number[]): RouteMarkers {
  const placements = routeMarkPlacements(route);
  const count = placements.length / 3;
  const geometry = chevronGeometry();
  const material = new MeshBasicMaterial({ color: new Color(MARK_COLOR), toneMapped: false, side: DoubleSide, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2 });
  const mesh = new InstancedMesh(geometry, material, Math.max(1, count));
  mesh.name = 'route-markers';
  for (let index = 0; index < count; index += 1) {
    const at = index * 3;
    setBoxInstance(mesh, index, placements[at] ?? 0, MARK_HEIGHT_M, placements[at + 1] ?? 0, placements[at + 2] ?? 0, MARK_WIDTH_M, 1, MARK_LENGTH_M);
  }
  mesh.count = count;
  mesh.instanceMatrix.needsUpdate = true;
  // Spread over a whole route: the mesh's own bounds would be those of one chevron.
  mesh.frustumCulled = false;
  // A floor marking, not something to pick.
  mesh.raycast = () => undefined;
  return {
    mesh,
    count,
    dispose() {
      geometry.dispose();
      material.dispose();
      mesh.dispose();
    },
  };
}
