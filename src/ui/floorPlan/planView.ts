/**
 * The floor plan's zoom and pan, kept out of React: wheel, pinch and drag events arrive many times
 * a second, and each one only has to rewrite the SVG's `viewBox`, a CSS variable (metres per screen
 * pixel, which keeps labels and the visitor marker the same size on screen at every zoom) and the
 * marker's transform.
 */
import type { VisitorPose } from '../../navigation/expoNavigator';
import type { PlanRect } from './hallPlans';

export interface PlanView {
  /** Writes the current view into the SVG (after a resize too). */
  apply: () => void;
  /** Moves the map with the pointer by (dx, dy) CSS pixels. */
  pan: (dxPx: number, dyPx: number) => void;
  /** Zooms by `factor` (> 1: in) keeping the point under (clientX, clientY) where it is. */
  zoomAt: (clientX: number, clientY: number, factor: number) => void;
  /** Zooms about the middle of the map. */
  zoomBy: (factor: number) => void;
  /** The site-plan point (metres) under a client position, or undefined when the map has no size. */
  toPlan: (clientX: number, clientY: number) => [number, number] | undefined;
  /** Puts the marker where the visitor stands, turned the way they look. */
  placeMarker: () => void;
}

/** Margin around the hall when the map fits it, metres. */
const FIT_MARGIN_M = 4;
/** Closest zoom: this many screen pixels per metre (a 3 m booth is 120 px). */
const MAX_PX_PER_M = 40;
/** Booth codes are drawn from this zoom on (a 1.1 m code is then about 9 px tall). */
const DETAIL_PX_PER_M = 8;

export function createPlanView(svg: SVGSVGElement, marker: SVGGElement | null, floor: PlanRect, pose: VisitorPose): PlanView {
  // The view: its centre and how many metres the map's width shows.
  let centreX = floor.x + floor.width / 2;
  let centreZ = floor.z + floor.depth / 2;
  let fitted = false;
  let spanM = Math.max(floor.width, floor.depth) + 2 * FIT_MARGIN_M;

  const size = (): { width: number; height: number } => {
    const rect = svg.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  };
  // Metres per CSS pixel as the last `apply` left it: the marker, moved every animation frame while
  // walking, must not read the layout each time.
  let mpp = spanM / 300;
  const metresPerPixel = (): number => mpp;

  const fit = (): void => {
    const { width, height } = size();
    if (width === 0 || height === 0) return;
    const aspect = height / width;
    spanM = Math.max(floor.width + 2 * FIT_MARGIN_M, (floor.depth + 2 * FIT_MARGIN_M) / aspect);
    fitted = true;
  };

  const placeMarker = (): void => {
    if (!marker) return;
    const scale = metresPerPixel();
    marker.setAttribute('transform', `translate(${pose.xM} ${pose.zM}) rotate(${(-pose.yawRad * 180) / Math.PI}) scale(${scale})`);
  };

  const clampSpan = (): void => {
    const { width } = size();
    const least = width / MAX_PX_PER_M;
    const most = (Math.max(floor.width, floor.depth) + 2 * FIT_MARGIN_M) * 3;
    spanM = Math.min(most, Math.max(least, spanM));
  };

  const apply = (): void => {
    const { width, height } = size();
    if (width === 0 || height === 0) return;
    if (!fitted) fit();
    clampSpan();
    const spanZ = spanM * (height / width);
    svg.setAttribute('viewBox', `${centreX - spanM / 2} ${centreZ - spanZ / 2} ${spanM} ${spanZ}`);
    mpp = spanM / width;
    svg.style.setProperty('--mpp', String(mpp));
    svg.toggleAttribute('data-detail', 1 / mpp >= DETAIL_PX_PER_M);
    placeMarker();
  };

  const toPlan = (clientX: number, clientY: number): [number, number] | undefined => {
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return undefined;
    const scale = spanM / rect.width;
    return [centreX + (clientX - rect.left - rect.width / 2) * scale, centreZ + (clientY - rect.top - rect.height / 2) * scale];
  };

  const zoomAt = (clientX: number, clientY: number, factor: number): void => {
    if (!(factor > 0) || !Number.isFinite(factor)) return;
    const before = toPlan(clientX, clientY);
    spanM /= factor;
    clampSpan();
    const after = toPlan(clientX, clientY);
    if (before && after) {
      centreX += before[0] - after[0];
      centreZ += before[1] - after[1];
    }
    apply();
  };

  apply();
  return {
    apply,
    pan(dxPx, dyPx) {
      const mpp = metresPerPixel();
      centreX -= dxPx * mpp;
      centreZ -= dyPx * mpp;
      apply();
    },
    zoomAt,
    zoomBy(factor) {
      const rect = svg.getBoundingClientRect();
      zoomAt(rect.left + rect.width / 2, rect.top + rect.height / 2, factor);
    },
    toPlan,
    placeMarker,
  };
}
