import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createFrameTimeMonitor, noteLevelChange, recordFrame, type QualityPreset } from '../quality';
import type { ExpoView } from '../render/createExpoView';
import type { QualityStore } from '../store/qualityStore';
import { pageClock } from './pageClock';

export interface QualityControllerProps {
  view: ExpoView;
  preset: QualityPreset;
  store: QualityStore;
  now?: () => number;
}

/**
 * Applies the quality preset to the view (draw distance, LOD distances, triangle budget; the
 * canvas applies its pixel ratio) and, after each drawn frame, feeds the frame-time monitor. A
 * decision is carried out in a timeout, outside the frame loop, because it changes store state
 * that React renders (the pixel ratio); the monitor ignores pauses, so idle time never counts.
 */
export function QualityController({ view, preset, store, now = pageClock }: QualityControllerProps) {
  const invalidate = useThree((state) => state.invalidate);
  const monitor = useMemo(() => createFrameTimeMonitor(), []);
  useEffect(() => {
    view.setQuality(preset);
    invalidate();
  }, [view, preset, invalidate]);
  const [stepDown, stepUp] = useMemo(() => {
    const step = (direction: -1 | 1) => () => {
      if (store.getState().stepAuto(direction)) noteLevelChange(monitor);
    };
    return [step(-1), step(1)];
  }, [store, monitor]);
  useFrame(() => {
    const decision = recordFrame(monitor, now());
    if (decision === 'decline') setTimeout(stepDown, 0);
    else if (decision === 'incline') setTimeout(stepUp, 0);
  }, 2);
  return null;
}
