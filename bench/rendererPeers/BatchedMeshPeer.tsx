import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { computeInitialView } from '../../src/render/initialView';
import { createBatchedMeshExhibits } from './createBatchedMeshExhibits';
import type { PeerProps } from './peerProps';

/** three's BatchedMesh with `@three.ez/batched-mesh-extensions`: creates it, adds it, disposes it. */
export function BatchedMeshPeer({ layout, instances, levels, hooks }: PeerProps) {
  const gl = useThree((state) => state.gl);
  const exhibits = useMemo(
    () => createBatchedMeshExhibits(instances, levels, gl, computeInitialView(layout.scene).fovDeg),
    [layout, instances, levels, gl],
  );
  useEffect(() => {
    hooks.uncountedCalls = exhibits.uncountedCalls;
    return () => {
      exhibits.mesh.dispose();
      exhibits.mesh.material.dispose();
    };
  }, [exhibits, hooks]);
  return <primitive object={exhibits.mesh} />;
}
