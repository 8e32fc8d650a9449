/**
 * What the visitor is asking for right now, written by input handlers (keys, joystick, drag, wheel,
 * pinch) and read once per frame by the visitor. A plain mutable object: input events may arrive
 * many times between frames, and none of them should cause a React render.
 *
 * Whatever makes `intentIsActive` true (every field but `run`) is the visitor taking the controls
 * back: it stops a route or a turn to face something under way (`stepVisitor`).
 */
export interface WalkIntent {
  /** Held keys, −1 … 1: forward minus back, right minus left, turn right minus left, look up minus down. */
  keyForward: number;
  keyStrafe: number;
  keyTurn: number;
  keyPitch: number;
  /** Shift held: walk faster. */
  run: boolean;
  /** Virtual joystick deflection, −1 … 1 each, within the unit circle. */
  stickForward: number;
  stickStrafe: number;
  /** Look turns accumulated since the last frame (drag, pointer lock), radians; the frame consumes them. */
  lookYawRad: number;
  lookPitchRad: number;
  /** Distance still to step forward (wheel, pinch; negative: back), metres; the frames consume it. */
  pendingForwardM: number;
}

export function createWalkIntent(): WalkIntent {
  return { keyForward: 0, keyStrafe: 0, keyTurn: 0, keyPitch: 0, run: false, stickForward: 0, stickStrafe: 0, lookYawRad: 0, lookPitchRad: 0, pendingForwardM: 0 };
}

/** Whether the intent still asks for movement or a look turn (and so for more frames); any of it stops a journey. */
export function intentIsActive(intent: WalkIntent): boolean {
  return (
    intent.keyForward !== 0 ||
    intent.keyStrafe !== 0 ||
    intent.keyTurn !== 0 ||
    intent.keyPitch !== 0 ||
    intent.stickForward !== 0 ||
    intent.stickStrafe !== 0 ||
    intent.lookYawRad !== 0 ||
    intent.lookPitchRad !== 0 ||
    intent.pendingForwardM !== 0
  );
}

/** Lets go of everything held (the window lost focus, the mode changed). */
export function releaseIntent(intent: WalkIntent): void {
  Object.assign(intent, createWalkIntent());
}

/**
 * Drops the one-off moves still queued (wheel and pinch steps, look turns): a journey the visitor
 * has just asked for must not be cut short by the tail of an earlier gesture. Held keys and the
 * stick stay held.
 */
export function dropQueuedMoves(intent: WalkIntent): void {
  intent.pendingForwardM = 0;
  intent.lookYawRad = 0;
  intent.lookPitchRad = 0;
}
