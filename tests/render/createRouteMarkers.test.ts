/** The route drawn on the floor: chevrons along the polyline, pointing the way, one draw call. */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createRouteMarkers, ROUTE_MARK_SPACING_M, routeMarkPlacements } from '../../src/render/createRouteMarkers';

describe('route markers', () => {
  it('spaces chevrons evenly along every leg, from a step ahead of the visitor to the end', () => {
    // 10 m north, then 6 m east.
    const marks = routeMarkPlacements([0, 0, 0, -10, 6, -10], 2, 1);
    const points: [number, number, number][] = [];
    for (let k = 0; k < marks.length; k += 3) points.push([marks[k] ?? NaN, marks[k + 1] ?? NaN, marks[k + 2] ?? NaN]);
    expect(points.map(([x, z]) => [x, z])).toEqual([
      [0, -1],
      [0, -3],
      [0, -5],
      [0, -7],
      [0, -9],
      [1, -10],
      [3, -10],
      [5, -10],
    ]);
    // Heading 0 looks towards −z (north); east is −π/2.
    expect(points[0]?.[2]).toBeCloseTo(0, 9);
    expect(points[5]?.[2]).toBeCloseTo(-Math.PI / 2, 9);
  });

  it('gives nothing for a route too short to mark, and skips repeated points', () => {
    expect(routeMarkPlacements([0, 0, 0, -0.5])).toHaveLength(0);
    expect(routeMarkPlacements([0, 0, 0, 0, 0, -4], 1, 1)).toHaveLength(12);
  });

  it('draws a long route as one instanced mesh laid flat on the floor and turned the way it goes', () => {
    const markers = createRouteMarkers([0, 0, 0, -100, 50, -100]);
    expect(markers.count).toBe(Math.floor((150 - 1.2) / ROUTE_MARK_SPACING_M) + 1);
    expect(markers.mesh.count).toBe(markers.count);
    const matrix = new Matrix4();
    const position = new Vector3();
    const rotation = new Quaternion();
    const scale = new Vector3();
    markers.mesh.getMatrixAt(markers.count - 1, matrix);
    matrix.decompose(position, rotation, scale);
    expect(position.z).toBeCloseTo(-100, 6);
    expect(position.y).toBeGreaterThan(0);
    expect(position.y).toBeLessThan(0.12);
    // The chevron's tip (−z before the turn) points east along the last leg.
    const tip = new Vector3(0, 0, -1).applyQuaternion(rotation);
    expect(tip.x).toBeCloseTo(1, 6);
    markers.dispose();
  });
});
