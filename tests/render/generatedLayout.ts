/** Layouts of any size for renderer tests: one hall of booth grids with a few exhibits per booth. */
import { layoutScene, sceneSchema, type LaidOutScene, type SceneInput } from '../../src/scene';

export interface GeneratedLayoutOptions {
  booths: number;
  exhibitsPerBooth: number;
  /** Where the hall's north-west corner sits on the site, metres. */
  hallPositionM?: [number, number];
  /** Distinct models, used by the exhibits in turn (default 1: `model-box`). */
  models?: number;
  /** LOD files per model (default 1): `models/box-<index>/lod<level>.glb`. */
  lods?: number;
}

/** Id of generated model `index`: `model-box` for the first, then `model-box-1`, `model-box-2`… */
export function generatedModelId(index: number): string {
  return index === 0 ? 'model-box' : `model-box-${index}`;
}

const COLUMNS = 40;

export function generateLayout({ booths, exhibitsPerBooth, hallPositionM = [0, 0], models = 1, lods = 1 }: GeneratedLayoutOptions): LaidOutScene {
  const rows = Math.ceil(booths / COLUMNS);
  const input: SceneInput = {
    version: 1,
    expo: {
      id: 'generated',
      title: { en: 'Generated expo' },
      dates: { start: '2024-01-01', end: '2024-01-02' },
      venue: { en: 'Test' },
      defaultHall: 'hall-1',
    },
    halls: [
      {
        id: 'hall-1',
        name: { en: 'Hall 1' },
        sizeM: { width: COLUMNS * 4 + 10, depth: rows * 6 + 10 },
        positionM: hallPositionM,
        doors: [{ id: 'main', wall: 'south', offsetM: 20, widthM: 6, leadsTo: 'outside' }],
        zones: [{ id: 'zone-a', name: { en: 'A' }, color: '#3b82f6', category: 'test', rect: { x: 0, z: 0, width: COLUMNS * 4 + 10, depth: rows * 6 + 10 } }],
      },
    ],
    boothGrids: [],
    exhibits: [],
    models: Array.from({ length: models }, (_, index) => ({
      id: generatedModelId(index),
      lods: Array.from({ length: lods }, (_, level) => `models/box-${index}/lod${level}.glb`),
      sizeM: [1, 2, 0.5] as [number, number, number],
      color: '#ff0000',
    })),
  };
  let remaining = booths;
  let row = 0;
  let exhibitCount = 0;
  while (remaining > 0) {
    const columns = Math.min(COLUMNS, remaining);
    input.boothGrids?.push({
      id: `row-${row}`,
      zone: 'zone-a',
      codePrefix: `R${row}-`,
      startM: [7, 7 + row * 6],
      columns,
      sizeM: [3, 3],
      gapM: 1,
      template: row % 2 === 0 ? 'inline' : 'island',
    });
    for (let column = 0; column < columns; column += 1) {
      for (let index = 0; index < exhibitsPerBooth; index += 1) {
        input.exhibits?.push({
          id: `exhibit-${row}-${column}-${index}`,
          booth: `booth-r${row}-${String(column + 1).padStart(3, '0')}`,
          model: generatedModelId(exhibitCount++ % models),
          title: { en: 'Box' },
          scale: 0.5,
        });
      }
    }
    remaining -= columns;
    row += 1;
  }
  return layoutScene(sceneSchema.parse(input));
}
