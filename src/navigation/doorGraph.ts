/**
 * Routes across halls: a small graph of the doors between halls on top of one walk grid per hall.
 *
 * Each opening between two halls (`doorOpenings`) becomes two nodes, a spot on free floor just
 * inside each hall, joined by the straight crossing through the opening (corridors are straight).
 * A route from A to B is a shortest path over the start, the goal and these nodes, then an A* leg
 * per hall between consecutive nodes, the legs joined by the crossings. Within a hall, two nodes
 * are joined only when they stand on the same part of the floor (the grids' part labels), so a
 * hall that booth rows cut in two is routed round through another hall, and a leg never fails.
 *
 * Edge lengths within a hall start as straight lines (never longer than the walk) and are replaced
 * by the real walk once a shortest path uses them; the path is searched again until every edge it
 * uses is a real walk (lazy shortest paths), so the route is the shortest through the doors that
 * the legs' paths allow, with one A* per leg it ends up using or ruled out. Walks between two doors
 * of a hall are kept with the plan (its walls never move); walks from a start or to a goal are
 * per query. See docs/performance.md (route bench) for what this costs against the site-wide grid.
 */
import { CellHeap } from './cellHeap';
import { crossingOf } from './doorCrossings';
import { PathSearch } from './findPath';
import type { HallGrid } from './hallGrids';
import type { DoorOpening } from './hallPassages';
import type { NearbyObstacles } from './obstacleBuckets';
import { routeLengthM } from './routeLength';
import { cellAt, cellCentreX, cellCentreZ, nearestCell, type WalkGrid } from './walkGrid';

export interface RouteFinder {
  /**
   * Waypoints [x0, z0, x1, z1, …] from (fromX, fromZ) to (toX, toZ), the end point last, through
   * the doors between halls; undefined when the goal is not free floor or no route leads there. A
   * start off every grid (a corridor between halls) starts from the nearest free cell of the
   * nearest hall, which is then the first waypoint.
   */
  findRoute(fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined;
  /** Bytes held by the buffers reused from query to query (A*, the graph's shortest path). */
  readonly bytes: number;
}

/** Beyond the nearest grid, how far a start off every grid looks for free floor, metres. */
const START_SEARCH_M = 6;
/** A start farther than this from every hall's grid gets no route, metres. */
const MAX_START_OFFSET_M = 60;
/** Rounds of "search, then measure the edges used" before the last path found is taken. */
const MAX_ROUNDS = 32;
/** Obstacles looked at around one crossing. */
const CROSSING_OBSTACLES = 1024;

/** A walk between two door nodes of a hall, from the lower node to the higher. */
interface DoorLeg {
  lengthM: number;
  path: number[] | undefined;
}

/**
 * The route finder over `grids` (one per hall, same order as the hall indices in `openings`).
 * `hallAt` names the grid whose hall floor holds a point (-1: none).
 */
export function createRouteFinder(grids: readonly HallGrid[], openings: readonly DoorOpening[], hallAt: (xM: number, zM: number) => number, nearby: NearbyObstacles, radiusM: number): RouteFinder {
  let largest = 1;
  for (const { grid } of grids) largest = Math.max(largest, grid.columns * grid.rows);
  const search = new PathSearch(largest);

  // Two nodes per opening a visitor can cross: 2k inside `from`, 2k + 1 inside `to`.
  const xs: number[] = [];
  const zs: number[] = [];
  const hallOf: number[] = [];
  const labelOf: number[] = [];
  const crossingM: number[] = [];
  const scratch = new Float64Array(4 * CROSSING_OBSTACLES);
  for (const opening of openings) {
    const from = grids[opening.from];
    const to = grids[opening.to];
    const crossing = from && to ? crossingOf(opening, from.grid, to.grid, nearby, scratch, radiusM) : undefined;
    if (!from || !to || !crossing) continue;
    const [ax, az, bx, bz] = crossing;
    xs.push(ax, bx);
    zs.push(az, bz);
    hallOf.push(opening.from, opening.to);
    labelOf.push(from.parts[cellAt(from.grid, ax, az)] ?? -1, to.parts[cellAt(to.grid, bx, bz)] ?? -1);
    crossingM.push(Math.hypot(bx - ax, bz - az));
  }
  const doors = xs.length;
  const START = doors;
  const GOAL = doors + 1;
  const nodes = doors + 2;
  const nodeX = new Float64Array(nodes);
  const nodeZ = new Float64Array(nodes);
  nodeX.set(xs);
  nodeZ.set(zs);
  const doorsOfHall: number[][] = grids.map(() => []);
  hallOf.forEach((hall, node) => doorsOfHall[hall]?.push(node));
  const doorLegs = new Map<number, DoorLeg>();

  // Per query, reused: the start's and the goal's hall and parts, their measured legs, the search.
  let startHall = -1;
  const startLabels = new Int32Array(4);
  let startLabelCount = 0;
  let goalHall = -1;
  let goalLabel = -1;
  const startLegM = new Float64Array(nodes);
  const goalLegM = new Float64Array(nodes);
  const startPaths: (number[] | undefined)[] = new Array<number[] | undefined>(nodes).fill(undefined);
  const goalPaths: (number[] | undefined)[] = new Array<number[] | undefined>(nodes).fill(undefined);
  const distance = new Float64Array(nodes);
  const previous = new Int32Array(nodes);
  const done = new Uint8Array(nodes);
  const chain = new Int32Array(nodes);
  const heap = new CellHeap(Math.max(16, nodes * 4));

  const startReaches = (label: number): boolean => {
    for (let k = 0; k < startLabelCount; k += 1) if (startLabels[k] === label) return true;
    return false;
  };
  const straight = (a: number, b: number): number => Math.hypot((nodeX[b] ?? 0) - (nodeX[a] ?? 0), (nodeZ[b] ?? 0) - (nodeZ[a] ?? 0));
  const doorKey = (a: number, b: number): number => Math.min(a, b) * nodes + Math.max(a, b);
  /** The length of the in-hall edge a → b as known now: measured, or the straight line. */
  const edgeM = (a: number, b: number): number => {
    if (a === START) {
      const measured = startLegM[b] ?? Number.NaN;
      return Number.isNaN(measured) ? straight(a, b) : measured;
    }
    if (b === GOAL) {
      const measured = goalLegM[a] ?? Number.NaN;
      return Number.isNaN(measured) ? straight(a, b) : measured;
    }
    return doorLegs.get(doorKey(a, b))?.lengthM ?? straight(a, b);
  };
  const measured = (a: number, b: number): boolean =>
    a === START ? !Number.isNaN(startLegM[b] ?? Number.NaN) : b === GOAL ? !Number.isNaN(goalLegM[a] ?? Number.NaN) : doorLegs.has(doorKey(a, b));

  /** Walks the in-hall edge a → b with A* and keeps its length and path. */
  const measure = (a: number, b: number): void => {
    const hall = a === START ? startHall : b === GOAL ? goalHall : (hallOf[a] ?? -1);
    const grid = grids[hall]?.grid;
    const low = a === START || b === GOAL ? a : Math.min(a, b);
    const high = low === a ? b : a;
    const x0 = nodeX[low] ?? 0;
    const z0 = nodeZ[low] ?? 0;
    const path = grid ? search.find(grid, x0, z0, nodeX[high] ?? 0, nodeZ[high] ?? 0) : undefined;
    const lengthM = path ? routeLengthM(path, x0, z0) : Infinity;
    if (a === START) {
      startLegM[b] = lengthM;
      startPaths[b] = path;
    } else if (b === GOAL) {
      goalLegM[a] = lengthM;
      goalPaths[a] = path;
    } else {
      doorLegs.set(doorKey(a, b), { lengthM, path });
    }
  };

  const relax = (from: number, to: number, lengthM: number): void => {
    const through = (distance[from] ?? Infinity) + lengthM;
    if (through >= (distance[to] ?? Infinity)) return;
    distance[to] = through;
    previous[to] = from;
    heap.push(to, through);
  };

  /** Dijkstra from the start over the edges as known now; the number of nodes on the chain to the goal (0: none). */
  const shortestChain = (): number => {
    distance.fill(Infinity);
    previous.fill(-1);
    done.fill(0);
    heap.clear();
    distance[START] = 0;
    heap.push(START, 0);
    while (heap.size > 0) {
      const node = heap.pop();
      if (done[node] === 1) continue;
      done[node] = 1;
      if (node === GOAL) break;
      if (node === START) {
        for (const door of doorsOfHall[startHall] ?? []) if (startReaches(labelOf[door] ?? -1)) relax(node, door, edgeM(node, door));
        if (goalHall === startHall && startReaches(goalLabel)) relax(node, GOAL, edgeM(node, GOAL));
        continue;
      }
      const hall = hallOf[node] ?? -1;
      const label = labelOf[node] ?? -1;
      relax(node, node ^ 1, crossingM[node >> 1] ?? Infinity);
      for (const door of doorsOfHall[hall] ?? []) if (door !== node && labelOf[door] === label) relax(node, door, edgeM(node, door));
      if (goalHall === hall && goalLabel === label) relax(node, GOAL, edgeM(node, GOAL));
    }
    if (!((distance[GOAL] ?? Infinity) < Infinity)) return 0;
    let length = 0;
    for (let node = GOAL; node !== -1; node = previous[node] ?? -1) length += 1;
    let at = length;
    for (let node = GOAL; node !== -1; node = previous[node] ?? -1) chain[--at] = node;
    return length;
  };

  /** Free floor at (x, z) in grid `hall`: its part label, or -1. */
  const freeLabel = (hall: number, xM: number, zM: number): number => {
    const hallGrid = grids[hall];
    if (!hallGrid) return -1;
    const cell = cellAt(hallGrid.grid, xM, zM);
    return cell >= 0 && hallGrid.grid.blocked[cell] === 0 ? (hallGrid.parts[cell] ?? -1) : -1;
  };

  /** Finds the goal's hall and part; false when the goal is not free floor. */
  const placeGoal = (xM: number, zM: number): boolean => {
    const own = hallAt(xM, zM);
    for (let k = -1; k < grids.length; k += 1) {
      const hall = k < 0 ? own : k;
      const label = hall < 0 ? -1 : freeLabel(hall, xM, zM);
      if (label < 0) continue;
      goalHall = hall;
      goalLabel = label;
      return true;
    }
    return false;
  };

  /**
   * Finds the start's hall and the parts it reaches (a visitor pressed against a wall stands in a
   * blocked cell and reaches the parts of its free orthogonal neighbours); when it is on no grid,
   * moves it to the nearest free cell of the nearest grid ('moved'); 'nowhere' when none is near.
   */
  const placeStart = (xM: number, zM: number): 'placed' | 'moved' | 'nowhere' => {
    startLabelCount = 0;
    const own = hallAt(xM, zM);
    const ownGrid = grids[own];
    if (ownGrid) {
      const { grid, parts } = ownGrid;
      const cell = cellAt(grid, xM, zM);
      if (cell >= 0) {
        startHall = own;
        if (grid.blocked[cell] === 0) {
          startLabels[startLabelCount++] = parts[cell] ?? -1;
          return 'placed';
        }
        const column = cell % grid.columns;
        const neighbours = [column > 0 ? cell - 1 : -1, column < grid.columns - 1 ? cell + 1 : -1, cell - grid.columns, cell + grid.columns];
        for (const next of neighbours) {
          const label = next >= 0 && next < grid.blocked.length && grid.blocked[next] === 0 ? (parts[next] ?? -1) : -1;
          if (label >= 0 && !startReaches(label)) startLabels[startLabelCount++] = label;
        }
        if (startLabelCount > 0) return 'placed';
      }
    }
    for (let hall = 0; hall < grids.length; hall += 1) {
      const label = freeLabel(hall, xM, zM);
      if (label < 0) continue;
      startHall = hall;
      startLabels[startLabelCount++] = label;
      return 'placed';
    }
    // Off every grid, or boxed in: the nearest free cell of the nearest grid.
    let bestDistance = Infinity;
    grids.forEach(({ grid, parts }, hall) => {
      const away = distanceToGrid(grid, xM, zM);
      if (away > MAX_START_OFFSET_M || away > bestDistance) return;
      const cell = nearestCell(grid, xM, zM, away + START_SEARCH_M);
      if (cell < 0) return;
      const x = cellCentreX(grid, cell);
      const z = cellCentreZ(grid, cell);
      const distanceM = Math.hypot(x - xM, z - zM);
      if (distanceM >= bestDistance) return;
      bestDistance = distanceM;
      startHall = hall;
      startLabelCount = 1;
      startLabels[0] = parts[cell] ?? -1;
      nodeX[START] = x;
      nodeZ[START] = z;
    });
    return bestDistance < Infinity ? 'moved' : 'nowhere';
  };

  const findRoute = (fromX: number, fromZ: number, toX: number, toZ: number): number[] | undefined => {
    if (![fromX, fromZ, toX, toZ].every(Number.isFinite)) return undefined;
    if (!placeGoal(toX, toZ)) return undefined;
    nodeX[START] = fromX;
    nodeZ[START] = fromZ;
    nodeX[GOAL] = toX;
    nodeZ[GOAL] = toZ;
    const start = placeStart(fromX, fromZ);
    if (start === 'nowhere') return undefined;
    startLegM.fill(Number.NaN);
    goalLegM.fill(Number.NaN);
    startPaths.fill(undefined);
    goalPaths.fill(undefined);

    let length = 0;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      length = shortestChain();
      if (length === 0) return undefined;
      let changed = false;
      for (let k = 0; k + 1 < length; k += 1) {
        const a = chain[k] ?? 0;
        const b = chain[k + 1] ?? 0;
        if ((a < doors && b === (a ^ 1)) || measured(a, b)) continue;
        const bound = edgeM(a, b);
        measure(a, b);
        if (edgeM(a, b) > bound + 1e-9) changed = true;
      }
      if (!changed) break;
    }
    const route: number[] = [];
    if (start === 'moved') route.push(nodeX[START] ?? fromX, nodeZ[START] ?? fromZ);
    for (let k = 0; k + 1 < length; k += 1) {
      const a = chain[k] ?? 0;
      const b = chain[k + 1] ?? 0;
      if (a < doors && b === (a ^ 1)) {
        route.push(nodeX[b] ?? 0, nodeZ[b] ?? 0);
        continue;
      }
      const leg = a === START ? startPaths[b] : b === GOAL ? goalPaths[a] : doorLegs.get(doorKey(a, b))?.path;
      // Only reached when MAX_ROUNDS ran out on a chain with a leg that cannot be walked.
      if (!leg) return undefined;
      if (a === START || b === GOAL || a < b) for (const value of leg) route.push(value);
      else appendReversed(route, leg, nodeX[b] ?? 0, nodeZ[b] ?? 0);
    }
    return route;
  };

  return {
    findRoute,
    get bytes() {
      const graph = [nodeX, nodeZ, startLegM, goalLegM, distance, previous, done, chain, startLabels];
      return search.bytes + heap.bytes + graph.reduce((sum, array) => sum + array.byteLength, 0);
    },
  };
}

/** Distance from (x, z) to the grid's rectangle (0 inside). */
function distanceToGrid(grid: WalkGrid, xM: number, zM: number): number {
  const maxX = grid.minXM + grid.columns * grid.cellM;
  const maxZ = grid.minZM + grid.rows * grid.cellM;
  return Math.hypot(Math.max(grid.minXM - xM, 0, xM - maxX), Math.max(grid.minZM - zM, 0, zM - maxZ));
}

/**
 * Appends the walk `leg` (from some point A to its last waypoint B) backwards: from B through its
 * other waypoints in reverse to A at (endX, endZ).
 */
function appendReversed(route: number[], leg: readonly number[], endX: number, endZ: number): void {
  for (let k = leg.length - 4; k >= 0; k -= 2) route.push(leg[k] ?? 0, leg[k + 1] ?? 0);
  route.push(endX, endZ);
}
