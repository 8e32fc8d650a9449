/**
 * Model preview page for `npm run preview:models`: loads the named models' three levels from
 * public/models/ with the app's own decoders and lays them out in a row per model, LOD0 to LOD2
 * left to right, each row labelled by the script in the screenshot file name.
 */
import { AmbientLight, Box3, Color, DirectionalLight, Group, HemisphereLight, type Object3D, PerspectiveCamera, Scene, Vector3, WebGLRenderer } from 'three';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const params = new URLSearchParams(location.search);
const names = (params.get('models') ?? 'pedestal').split(',');
const view = params.get('view') ?? 'front'; // front | back | side | top

const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(innerWidth, innerHeight);
document.body.append(renderer.domElement);
const scene = new Scene();
scene.background = new Color('#dfe3e8');
scene.add(new HemisphereLight('#ffffff', '#8899aa', 1.6), new AmbientLight('#ffffff', 0.4));
const sun = new DirectionalLight('#ffffff', 2.2);
sun.position.set(5, 10, 7);
scene.add(sun);

const draco = new DRACOLoader().setDecoderPath('/draco/');
const loader = new GLTFLoader().setDRACOLoader(draco).setMeshoptDecoder(MeshoptDecoder);

async function load(url: string): Promise<Object3D> {
  const gltf = await loader.loadAsync(url);
  return gltf.scene;
}

const rows = new Group();
let maxSize = 0;
const loaded: Object3D[][] = [];
for (const name of names) {
  const row: Object3D[] = [];
  for (const level of [0, 1, 2]) row.push(await load(`/models/${name}/lod${level}.glb`));
  for (const object of row) maxSize = Math.max(maxSize, new Box3().setFromObject(object).getSize(new Vector3()).length());
  loaded.push(row);
}
const spacing = maxSize * 1.1;
loaded.forEach((row, rowIndex) =>
  row.forEach((object, level) => {
    object.position.set((level - 1) * spacing, 0, rowIndex * spacing);
    rows.add(object);
  }),
);
scene.add(rows);
const bounds = new Box3().setFromObject(rows);
const centre = bounds.getCenter(new Vector3());
const size = bounds.getSize(new Vector3());
const camera = new PerspectiveCamera(35, innerWidth / innerHeight, 0.01, 1000);
const distance = Math.max(size.x / camera.aspect, size.y, size.z) * 1.6 + maxSize;
const direction = view === 'top' ? new Vector3(0, 1, 0.01) : view === 'back' ? new Vector3(-0.4, 0.5, -1) : view === 'side' ? new Vector3(1, 0.4, 0) : new Vector3(0, 0.4, 1);
camera.position.copy(centre).addScaledVector(direction.normalize(), distance);
camera.lookAt(centre);
renderer.render(scene, camera);
document.documentElement.dataset.previewReady = '1';
