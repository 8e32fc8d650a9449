/**
 * The three.js classes R3F may create from JSX (`<hemisphereLight>` → `new HemisphereLight()`):
 * what the app's JSX uses, and nothing else. R3F's `<Canvas>` registers whatever its `three`
 * import holds (`extend(THREE)`), which keeps all of three.js in the first download, about 60 kB
 * gzipped the view does not use (issue 12: ≤ 250 kB of JavaScript before the first frame). The
 * build points that one import here instead (`vite.config.ts`, `fiberCatalogue` plugin); the dev
 * server and the unit tests keep R3F's full catalogue. `tests/app/fiberCatalogue.test.ts` fails
 * when a component uses an element missing here.
 *
 * `<primitive object={…}>` needs no entry: the object is made by the app.
 */
export { Color, DirectionalLight, HemisphereLight } from 'three';
