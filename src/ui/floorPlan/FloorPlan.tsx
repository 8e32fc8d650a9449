import { useGesture } from '@use-gesture/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExpoNavigator } from '../../navigation/expoNavigator';
import { localizedString, shortHallName, type LaidOutScene } from '../../scene';
import { pageStorage } from '../../store/pageStorage';
import { useLanguage } from '../../store/useLanguage';
import { useNavigation } from '../../store/useNavigation';
import { useNavigator } from '../NavigatorContext';
import { uiStrings } from '../strings';
import { buildHallPlans, type HallPlan } from './hallPlans';
import { createPlanView, type PlanView } from './planView';

const OPEN_KEY = 'cloud-expo.floor-plan-open';

/**
 * Open at first on screens with room for it beside the view (on a touch screen it stands above the
 * joystick, so it needs more height); the visitor's choice is remembered.
 */
function initiallyOpen(touch: boolean): boolean {
  try {
    const saved = pageStorage()?.getItem(OPEN_KEY);
    if (saved === 'true' || saved === 'false') return saved === 'true';
  } catch {
    // Blocked storage: decide by the screen.
  }
  return typeof window !== 'undefined' && window.innerWidth >= 760 && window.innerHeight >= (touch ? 700 : 560);
}

/** The hall whose floor holds (x, z), else undefined. */
function hallAt(plans: readonly HallPlan[], xM: number, zM: number): HallPlan | undefined {
  return plans.find(({ floor }) => xM >= floor.x && xM <= floor.x + floor.width && zM >= floor.z && zM <= floor.z + floor.depth);
}

/**
 * The floor plan (平面图): a 2D map of the hall the visitor is in, outside the WebGL canvas. Walls
 * and doors, zones in their colours with their names, booths (codes once zoomed in), the route of
 * a journey and the visitor as a marker pointing the way they look. Click or tap a booth or a spot
 * to go there; wheel, pinch or the buttons zoom; drag pans; it collapses to its title; the hall
 * buttons take the visitor to each hall's entrance.
 *
 * The marker follows the visitor without React: the navigator's move signal schedules one
 * animation frame that writes the marker's transform.
 */
export function FloorPlan({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const navigator = useNavigator();
  const plans = useMemo(() => buildHallPlans(layout), [layout]);
  const touch = useNavigation((state) => state.touch);
  const [open, setOpen] = useState(() => initiallyOpen(touch));
  const [hallId, setHallId] = useState(() => hallAt(plans, navigator.pose.xM, navigator.pose.zM)?.id ?? plans[0]?.id);
  const plan = plans.find((candidate) => candidate.id === hallId) ?? plans[0];
  const journey = useNavigation((state) => state.journey);
  // For clip-path references: `url(#…)` takes no punctuation React puts into ids.
  const id = `plan${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svg = useRef<SVGSVGElement>(null);
  const marker = useRef<SVGGElement>(null);
  const view = useRef<PlanView | undefined>(undefined);

  const toggle = (): void => {
    setOpen(!open);
    try {
      pageStorage()?.setItem(OPEN_KEY, String(!open));
    } catch {
      // Remembered for this visit only.
    }
  };

  // The view (zoom and pan) of the shown hall, and the marker kept on the visitor.
  useEffect(() => {
    const element = svg.current;
    if (!open || !plan || !element) return undefined;
    const planView = createPlanView(element, marker.current, plan.floor, navigator.pose);
    view.current = planView;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      planView.placeMarker();
      const here = hallAt(plans, navigator.pose.xM, navigator.pose.zM);
      if (here && here.id !== plan.id) setHallId(here.id);
    };
    update();
    const unsubscribe = navigator.onMove(() => {
      if (frame === 0) frame = requestAnimationFrame(update);
    });
    const onResize = () => planView.apply();
    window.addEventListener('resize', onResize);
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
      view.current = undefined;
    };
  }, [open, plan, plans, navigator]);

  useGesture(
    {
      onDrag: ({ delta: [dx, dy], tap, event, pinching, cancel }) => {
        if (pinching) return cancel();
        if (tap) travelFrom(navigator, view.current, event);
        else view.current?.pan(dx, dy);
      },
      onPinch: ({ offset: [scale], origin: [x, y], memo }) => {
        const previous = typeof memo === 'number' ? memo : scale;
        view.current?.zoomAt(x, y, scale / previous);
        return scale;
      },
      onWheel: ({ delta: [, dy], event }) => {
        event.preventDefault();
        view.current?.zoomAt(event.clientX, event.clientY, Math.exp(-dy * 0.0015));
      },
    },
    { target: svg, drag: { filterTaps: true }, wheel: { eventOptions: { passive: false } }, eventOptions: { passive: false } },
  );

  if (!plan) return null;
  const route = journey ? pointsOf(journey.route) : undefined;
  return (
    <section className={open ? 'floor-plan open' : 'floor-plan'} aria-label={text.floorPlan} data-own-keys>
      <div className="floor-plan-bar">
        <button type="button" className="floor-plan-toggle" aria-expanded={open} aria-controls="floor-plan-body" onClick={toggle}>
          {text.floorPlan}
        </button>
        {open ? (
          <div className="floor-plan-zoom">
            <button type="button" className="plan-button" aria-label={text.zoomIn} onClick={() => view.current?.zoomBy(1.5)}>
              +
            </button>
            <button type="button" className="plan-button" aria-label={text.zoomOut} onClick={() => view.current?.zoomBy(1 / 1.5)}>
              −
            </button>
          </div>
        ) : null}
      </div>
      {open ? (
        <div className="floor-plan-body" id="floor-plan-body">
          <div className="floor-plan-halls" role="group" aria-label={text.hallSwitcher}>
            {plans.map((candidate) => (
              <button
                key={candidate.id}
                type="button"
                className="plan-button hall-switch"
                aria-pressed={candidate.id === plan.id}
                title={localizedString(candidate.name, language)}
                onClick={() => navigator.goTo({ kind: 'hall', id: candidate.id }, { travel: 'walk' })}
              >
                {shortHallName(localizedString(candidate.name, language))}
              </button>
            ))}
          </div>
          <svg ref={svg} className="floor-plan-map" role="img" aria-label={text.floorPlanOf(localizedString(plan.name, language))} data-hall-id={plan.id}>
            <rect className="plan-floor" x={plan.floor.x} y={plan.floor.z} width={plan.floor.width} height={plan.floor.depth} />
            {plan.zones.map((zone) => (
              <g key={zone.id} className="plan-zone">
                {/* A long zone name is cut at its zone's edge rather than written over the next zone. */}
                <clipPath id={`${id}-${zone.id}`}>
                  <rect x={zone.x} y={zone.z} width={zone.width} height={zone.depth} />
                </clipPath>
                <rect x={zone.x} y={zone.z} width={zone.width} height={zone.depth} fill={zone.color} />
                <text className="plan-zone-name" x={zone.x + 0.8} y={zone.z + 0.8} clipPath={`url(#${id}-${zone.id})`}>
                  {localizedString(zone.name, language)}
                </text>
              </g>
            ))}
            {plan.booths.map((booth) => (
              <g key={booth.id} className="plan-booth" data-booth-id={booth.id} transform={`translate(${booth.cx} ${booth.cz}) rotate(${booth.rotateDeg})`}>
                <title>{[booth.code, booth.exhibitor ? localizedString(booth.exhibitor, language) : undefined].filter(Boolean).join(' · ')}</title>
                <rect x={-booth.width / 2} y={-booth.depth / 2} width={booth.width} height={booth.depth} stroke={booth.color} />
                <text className="plan-booth-code" transform={`rotate(${-booth.rotateDeg})`}>
                  {booth.code}
                </text>
              </g>
            ))}
            {plan.walls.map((wall, index) => (
              <rect key={index} className="plan-wall" x={wall.x} y={wall.z} width={wall.width} height={wall.depth} />
            ))}
            {plan.doors.map((door) => (
              <g key={door.id} className={door.leadsTo ? 'plan-door to-hall' : 'plan-door'}>
                <line x1={door.xM - door.outZ * (door.widthM / 2)} y1={door.zM - door.outX * (door.widthM / 2)} x2={door.xM + door.outZ * (door.widthM / 2)} y2={door.zM + door.outX * (door.widthM / 2)} />
                <text className="plan-door-label" x={door.xM - door.outX * 2.5} y={door.zM - door.outZ * 2.5} textAnchor={door.outX > 0 ? 'end' : door.outX < 0 ? 'start' : 'middle'}>
                  {localizedString(door.label, language)}
                </text>
              </g>
            ))}
            {route ? <polyline className="plan-route" points={route} /> : null}
            <g ref={marker} className="plan-visitor" aria-hidden="true">
              <path d="M 0 -11 L 7 5 L 0 1 L -7 5 Z" />
            </g>
          </svg>
        </div>
      ) : null}
    </section>
  );
}

/** A route's SVG points attribute: "x,z x,z …". */
function pointsOf(route: readonly number[]): string {
  const pairs: string[] = [];
  for (let k = 0; k + 1 < route.length; k += 2) pairs.push(`${route[k] ?? 0},${route[k + 1] ?? 0}`);
  return pairs.join(' ');
}

/** A tap on the plan: a booth takes the visitor to it; any other spot, there. */
function travelFrom(navigator: ExpoNavigator, view: PlanView | undefined, event: Event): void {
  if (!view || !('clientX' in event)) return;
  const pointer = event as PointerEvent;
  const booth = pointer.target instanceof Element ? pointer.target.closest('[data-booth-id]')?.getAttribute('data-booth-id') : undefined;
  if (booth) {
    navigator.goTo({ kind: 'booth', id: booth }, { travel: 'walk' });
    return;
  }
  const point = view.toPlan(pointer.clientX, pointer.clientY);
  if (point) navigator.goToPoint(point[0], point[1]);
}
