/**
 * The event and its halls. Every fact here is from the content brief (/work/shared/content-brief.md)
 * and its source articles; nothing is invented.
 */
import type { SceneInput } from '../../src/scene/schema';

type ExpoInput = SceneInput['expo'];
type HallInput = SceneInput['halls'][number];
type DoorInput = NonNullable<HallInput['doors']>[number];

export const EXPO: ExpoInput = {
  id: 'mianyang-2023',
  title: {
    zh: '第十一届中国（绵阳）科技城国际科技博览会',
    en: '11th China (Mianyang) Science and Technology City International Science and Technology Expo',
  },
  shortTitle: { zh: '科博会', en: 'Sci-Tech Expo' },
  dates: { start: '2023-11-22', end: '2023-11-26' },
  venue: { zh: '四川绵阳', en: 'Mianyang, Sichuan' },
  theme: {
    zh: '科技引领·创新转化·开放合作',
    en: 'Science and Technology Leadership · Innovation Transformation · Open Cooperation',
  },
  description: {
    zh: '线下举办展览面积4万平方米的重大科技成果展，240余家企业单位参展；线上“第十一届科博会云展览”在云端呈现线下重点展览内容，打造3D展馆和沉浸式观展模式，让科博会“永不落幕”。主宾国：印度尼西亚。标有“示意”的展商和展品为示例，参展信息待公布。',
    en: 'Offline: a 40,000 m² major sci-tech achievements exhibition with 240+ enterprises and institutions. Online: the 11th Sci-Tech Expo cloud exhibition presents the key offline exhibits in a 3D pavilion with an immersive viewing mode, the expo that never closes. Guest country: Indonesia. Exhibitors and exhibits marked “illustrative” are examples; their details are to be announced.',
  },
  defaultHall: 'hall-1',
};

/**
 * Four halls of 120 m × 84 m (40,320 m² together, the reported 40,000 m²), side by side from west
 * to east, each touching the next so that a door in the shared wall leads straight through.
 */
export const HALL_SIZE_M = { width: 120, depth: 84, height: 18 } as const;

const HALL_NAMES: HallInput['name'][] = [
  { zh: '1号馆 · 国家科技重大成就与航空航天', en: 'Hall 1 · National Major Achievements and Aerospace' },
  { zh: '2号馆 · 人工智能与电子信息', en: 'Hall 2 · Artificial Intelligence and Electronic Information' },
  { zh: '3号馆 · 先进材料与装备制造', en: 'Hall 3 · Advanced Materials and Equipment Manufacturing' },
  { zh: '4号馆 · 绵阳科技城与主宾国', en: 'Hall 4 · Mianyang Sci-Tech City and Guest Country' },
];

export function hallId(index: number): string {
  return `hall-${index + 1}`;
}

/**
 * Each hall gets an entrance from outside in the middle of its south wall, and a door in the
 * middle of each wall it shares with a neighbour; the neighbour has the matching door back.
 */
function hallDoors(index: number, count: number): DoorInput[] {
  const middleOfSide = HALL_SIZE_M.depth / 2;
  const doors: DoorInput[] = [
    {
      id: 'entrance',
      wall: 'south',
      offsetM: HALL_SIZE_M.width / 2,
      widthM: index === 0 ? 10 : 8,
      leadsTo: 'outside',
      label: index === 0 ? { zh: '主入口', en: 'Main entrance' } : { zh: `${index + 1}号馆入口`, en: `Hall ${index + 1} entrance` },
    },
  ];
  if (index > 0) {
    doors.push({ id: `to-${hallId(index - 1)}`, wall: 'west', offsetM: middleOfSide, widthM: 6, leadsTo: hallId(index - 1), label: { zh: `通往${index}号馆`, en: `To Hall ${index}` } });
  }
  if (index < count - 1) {
    doors.push({ id: `to-${hallId(index + 1)}`, wall: 'east', offsetM: middleOfSide, widthM: 6, leadsTo: hallId(index + 1), label: { zh: `通往${index + 2}号馆`, en: `To Hall ${index + 2}` } });
  }
  return doors;
}

/** The halls without zones; the generator adds each hall's zones. */
export function hallShells(): HallInput[] {
  return HALL_NAMES.map((name, index) => ({
    id: hallId(index),
    name,
    sizeM: { ...HALL_SIZE_M },
    positionM: [index * HALL_SIZE_M.width, 0],
    doors: hallDoors(index, HALL_NAMES.length),
    zones: [],
  }));
}
