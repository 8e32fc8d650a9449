import { readFileSync } from 'node:fs';
import {
  DataTexture,
  InstancedMesh,
  LinearMipmapLinearFilter,
  Matrix4,
  Quaternion,
  RedFormat,
  Texture,
  UnsignedByteType,
  Vector3,
  type InstancedBufferAttribute,
  type Material,
} from 'three';
import { describe, expect, it } from 'vitest';
import { createLabelMeshes, LABEL_UV_ATTRIBUTE, labelPlacements, MIN_RESOLUTION_SCALE } from '../../../src/render/labels';
import { parseScene } from '../../../src/scene';
import { generateLayout } from '../generatedLayout';
import { createFakeRasterizer, HOSTILE_NAME, labelScene } from './labelFixtures';

function instancedMeshes(objects: readonly unknown[]): InstancedMesh[] {
  return objects.filter((object): object is InstancedMesh => object instanceof InstancedMesh);
}

function textMeshes(objects: readonly unknown[]): InstancedMesh[] {
  return instancedMeshes(objects).filter((mesh) => mesh.name.startsWith('label-text-'));
}

describe('createLabelMeshes', () => {
  it('draws 10 and 400 booths with the same meshes: one for boards, one per atlas page', () => {
    const small = createLabelMeshes(generateLayout({ booths: 10, exhibitsPerBooth: 0 }), { language: 'en', rasterizer: createFakeRasterizer() });
    const large = createLabelMeshes(generateLayout({ booths: 400, exhibitsPerBooth: 0 }), { language: 'en', rasterizer: createFakeRasterizer() });
    // One zone sign, one door sign, one fascia per booth.
    expect(small.labelCount).toBe(12);
    expect(large.labelCount).toBe(402);
    expect(large.objects).toHaveLength(small.objects.length);
    expect(instancedMeshes(large.objects)).toHaveLength(large.objects.length);
    expect(large.pageCount).toBe(1);
    expect(large.objects.map((object) => object.name)).toEqual(['label-boards', 'label-text-0']);
  });

  it('caps the pages of a huge scene, keeping zone signs and the first booths and counting the rest', () => {
    const layout = generateLayout({ booths: 3000, exhibitsPerBooth: 0 });
    const meshes = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer(), pageSizePx: 256, maxPages: 2 });
    expect(meshes.pageCount).toBe(2);
    expect(meshes.objects).toHaveLength(3);
    expect(meshes.droppedCount).toBeGreaterThan(0);
    expect(meshes.labelCount + meshes.droppedCount).toBe(labelPlacements(layout, 'en').length);
    expect(meshes.textureBytes).toBeLessThanOrEqual(2 * Math.ceil((256 * 256 * 4) / 3));
    expect(meshes.resolutionScale).toBe(MIN_RESOLUTION_SCALE);
    // Kept: a prefix of the keep order (the zone sign, then booths in order), each with its posts and cables.
    const kept = labelPlacements(layout, 'en').slice(0, meshes.labelCount);
    expect(kept[0]?.kind).toBe('zone');
    const boards = instancedMeshes(meshes.objects)[0];
    expect(boards?.count).toBe(kept.reduce((sum, placement) => sum + 1 + placement.supports.length, 0));
  });

  it('draws crowded labels at a lower resolution, the same size in the world, before dropping any', () => {
    const layout = generateLayout({ booths: 200, exhibitsPerBooth: 0 });
    const roomy = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer() });
    const tight = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer(), pageSizePx: 512, maxPages: 3 });
    expect(roomy.resolutionScale).toBe(1);
    expect(tight.resolutionScale).toBeLessThan(1);
    expect(tight.resolutionScale).toBeGreaterThanOrEqual(MIN_RESOLUTION_SCALE);
    expect(tight.droppedCount).toBe(0);
    // The zone sign's text quad (the first text instance) keeps its height in metres.
    const height = (meshes: typeof roomy): number => {
      const matrix = new Matrix4();
      textMeshes(meshes.objects)[0]?.getMatrixAt(0, matrix);
      return new Vector3().setFromMatrixScale(matrix).y;
    };
    expect(Math.abs(height(tight) - height(roomy))).toBeLessThan(0.03);
  });

  it('stops measuring text once the pages are full', () => {
    const rasterizer = createFakeRasterizer();
    let measured = 0;
    const counting = { ...rasterizer, measure: (text: string, fontPx: number, weight: number) => ((measured += 1), rasterizer.measure(text, fontPx, weight)) };
    const meshes = createLabelMeshes(generateLayout({ booths: 3000, exhibitsPerBooth: 0 }), { language: 'en', rasterizer: counting, pageSizePx: 256, maxPages: 1 });
    expect(meshes.droppedCount).toBeGreaterThan(2900);
    expect(measured).toBeLessThan(4 * (meshes.labelCount + 1) * 2);
  });

  it('fills one text instance per line and side, with its sprite rectangle and colour', () => {
    const layout = labelScene();
    const placements = labelPlacements(layout, 'en');
    const meshes = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer() });
    expect(meshes.labelCount).toBe(placements.length);
    expect(meshes.droppedCount).toBe(0);
    const expected = placements.reduce((sum, placement) => sum + placement.lines.length * (placement.doubleSided ? 2 : 1), 0);
    const texts = textMeshes(meshes.objects);
    expect(texts.reduce((sum, mesh) => sum + mesh.count, 0)).toBe(expected);
    for (const mesh of texts) {
      const rects = mesh.geometry.getAttribute(LABEL_UV_ATTRIBUTE) as InstancedBufferAttribute;
      expect(rects.itemSize).toBe(4);
      for (let index = 0; index < mesh.count; index += 1) {
        const [u, v, du, dv] = [rects.getX(index), rects.getY(index), rects.getZ(index), rects.getW(index)];
        expect(du).toBeGreaterThan(0);
        expect(dv).toBeGreaterThan(0);
        expect(u).toBeGreaterThan(0);
        expect(v).toBeGreaterThan(0);
        expect(u + du).toBeLessThan(1);
        expect(v + dv).toBeLessThan(1);
      }
      expect(mesh.instanceColor?.count).toBeGreaterThanOrEqual(mesh.count);
    }
    // Boards plus posts and cables.
    const boards = instancedMeshes(meshes.objects)[0];
    expect(boards?.count).toBe(placements.reduce((sum, placement) => sum + 1 + placement.supports.length, 0));
  });

  it('puts each text quad just in front of its board, facing the same way', () => {
    const layout = labelScene();
    const fascia = labelPlacements(layout, 'en').find((placement) => placement.id === 'booth-e-1');
    const meshes = createLabelMeshes(layout, { language: 'en', rasterizer: createFakeRasterizer() });
    const matrix = new Matrix4();
    const position = new Vector3();
    const rotation = new Quaternion();
    const scale = new Vector3();
    const found: Vector3[] = [];
    for (const mesh of textMeshes(meshes.objects)) {
      for (let index = 0; index < mesh.count; index += 1) {
        mesh.getMatrixAt(index, matrix);
        matrix.decompose(position, rotation, scale);
        if (Math.abs(position.z - (fascia?.board.zM ?? NaN)) > 0.5 || Math.abs(position.x - (fascia?.board.xM ?? NaN)) > 0.5) continue;
        found.push(position.clone());
        // The quad's normal (+z) points east, as the booth's front; the quad is narrower than the board.
        const normal = new Vector3(0, 0, 1).applyQuaternion(rotation);
        expect(normal.x).toBeCloseTo(1, 6);
        expect(scale.x).toBeLessThan(fascia?.board.sizeXM ?? 0);
        expect(position.x).toBeGreaterThan((fascia?.board.xM ?? 0) + (fascia?.board.sizeZM ?? 0) / 2);
      }
    }
    expect(found).toHaveLength(2);
  });

  it('hands names to the rasterizer as plain text, markup included', () => {
    const rasterizer = createFakeRasterizer();
    createLabelMeshes(labelScene(), { language: 'en', rasterizer });
    const sprites = rasterizer.pages.flatMap((page) => page.sprites);
    const texts = sprites.map((sprite) => sprite.text);
    expect(texts).toContain('<img src=x onerror="alert(1)"> evil');
    expect(texts).not.toContain(HOSTILE_NAME);
  });

  it('draws a line shown on several boards once', () => {
    const rasterizer = createFakeRasterizer();
    createLabelMeshes(labelScene(), { language: 'en', rasterizer });
    const sprites = rasterizer.pages.flatMap((page) => page.sprites);
    // Five shell-scheme fascias of three widths say "Acme Robotics" at 40 px: one sprite. The kiosk
    // and island boards draw it at their own sizes.
    const sizes = sprites.filter((sprite) => sprite.text === 'Acme Robotics').map((sprite) => sprite.fontPx);
    expect(sizes.sort((a, b) => a - b)).toEqual([32, 40, 48]);
  });

  it('stores the atlas as single-channel mipmapped textures', () => {
    const meshes = createLabelMeshes(labelScene(), { language: 'zh', rasterizer: createFakeRasterizer() });
    for (const mesh of textMeshes(meshes.objects)) {
      const texture = (mesh.material as Material & { map: Texture | null }).map;
      expect(texture).toBeInstanceOf(DataTexture);
      expect(texture?.format).toBe(RedFormat);
      expect(texture?.type).toBe(UnsignedByteType);
      expect(texture?.generateMipmaps).toBe(true);
      expect(texture?.minFilter).toBe(LinearMipmapLinearFilter);
      const image = texture?.image as { data: Uint8Array; width: number; height: number };
      expect(image.data).toHaveLength(image.width * image.height);
      expect(image.data.some((value) => value > 0)).toBe(true);
    }
  });

  it('shows every sign of the default expo on at most three pages', () => {
    const result = parseScene(readFileSync('scenes/mianyang-2023.json', 'utf8'));
    if (!result.layout) throw new Error('default expo does not parse');
    for (const language of ['zh', 'en'] as const) {
      const meshes = createLabelMeshes(result.layout, { language, rasterizer: createFakeRasterizer() });
      const doors = result.layout.scene.halls.reduce((sum, hall) => sum + hall.doors.length, 0);
      expect(doors).toBeGreaterThan(0);
      expect(meshes.labelCount).toBe(result.layout.zones.length + doors + result.layout.booths.length);
      expect(meshes.droppedCount).toBe(0);
      expect(meshes.pageCount).toBeLessThanOrEqual(3);
      meshes.dispose();
    }
  });

  it('frees textures, geometries, materials and instance buffers on dispose', () => {
    const meshes = createLabelMeshes(labelScene(), { language: 'en', rasterizer: createFakeRasterizer() });
    const disposed = new Set<object>();
    const watched: object[] = [];
    const watch = (target: { addEventListener: (type: 'dispose', listener: () => void) => void }) => {
      watched.push(target);
      target.addEventListener('dispose', () => disposed.add(target));
    };
    for (const mesh of instancedMeshes(meshes.objects)) {
      watch(mesh);
      watch(mesh.geometry);
      const material = mesh.material as Material & { map?: Texture | null };
      watch(material);
      if (material.map) watch(material.map);
    }
    expect(watched.filter((target) => target instanceof Texture).length).toBe(meshes.pageCount);
    meshes.dispose();
    for (const target of watched) expect(disposed.has(target)).toBe(true);
  });
});
