/** Writes instance transforms without allocating: module-level scratch objects. */
import { Euler, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';

const _matrix = new Matrix4();
const _position = new Vector3();
const _quaternion = new Quaternion();
const _scale = new Vector3();
const _euler = new Euler();

/** Sets instance `index` to a box of the given size centred at (x, y, z), turned by `yawRad`. */
export function setBoxInstance(
  mesh: InstancedMesh,
  index: number,
  x: number,
  y: number,
  z: number,
  yawRad: number,
  sizeX: number,
  sizeY: number,
  sizeZ: number,
): void {
  _position.set(x, y, z);
  _quaternion.setFromEuler(_euler.set(0, yawRad, 0));
  _scale.set(sizeX, sizeY, sizeZ);
  mesh.setMatrixAt(index, _matrix.compose(_position, _quaternion, _scale));
}
