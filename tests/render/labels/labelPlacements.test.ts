import { describe, expect, it } from 'vitest';
import { contrastWithWhite, labelPlacements, sanitizeLabelText, type LabelPlacement } from '../../../src/render/labels';
import { BOOTH_PLATFORM_HEIGHT_M, BOOTH_WALL_HEIGHT_M } from '../../../src/scene';
import { HOSTILE_NAME, labelScene } from './labelFixtures';

function byId(placements: LabelPlacement[], id: string): LabelPlacement {
  const found = placements.find((placement) => placement.id === id);
  if (!found) throw new Error(`no label for ${id}`);
  return found;
}

/** The board's front direction on the floor: where its +z points after the turn. */
function front(placement: LabelPlacement): [number, number] {
  return [Math.sin(placement.board.yawRad), Math.cos(placement.board.yawRad)];
}

const WALL_TOP_M = BOOTH_PLATFORM_HEIGHT_M + BOOTH_WALL_HEIGHT_M;

describe('labelPlacements', () => {
  it('makes one sign per zone and one fascia per booth, vacant booths included', () => {
    const layout = labelScene();
    const placements = labelPlacements(layout, 'en');
    expect(placements.filter((placement) => placement.kind === 'zone').map((placement) => placement.id)).toEqual(['zone-a', 'zone-b', 'zone-c']);
    expect(placements.filter((placement) => placement.kind === 'fascia')).toHaveLength(layout.booths.length);
  });

  it('orders zone signs, door signs (default hall first), then fascias of the default hall, then other halls, then vacant booths', () => {
    const ids = labelPlacements(labelScene(), 'en').map((placement) => placement.id);
    // Hall 2 is the default hall: its door 'side' comes before hall 1's two doors.
    expect(ids.slice(0, 7)).toEqual(['zone-a', 'zone-b', 'zone-c', 'side', 'main', 'to-2', 'booth-h2-1']);
    expect(ids.at(-1)).toBe('booth-v-1');
    expect(ids.indexOf('booth-s-1')).toBeLessThan(ids.indexOf('booth-e-1'));
  });

  it('puts the exhibitor name over the booth code, names in the chosen language', () => {
    const placements = labelPlacements(labelScene(), 'zh');
    const lines = byId(placements, 'booth-s-1').lines;
    expect(lines.map((line) => [line.role, line.text])).toEqual([
      ['title', '阿克米机器人'],
      ['code', 'S-1'],
    ]);
    expect(lines[0]?.offsetYM).toBeGreaterThan(lines[1]?.offsetYM ?? Infinity);
    expect(lines[0]?.emM).toBeGreaterThan(lines[1]?.emM ?? Infinity);
    expect(byId(labelPlacements(labelScene(), 'en'), 'booth-s-1').lines[0]?.text).toBe('Acme Robotics');
  });

  it('falls back to the other language where a name lacks the chosen one', () => {
    expect(byId(labelPlacements(labelScene(), 'en'), 'booth-e-1').lines[0]?.text).toBe('绵阳科技');
    expect(byId(labelPlacements(labelScene(), 'zh'), 'zone-b').lines[0]?.text).toBe('Aerospace');
    expect(byId(labelPlacements(labelScene(), 'zh'), 'zone-a').lines[0]?.text).toBe('人工智能');
  });

  it('gives a vacant booth its code alone', () => {
    const lines = byId(labelPlacements(labelScene(), 'en'), 'booth-v-1').lines;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ role: 'code', text: 'V-1', offsetYM: 0 });
  });

  it('keeps markup as plain characters, with line breaks and bidi overrides taken out', () => {
    const text = byId(labelPlacements(labelScene(), 'en'), 'booth-n-1').lines[0]?.text;
    expect(text).toBe('<img src=x onerror="alert(1)"> evil');
    expect(sanitizeLabelText(HOSTILE_NAME)).toBe(text);
    expect(sanitizeLabelText('  a\t\tb\u0000c\u2028d  ')).toBe('a b c d');
  });

  it.each([
    ['booth-s-1', [0, 1]],
    ['booth-e-1', [1, 0]],
    ['booth-n-1', [0, -1]],
    ['booth-w-1', [-1, 0]],
  ] as const)('puts the fascia of %s at its front edge, facing out of the booth', (id, direction) => {
    const layout = labelScene();
    const booth = layout.booths.find((candidate) => candidate.id === id);
    if (!booth) throw new Error(id);
    const fascia = byId(labelPlacements(layout, 'en'), id);
    const [fx, fz] = front(fascia);
    expect(fx).toBeCloseTo(direction[0], 6);
    expect(fz).toBeCloseTo(direction[1], 6);
    // Hall 1 sits at [100, 50]; the board's centre lies on the front edge line, centred along it.
    const dx = fascia.board.xM - (100 + booth.rect.cx);
    const dz = fascia.board.zM - (50 + booth.rect.cz);
    const along = dx * direction[0] + dz * direction[1];
    const across = dx * direction[1] - dz * direction[0];
    expect(along).toBeGreaterThan(booth.rect.halfDepth - 0.1);
    expect(along).toBeLessThanOrEqual(booth.rect.halfDepth);
    expect(across).toBeCloseTo(0, 6);
    expect(fascia.board.sizeXM).toBeGreaterThan(booth.rect.halfWidth * 2 - 0.2);
    expect(fascia.board.sizeXM).toBeLessThanOrEqual(booth.rect.halfWidth * 2);
    // A header at the top of the walls.
    expect(fascia.board.yM - fascia.board.sizeYM / 2).toBeLessThan(WALL_TOP_M);
    expect(fascia.board.yM + fascia.board.sizeYM / 2).toBeGreaterThan(WALL_TOP_M);
    expect(fascia.doubleSided).toBe(false);
  });

  it('holds open booths\' boards on a post, above head height and readable from both sides', () => {
    const placements = labelPlacements(labelScene(), 'en');
    for (const id of ['booth-i-1', 'booth-k-1']) {
      const board = byId(placements, id);
      expect(board.doubleSided).toBe(true);
      expect(board.supports).toHaveLength(1);
      const post = board.supports[0];
      expect(post?.yM).toBeDefined();
      // The post reaches up to the board's bottom.
      expect((post?.yM ?? 0) + (post?.sizeYM ?? 0) / 2).toBeCloseTo(board.board.yM - board.board.sizeYM / 2, 6);
      expect(board.board.yM - board.board.sizeYM / 2).toBeGreaterThan(2);
    }
    expect(byId(placements, 'booth-c-1').supports).toHaveLength(1);
    const peninsula = byId(placements, 'booth-p-1');
    // On the back wall, facing the front (south).
    expect(peninsula.board.zM).toBeLessThan(50 + 15);
    expect(front(peninsula)[1]).toBeCloseTo(1, 6);
  });

  it('hangs zone signs over the zone, near the side of the entrance, facing it', () => {
    const placements = labelPlacements(labelScene(), 'en');
    const sign = byId(placements, 'zone-a');
    // Hall 1's entrance is in its south wall: the sign faces south, near the zone's south edge.
    expect(front(sign)[1]).toBeCloseTo(1, 6);
    expect(sign.board.xM).toBeCloseTo(100 + 10, 6);
    expect(sign.board.zM).toBeGreaterThan(50 + 15);
    expect(sign.board.zM).toBeLessThan(50 + 30);
    expect(sign.board.yM - sign.board.sizeYM / 2).toBeGreaterThan(WALL_TOP_M + 1);
    expect(sign.board.yM + sign.board.sizeYM / 2).toBeLessThan(12);
    expect(sign.board.sizeXM).toBeLessThanOrEqual(20);
    expect(sign.doubleSided).toBe(true);
    // Cables up to the 12 m ceiling.
    expect(sign.supports).toHaveLength(2);
    for (const cable of sign.supports) expect(cable.yM + cable.sizeYM / 2).toBeCloseTo(12, 6);
    // Hall 2's only entrance is east: its sign turns east.
    const [ex, ez] = front(byId(placements, 'zone-c'));
    expect(ex).toBeCloseTo(1, 6);
    expect(ez).toBeCloseTo(0, 6);
  });

  it('makes boards dark enough for white text, even the yellow zone', () => {
    for (const placement of labelPlacements(labelScene(), 'en')) {
      expect(contrastWithWhite(placement.boardColor), placement.id).toBeGreaterThan(7);
      expect(placement.boardColor).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('leaves out booths of an unknown zone and signs of zones in no hall', () => {
    const layout = labelScene();
    layout.booths.push({ ...(layout.booths[0] as (typeof layout.booths)[number]), id: 'booth-lost', hallIndex: -1 });
    const ids = labelPlacements(layout, 'en').map((placement) => placement.id);
    expect(ids).not.toContain('booth-lost');
  });

  it('makes every text line fit its board', () => {
    for (const placement of labelPlacements(labelScene(), 'en')) {
      for (const line of placement.lines) {
        expect(line.maxWidthM).toBeLessThan(placement.board.sizeXM);
        expect(Math.abs(line.offsetYM) + line.emM / 2).toBeLessThanOrEqual(placement.board.sizeYM / 2);
      }
    }
  });
});
