/**
 * Door signs (issue 10): one over every door, on the inside face of its wall, facing into the hall,
 * in both languages; kept ahead of booth fascias when the atlas is full.
 */
import { readFileSync } from 'node:fs';
import { InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createLabelMeshes, labelPlacements, packLabels, type LabelPlacement } from '../../../src/render/labels';
import { parseScene, type Door, type Hall, type LaidOutScene, type Language } from '../../../src/scene';
import { createFakeRasterizer, labelScene } from './labelFixtures';

const DEFAULT_SCENE = 'scenes/mianyang-2023.json';
/** Markup, a line break and a right-to-left override, as in the fixture's hostile exhibitor name. */
const HOSTILE_DOOR = '<img src=y onerror="alert(2)">\n\u202Edoor';

function defaultExpo(edit?: (json: { halls: { doors: { label?: unknown }[] }[] }) => void): LaidOutScene {
  const json = JSON.parse(readFileSync(DEFAULT_SCENE, 'utf8')) as { halls: { doors: { label?: unknown }[] }[] };
  edit?.(json);
  const result = parseScene(JSON.stringify(json));
  if (!result.layout) throw new Error('the default expo does not parse');
  return result.layout;
}

function doorSigns(layout: LaidOutScene, language: Language): LabelPlacement[] {
  return labelPlacements(layout, language).filter((placement) => placement.kind === 'door');
}

function signOf(layout: LaidOutScene, language: Language, hallId: string, doorId: string): LabelPlacement {
  const hallIndex = layout.scene.halls.findIndex((hall) => hall.id === hallId);
  const found = doorSigns(layout, language).filter((sign) => sign.hallIndex === hallIndex && sign.id === doorId);
  expect(found, `${hallId}/${doorId}`).toHaveLength(1);
  return found[0] as LabelPlacement;
}

function lineTexts(sign: LabelPlacement): string[] {
  return sign.lines.map((line) => line.text);
}

/** The door's centre on the floor edge (hall frame), and the unit vector pointing into the hall. */
function doorFrame(hall: Hall, door: Door): { x: number; z: number; inX: number; inZ: number } {
  const { width, depth } = hall.sizeM;
  switch (door.wall) {
    case 'north':
      return { x: door.offsetM, z: 0, inX: 0, inZ: 1 };
    case 'south':
      return { x: door.offsetM, z: depth, inX: 0, inZ: -1 };
    case 'west':
      return { x: 0, z: door.offsetM, inX: 1, inZ: 0 };
    case 'east':
      return { x: width, z: door.offsetM, inX: -1, inZ: 0 };
  }
}

describe('door signs', () => {
  it.each(['zh', 'en'] as const)('gives every door of the default expo one sign over its opening, inside its hall, facing in (%s)', (language) => {
    const layout = defaultExpo();
    const signs = doorSigns(layout, language);
    const doorCount = layout.scene.halls.reduce((sum, hall) => sum + hall.doors.length, 0);
    expect(doorCount).toBe(10);
    expect(signs).toHaveLength(doorCount);
    layout.scene.halls.forEach((hall, hallIndex) => {
      for (const door of hall.doors) {
        const sign = signOf(layout, language, hall.id, door.id);
        const { board } = sign;
        const edge = doorFrame(hall, door);
        // Board centre relative to the door's centre on the floor edge.
        const dx = board.xM - (hall.positionM[0] + edge.x);
        const dz = board.zM - (hall.positionM[1] + edge.z);
        const inward = dx * edge.inX + dz * edge.inZ;
        const along = dx * edge.inZ - dz * edge.inX;
        expect(along, `${hall.id}/${door.id} centred on the opening`).toBeCloseTo(0, 6);
        // On the wall's inside face: its back on the floor edge, its depth inside the hall.
        expect(inward - board.sizeZM / 2).toBeCloseTo(0, 6);
        expect(board.sizeZM).toBeLessThan(0.3);
        // Inside the hall's floor.
        expect(board.xM).toBeGreaterThan(hall.positionM[0]);
        expect(board.xM).toBeLessThan(hall.positionM[0] + hall.sizeM.width);
        expect(board.zM).toBeGreaterThan(hall.positionM[1]);
        expect(board.zM).toBeLessThan(hall.positionM[1] + hall.sizeM.depth);
        // Facing into the hall, text on the front only.
        expect(Math.sin(board.yawRad)).toBeCloseTo(edge.inX, 6);
        expect(Math.cos(board.yawRad)).toBeCloseTo(edge.inZ, 6);
        expect(sign.doubleSided).toBe(false);
        // Covers the opening; above head height, over booth walls and exhibits (4 m), under the ceiling.
        expect(board.sizeXM).toBeGreaterThanOrEqual(door.widthM);
        expect(board.yM - board.sizeYM / 2).toBeGreaterThan(4);
        expect(board.yM + board.sizeYM / 2).toBeLessThan(hall.sizeM.height);
        expect(sign.hallIndex).toBe(hallIndex);
      }
    });
  });

  it('signs both sides of an opening between two halls, each saying where its side leads', () => {
    const layout = defaultExpo();
    const fromHall1 = signOf(layout, 'en', 'hall-1', 'to-hall-2');
    const fromHall2 = signOf(layout, 'en', 'hall-2', 'to-hall-1');
    expect(lineTexts(fromHall1)[0]).toBe('To Hall 2');
    expect(lineTexts(fromHall2)[0]).toBe('To Hall 1');
    // The same opening (x = 120 on the site), one board each side, facing away from each other.
    expect(fromHall1.board.xM).toBeLessThan(120);
    expect(fromHall2.board.xM).toBeGreaterThan(120);
    expect(Math.sin(fromHall1.board.yawRad)).toBeCloseTo(-1, 6);
    expect(Math.sin(fromHall2.board.yawRad)).toBeCloseTo(1, 6);
  });

  it('shows a labelled door\'s own label, the chosen language large with the other below it', () => {
    const layout = defaultExpo();
    const zh = signOf(layout, 'zh', 'hall-1', 'entrance');
    expect(zh.lines.map((line) => [line.role, line.text])).toEqual([
      ['title', '主入口'],
      ['translation', 'Main entrance'],
    ]);
    expect(zh.lines[0]?.emM).toBeGreaterThan(zh.lines[1]?.emM ?? Infinity);
    expect(zh.lines[0]?.offsetYM).toBeGreaterThan(zh.lines[1]?.offsetYM ?? Infinity);
    expect(lineTexts(signOf(layout, 'en', 'hall-1', 'entrance'))).toEqual(['Main entrance', '主入口']);
    expect(lineTexts(signOf(layout, 'zh', 'hall-1', 'to-hall-2'))).toEqual(['通往2号馆', 'To Hall 2']);
    expect(lineTexts(signOf(layout, 'en', 'hall-1', 'to-hall-2'))).toEqual(['To Hall 2', '通往2号馆']);
  });

  it('says where an unlabelled door leads, with the short part of a long hall name', () => {
    const layout = defaultExpo((json) => {
      for (const hall of json.halls) for (const door of hall.doors) delete door.label;
    });
    // Hall names are "2号馆 · 人工智能与电子信息" / "Hall 2 · Artificial Intelligence and Electronic Information".
    expect(lineTexts(signOf(layout, 'en', 'hall-1', 'to-hall-2'))).toEqual(['To Hall 2', '通往2号馆']);
    expect(lineTexts(signOf(layout, 'zh', 'hall-3', 'to-hall-4'))).toEqual(['通往4号馆', 'To Hall 4']);
    expect(lineTexts(signOf(layout, 'en', 'hall-2', 'entrance'))).toEqual(['Entrance', '入口']);
    expect(lineTexts(signOf(layout, 'zh', 'hall-2', 'entrance'))).toEqual(['入口', 'Entrance']);
  });

  it('falls back to a hall\'s only name, and gives a one-language label one line', () => {
    const layout = labelScene();
    // Hall 2 of the fixture has an English name only.
    expect(lineTexts(signOf(layout, 'zh', 'hall-1', 'to-2'))).toEqual(['通往 Hall 2', 'To Hall 2']);
    const main = layout.scene.halls[0]?.doors.find((door) => door.id === 'main');
    if (!main) throw new Error('fixture lost its main door');
    main.label = { en: 'Loading bay' };
    for (const language of ['zh', 'en'] as const) {
      const sign = signOf(layout, language, 'hall-1', 'main');
      expect(sign.lines.map((line) => [line.role, line.text, line.offsetYM])).toEqual([['title', 'Loading bay', 0]]);
    }
    // A blank label says nothing: the door is signed as any entrance.
    main.label = { en: ' \n ' };
    expect(lineTexts(signOf(layout, 'en', 'hall-1', 'main'))).toEqual(['Entrance', '入口']);
  });

  it('keeps door labels and hall names as plain text', () => {
    const layout = labelScene();
    const [hall1, hall2] = layout.scene.halls;
    const main = hall1?.doors.find((door) => door.id === 'main');
    if (!main || !hall2) throw new Error('fixture changed');
    main.label = { en: HOSTILE_DOOR, zh: '<script>入口</script>\u2028' };
    hall2.name = { en: '<b onclick="x()">Hall\n2</b> · rest' };
    const sign = signOf(layout, 'en', 'hall-1', 'main');
    expect(lineTexts(sign)).toEqual(['<img src=y onerror="alert(2)"> door', '<script>入口</script>']);
    expect(lineTexts(signOf(layout, 'en', 'hall-1', 'to-2'))[0]).toBe('To <b onclick="x()">Hall 2</b>');
    // And so they reach the rasterizer.
    const rasterizer = createFakeRasterizer();
    createLabelMeshes(layout, { language: 'en', rasterizer }).dispose();
    const texts = rasterizer.pages.flatMap((page) => page.sprites.map((sprite) => sprite.text));
    expect(texts).toContain('<img src=y onerror="alert(2)"> door');
    expect(texts).toContain('<script>入口</script>');
    expect(texts).not.toContain(HOSTILE_DOOR);
  });

  it('comes after zone signs and before every booth fascia in the keep order', () => {
    const kinds = labelPlacements(defaultExpo(), 'en').map((placement) => placement.kind);
    const firstDoor = kinds.indexOf('door');
    const lastDoor = kinds.lastIndexOf('door');
    expect(firstDoor).toBeGreaterThan(kinds.lastIndexOf('zone'));
    expect(lastDoor).toBeLessThan(kinds.indexOf('fascia'));
    expect(kinds.slice(firstDoor, lastDoor + 1).every((kind) => kind === 'door')).toBe(true);
  });

  it.each(['zh', 'en'] as const)('keeps every door sign when the atlas is nearly full ahead of the fascias (%s)', (language) => {
    const layout = defaultExpo();
    const placements = labelPlacements(layout, language);
    const doorCount = layout.scene.halls.reduce((sum, hall) => sum + hall.doors.length, 0);
    // One 1024² page: room for the zone and door signs and some fascias only.
    const packed = packLabels(placements, createFakeRasterizer().measure, { pageSizePx: 1024, maxPages: 1 });
    expect(packed.droppedCount).toBeGreaterThan(100);
    const shownKinds = packed.shown.map((label) => label.placement.kind);
    expect(shownKinds.filter((kind) => kind === 'door')).toHaveLength(doorCount);
    expect(shownKinds.filter((kind) => kind === 'zone')).toHaveLength(layout.zones.length);
    expect(shownKinds.filter((kind) => kind === 'fascia').length).toBeLessThan(layout.booths.length - 100);
    const meshes = createLabelMeshes(layout, { language, rasterizer: createFakeRasterizer(), pageSizePx: 1024, maxPages: 1 });
    expect(meshes.labelCount).toBe(packed.shown.length);
    expect(meshes.pageCount).toBe(1);
    meshes.dispose();
  });

  it('draws the chosen language as the large line, and swaps when built for the other language', () => {
    for (const [language, titlePx, otherPx] of [
      ['zh', 72, 36],
      ['en', 36, 72],
    ] as const) {
      const rasterizer = createFakeRasterizer();
      createLabelMeshes(defaultExpo(), { language, rasterizer }).dispose();
      const sprites = rasterizer.pages.flatMap((page) => page.sprites);
      expect(sprites.filter((sprite) => sprite.text === '主入口').map((sprite) => sprite.fontPx)).toEqual([titlePx]);
      expect(sprites.filter((sprite) => sprite.text === 'Main entrance').map((sprite) => sprite.fontPx)).toEqual([otherPx]);
    }
  });

  it('puts a door sign\'s text on the hall side of its board only, one quad per line', () => {
    const layout = labelScene();
    const sign = signOf(layout, 'en', 'hall-1', 'to-2');
    const meshes = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer() });
    const matrix = new Matrix4();
    const position = new Vector3();
    const rotation = new Quaternion();
    const scale = new Vector3();
    let quads = 0;
    for (const mesh of meshes.objects.filter((object): object is InstancedMesh => object instanceof InstancedMesh && object.name.startsWith('label-text-'))) {
      for (let index = 0; index < mesh.count; index += 1) {
        mesh.getMatrixAt(index, matrix);
        matrix.decompose(position, rotation, scale);
        if (Math.abs(position.x - sign.board.xM) > 0.5 || Math.abs(position.z - sign.board.zM) > 0.5) continue;
        quads += 1;
        // The door is in hall 1's east wall (x = 140 on the site): text faces west, in front of the board.
        expect(new Vector3(0, 0, 1).applyQuaternion(rotation).x).toBeCloseTo(-1, 6);
        expect(position.x).toBeLessThan(sign.board.xM - sign.board.sizeZM / 2);
        expect(position.x).toBeLessThan(140);
      }
    }
    expect(quads).toBe(sign.lines.length);
    expect(quads).toBe(2);
    meshes.dispose();
  });
});
