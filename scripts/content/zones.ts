/**
 * The zones of the default scene: the domains and sections the brief names, one zone each, with
 * the hall they stand in and the floor rectangle they cover.
 *
 * Each hall keeps a 5 m walkway along its walls (x and z from 5 to 115 and 5 to 79), so doors and
 * the entrance open onto free floor. Zones touch each other; the layout keeps booths 2 m inside
 * their zone, which leaves a 4 m aisle along every zone border.
 */
import type { Rect } from '../../src/scene/schema';

export interface ZoneSpec {
  id: string;
  /** Index of the hall in `hallShells()`. */
  hall: number;
  name: { zh: string; en: string };
  color: string;
  category: string;
  rect: Rect;
  description: { zh: string; en: string };
  /** Booth codes in this zone start with this prefix, e.g. "N-" → N-001. */
  codePrefix: string;
  /** [width, depth] of the sample booths in this zone, metres. */
  sampleBoothM: [number, number];
  /** Country codes given to the sample exhibitors in turn. */
  sampleCountries: readonly string[];
}

const FULL_DEPTH = { z: 5, depth: 74 } as const;

export const ZONES: readonly ZoneSpec[] = [
  {
    id: 'zone-national-achievements',
    hall: 0,
    name: { zh: '国家科技重大成就', en: 'National Major Sci-Tech Achievements' },
    color: '#c0392b',
    category: 'national-achievements',
    rect: { x: 5, width: 66, ...FULL_DEPTH },
    description: { zh: '“人造太阳”、“国和一号”、“华龙一号”、“中国天眼”、“拉索”等重大科技项目集中亮相。', en: 'Major projects on show: the "artificial sun", Guohe One, Hualong One, China Sky Eye and LHAASO.' },
    codePrefix: 'N-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-aerospace',
    hall: 0,
    name: { zh: '航空航天', en: 'Aerospace' },
    color: '#2e86de',
    category: 'aerospace',
    rect: { x: 71, width: 44, ...FULL_DEPTH },
    description: { zh: '航空航天领域科技创新成果，包括探月工程。', en: 'Aerospace achievements, including the lunar exploration programme.' },
    codePrefix: 'A-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-artificial-intelligence',
    hall: 1,
    name: { zh: '人工智能', en: 'Artificial Intelligence' },
    color: '#8e44ad',
    category: 'artificial-intelligence',
    rect: { x: 5, width: 40, ...FULL_DEPTH },
    description: { zh: '人工智能领域科技创新成果，包括“擎天柱”人形机器人。', en: 'Artificial intelligence, including the "Optimus" humanoid robot.' },
    codePrefix: 'I-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-electronic-information',
    hall: 1,
    name: { zh: '电子信息', en: 'Electronic Information' },
    color: '#16a085',
    category: 'electronic-information',
    rect: { x: 45, width: 40, ...FULL_DEPTH },
    description: { zh: '电子信息领域科技创新成果。', en: 'Electronic information technology and products.' },
    codePrefix: 'E-',
    sampleBoothM: [12, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-multinational',
    hall: 1,
    name: { zh: '跨国企业', en: 'Multinational Companies' },
    color: '#34495e',
    category: 'multinational-companies',
    rect: { x: 85, width: 30, ...FULL_DEPTH },
    description: { zh: '特斯拉、3M、图灵、发那科等知名跨国企业参展，展示国际创新成果与科技合作项目。', en: 'Well-known multinationals such as Tesla, 3M, Turing and FANUC show international innovation and cooperation projects.' },
    codePrefix: 'G-',
    sampleBoothM: [9, 6],
    sampleCountries: ['US', 'JP', 'DE', 'ES', 'FR', 'KR', 'GB', 'IT', 'SG', 'CH'],
  },
  {
    id: 'zone-advanced-materials',
    hall: 2,
    name: { zh: '先进材料', en: 'Advanced Materials' },
    color: '#d35400',
    category: 'advanced-materials',
    rect: { x: 5, width: 36, ...FULL_DEPTH },
    description: { zh: '先进材料领域科技创新成果。', en: 'Advanced materials.' },
    codePrefix: 'M-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-equipment-manufacturing',
    hall: 2,
    name: { zh: '装备制造', en: 'Equipment Manufacturing' },
    color: '#7f8c8d',
    category: 'equipment-manufacturing',
    rect: { x: 41, width: 42, ...FULL_DEPTH },
    description: { zh: '装备制造领域科技创新成果，包括首台国产F级50兆瓦重型燃气轮机。', en: 'Equipment manufacturing, including the first domestic F-class 50 MW heavy-duty gas turbine.' },
    codePrefix: 'D-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-chengdu-chongqing-mianyang',
    hall: 2,
    name: { zh: '成渝绵三地科技成果展示', en: 'Chengdu–Chongqing–Mianyang Achievements Display' },
    color: '#27ae60',
    category: 'regional-cooperation',
    rect: { x: 83, width: 32, ...FULL_DEPTH },
    description: { zh: '联动重庆市有关单位举办的成渝绵三地科技成果展示，助力成渝地区打造具有全国影响力的科技创新中心。', en: 'Achievements of Chengdu, Chongqing and Mianyang, shown with units in Chongqing to help build a sci-tech innovation centre of national influence.' },
    codePrefix: 'C-',
    sampleBoothM: [9, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-mianyang-sci-tech-city',
    hall: 3,
    name: { zh: '绵阳科技城展区', en: 'Mianyang Sci-Tech City Zone' },
    color: '#e67e22',
    category: 'sci-tech-city',
    rect: { x: 5, width: 46, ...FULL_DEPTH },
    description: { zh: '5家科研院所、30余家企业的200余件“绵阳造”创新产品集中登场。', en: '5 research institutes and 30+ enterprises show 200+ "Made in Mianyang" innovative products.' },
    codePrefix: 'S-',
    sampleBoothM: [8, 6],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-indonesia-pavilion',
    hall: 3,
    name: { zh: '主宾国印度尼西亚馆', en: 'Indonesia Guest-Country Pavilion' },
    color: '#e74c3c',
    category: 'guest-country',
    rect: { x: 51, width: 32, ...FULL_DEPTH },
    description: { zh: '印度尼西亚担任第十一届科博会主宾国，恰逢中印尼建立全面战略伙伴关系10周年。', en: 'Indonesia is the guest country of the 11th Sci-Tech Expo, marking 10 years of the China–Indonesia comprehensive strategic partnership.' },
    codePrefix: 'ID-',
    sampleBoothM: [10, 6],
    sampleCountries: ['ID'],
  },
  {
    id: 'zone-youth-innovation',
    hall: 3,
    name: { zh: '青少年科技创新成果', en: 'Youth Sci-Tech Innovation Achievements' },
    color: '#f1c40f',
    category: 'youth-innovation',
    rect: { x: 83, z: 5, width: 32, depth: 25 },
    description: { zh: '青少年科技创新成果展示。', en: 'Sci-tech innovation achievements of young people.' },
    codePrefix: 'Y-',
    sampleBoothM: [8, 4],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-popular-science',
    hall: 3,
    name: { zh: '科普展示', en: 'Popular Science Display' },
    color: '#1abc9c',
    category: 'popular-science',
    rect: { x: 83, z: 30, width: 32, depth: 25 },
    description: { zh: '科普展示与科普生活，推介“川渝科普地图”平台和“天府科技云”。', en: 'Popular science and popular-science life, with the Sichuan–Chongqing popular science map and Tianfu Sci-Tech Cloud.' },
    codePrefix: 'P-',
    sampleBoothM: [8, 4],
    sampleCountries: ['CN'],
  },
  {
    id: 'zone-technology-experience',
    hall: 3,
    name: { zh: '科技体验', en: 'Technology Experience' },
    color: '#9b59b6',
    category: 'technology-experience',
    rect: { x: 83, z: 55, width: 32, depth: 24 },
    description: { zh: '科技体验，让科技“零距离”。', en: 'Hands-on technology experience, bringing science within reach.' },
    codePrefix: 'X-',
    sampleBoothM: [8, 4],
    sampleCountries: ['CN'],
  },
];
