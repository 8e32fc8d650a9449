/**
 * The outline drawn around the hovered or the selected exhibit: one LineSegments box of edges,
 * placed on the exhibit's placeholder box, a little larger, drawn over everything so it shows
 * through the booth walls. One object and one draw call, whatever the number of exhibits.
 */
import { BoxGeometry, EdgesGeometry, LineBasicMaterial, LineSegments, Matrix4 } from 'three';

export interface Highlight {
  object: LineSegments;
  /** Shows the outline on the box whose matrix is at `offset` in `matrices`, or hides it (`offset` < 0). */
  show: (matrices: Float32Array, offset: number) => void;
  dispose: () => void;
}

/** How much larger than the exhibit's box the outline is drawn. */
const MARGIN = 1.06;
const _scale = new Matrix4().makeScale(MARGIN, MARGIN, MARGIN);

export function createHighlight(name: string, color: string): Highlight {
  const box = new BoxGeometry(1, 1, 1);
  const geometry = new EdgesGeometry(box);
  box.dispose();
  const material = new LineBasicMaterial({ color, depthTest: false, transparent: true, fog: false });
  const object = new LineSegments(geometry, material);
  object.name = name;
  object.matrixAutoUpdate = false;
  object.renderOrder = 10;
  object.visible = false;
  object.frustumCulled = false;
  return {
    object,
    show(matrices, offset) {
      object.visible = offset >= 0;
      if (offset < 0) return;
      object.matrix.fromArray(matrices, offset).multiply(_scale);
      object.matrixWorld.copy(object.matrix);
    },
    dispose() {
      geometry.dispose();
      material.dispose();
    },
  };
}
