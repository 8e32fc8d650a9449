import { useMemo } from 'react';
import { exhibitTransform, type ExhibitTransform } from './exhibitTransform';
import type { ModelLevel } from './loadModelLevels';
import type { PeerProps } from './peerProps';

interface NaiveExhibit extends ExhibitTransform {
  key: string;
  level: ModelLevel;
}

/**
 * The naive R3F way: one `<mesh>` per exhibit with its model's finest geometry and material (shared
 * by all exhibits of the model), no levels of detail, and three's default per-object frustum culling.
 */
export function NaivePeer({ instances, levels }: PeerProps) {
  const exhibits = useMemo(() => {
    const list: NaiveExhibit[] = [];
    for (let i = 0; i < instances.count; i += 1) {
      const level = levels[instances.modelIndex[i] ?? 0]?.[0];
      if (level) list.push({ key: instances.exhibitIds[i] ?? String(i), level, ...exhibitTransform(instances, i) });
    }
    return list;
  }, [instances, levels]);
  return (
    <>
      {exhibits.map(({ key, level, position, yawRad, scale }) => (
        <mesh key={key} geometry={level.geometry} material={level.material} position={position} rotation-y={yawRad} scale={scale} />
      ))}
    </>
  );
}
