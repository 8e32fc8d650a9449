/**
 * The one walk intent of the page, shared by the input handlers that write it (keys and pointer
 * in the 3D view, the joystick in the interface) and the visitor that reads it every frame; and a
 * way for an input to ask for frames, as the view renders only on demand.
 */
import { createWalkIntent, type WalkIntent } from '../navigation/walkIntent';

export interface WalkInput {
  intent: WalkIntent;
  /** Asks the view for a frame; the view installs its own while mounted. */
  wake: () => void;
}

export const walkInput: WalkInput = { intent: createWalkIntent(), wake: () => undefined };
