/** What every peer component is given. */
import type { ExhibitInstances } from '../../src/render/instancing';
import type { LaidOutScene } from '../../src/scene';
import type { ModelLevels } from './loadModelLevels';
import type { PeerHooks } from './peerApi';

export interface PeerProps {
  layout: LaidOutScene;
  instances: ExhibitInstances;
  levels: ModelLevels;
  /** The peer fills in what the frame driver cannot see for itself. */
  hooks: PeerHooks;
}
