import type { ComponentType } from 'react';
import { BatchedMeshPeer } from './BatchedMeshPeer';
import { DreiPeer } from './DreiPeer';
import { InstancedMesh2Peer } from './InstancedMesh2Peer';
import { NaivePeer } from './NaivePeer';
import type { PeerName } from './peerApi';
import { PeerCanvas } from './PeerCanvas';
import type { PeerProps } from './peerProps';

const PEERS: Record<PeerName, ComponentType<PeerProps>> = {
  naive: NaivePeer,
  drei: DreiPeer,
  instancedmesh2: InstancedMesh2Peer,
  batchedmesh: BatchedMeshPeer,
};

export interface PeerAppProps extends PeerProps {
  peer: PeerName;
}

/** The named peer's exhibits in the app's canvas. */
export function PeerApp({ peer, ...props }: PeerAppProps) {
  const Peer = PEERS[peer];
  return (
    <PeerCanvas layout={props.layout} hooks={props.hooks}>
      <Peer {...props} />
    </PeerCanvas>
  );
}
