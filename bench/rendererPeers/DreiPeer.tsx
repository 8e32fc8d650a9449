import { createInstances, Detailed } from '@react-three/drei';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { InstancedMesh } from 'three';
import type { ExhibitInstances } from '../../src/render/instancing';
import { exhibitsByModel, exhibitTransform } from './exhibitTransform';
import type { ModelLevel } from './loadModelLevels';
import { instanceLodDistancesM, LOD_HYSTERESIS } from './lodSettings';
import type { PeerProps } from './peerProps';

interface DreiModelProps {
  instances: ExhibitInstances;
  exhibits: readonly number[];
  levels: readonly ModelLevel[];
  /** Called with each level's instanced mesh as it mounts (null as it unmounts). */
  onRoot: (level: number, mesh: InstancedMesh | null) => void;
}

/**
 * One model the drei way: per level an `<Instances>` root made by `createInstances` (its `limit`
 * set to the model's real exhibit count: the default of 1000 silently drops the rest), and per
 * exhibit a `<Detailed>` holding one `<Instance>` per level. Each `<Instance>` must sit inside its
 * own root's context, so the roots are nested, as drei's docs nest `createInstances` pairs.
 *
 * As drei's source stands (core/Instances.js), a root writes the matrix of every subscribed
 * `<Instance>` every frame whether or not it is visible: `<Detailed>` hides the levels it does not
 * pick, but the instances draw anyway, so every exhibit is drawn at every level. This is measured
 * as it is, not worked around.
 */
function DreiModel({ instances, exhibits, levels, onRoot }: DreiModelProps) {
  const pairs = useMemo(() => levels.map(() => createInstances()), [levels]);
  const body = exhibits.map((i) => {
    const { position, yawRad, scale } = exhibitTransform(instances, i);
    return (
      <Detailed key={i} distances={instanceLodDistancesM(instances, i)} hysteresis={LOD_HYSTERESIS} position={position} rotation={[0, yawRad, 0]} scale={scale}>
        {pairs.map(([, Instance], level) => (
          <Instance key={level} />
        ))}
      </Detailed>
    );
  });
  return pairs.reduceRight<ReactNode>((inner, [Root], level) => {
    const source = levels[level];
    if (!source) return inner;
    return (
      <Root ref={(mesh: InstancedMesh | null) => onRoot(level, mesh)} limit={exhibits.length} geometry={source.geometry} material={source.material}>
        {inner}
      </Root>
    );
  }, body);
}

/** How many `<Instance>`s have registered with a root (drei keeps them in `userData.instances`). */
function registeredInstances(mesh: InstancedMesh): number {
  const list: unknown = mesh.userData.instances;
  return Array.isArray(list) ? list.length : 0;
}

/** drei `<Instances>` + `<Detailed>`, one set of roots per model. */
export function DreiPeer({ instances, levels, hooks }: PeerProps) {
  const byModel = useMemo(() => exhibitsByModel(instances), [instances]);
  const roots = useRef(new Map<string, { mesh: InstancedMesh; expected: number }>());
  useEffect(() => {
    let expectedRoots = 0;
    byModel.forEach((exhibits, model) => {
      if (exhibits.length > 0) expectedRoots += levels[model]?.length ?? 0;
    });
    const all = roots.current;
    hooks.isComplete = () => {
      if (all.size < expectedRoots) return false;
      for (const { mesh, expected } of all.values()) if (registeredInstances(mesh) < expected) return false;
      return true;
    };
  }, [byModel, levels, hooks]);
  return (
    <>
      {byModel.map((exhibits, model) => {
        const modelLevels = levels[model];
        if (exhibits.length === 0 || !modelLevels) return null;
        return (
          <DreiModel
            key={model}
            instances={instances}
            exhibits={exhibits}
            levels={modelLevels}
            onRoot={(level, mesh) => {
              const key = `${model}:${level}`;
              if (mesh) roots.current.set(key, { mesh, expected: exhibits.length });
              else roots.current.delete(key);
            }}
          />
        );
      })}
    </>
  );
}
