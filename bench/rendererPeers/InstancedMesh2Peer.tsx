import { useThree } from '@react-three/fiber';
import { InstancedMesh2 } from '@three.ez/instanced-mesh';
import { useEffect, useMemo } from 'react';
import { createInstancedMesh2Exhibits } from './createInstancedMesh2Exhibits';
import type { PeerProps } from './peerProps';

/** `@three.ez/instanced-mesh`: the component only creates the meshes, adds them and disposes them. */
export function InstancedMesh2Peer({ layout, instances, levels }: PeerProps) {
  const gl = useThree((state) => state.gl);
  const root = useMemo(() => createInstancedMesh2Exhibits(layout.scene, instances, levels, gl), [layout, instances, levels, gl]);
  useEffect(
    () => () => {
      root.traverse((object) => {
        if (object instanceof InstancedMesh2) object.dispose();
      });
    },
    [root],
  );
  return <primitive object={root} />;
}
