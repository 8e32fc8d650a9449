/**
 * Booths of the headline exhibits the articles name: the lunar exploration programme, the HL-2M
 * "artificial sun", Guohe One, Hualong One, China Sky Eye (FAST), LHAASO, the "Optimus" humanoid
 * robot and the first domestic F-class 50 MW heavy-duty gas turbine.
 *
 * Only HL-2M has an exhibitor from the articles (the Southwest Institute of Physics, whose photo
 * it is); the others stand under the generic "national major achievements" or "featured exhibits"
 * exhibitors rather than under an organisation the articles do not name.
 *
 * Each booth shows one headline exhibit (two for the lunar programme); its screens, posters,
 * banners, counters, partitions and information plinths are furniture (`role: 'furniture'`), so a
 * search for "FAST" finds the telescope, not its plinth.
 */
import type { FeaturedBooth } from './featured';

const MAJOR_PROJECT = { zh: '第十一届科博会集中亮相的重大科技项目之一。', en: 'One of the major sci-tech projects on show at the 11th Sci-Tech Expo.' };

export const HEADLINE_BOOTHS: readonly FeaturedBooth[] = [
  {
    code: 'N-001',
    zone: 'zone-national-achievements',
    exhibitor: 'swip',
    sizeM: [16, 14],
    template: 'island',
    exhibits: [
      {
        id: 'hl-2m-tokamak',
        model: 'tokamak',
        offsetM: [0, -1],
        title: { zh: '新一代“人造太阳”HL-2M托卡马克', en: 'HL-2M tokamak, the new-generation "artificial sun"' },
        description: { zh: '中国新一代“人造太阳”（HL-2M）等离子体电流突破100万安培。', en: 'The plasma current of China\'s new-generation "artificial sun" (HL-2M) exceeds 1 million amperes.' },
      },
      { id: 'hl-2m-screen', model: 'screen', offsetM: [-4.5, -6], title: { zh: 'HL-2M：等离子体电流突破100万安培', en: 'HL-2M: plasma current over 1 million amperes' }, role: 'furniture' },
      { id: 'hl-2m-partition', model: 'partition', offsetM: [4.5, -6.5], title: { zh: '展墙', en: 'Display wall' }, role: 'furniture' },
      { id: 'hl-2m-counter', model: 'counter', offsetM: [5, 5.5], title: { zh: '咨询台', en: 'Information counter' }, role: 'furniture' },
    ],
  },
  {
    code: 'N-002',
    zone: 'zone-national-achievements',
    exhibitor: 'national-achievements-exhibition',
    sizeM: [12, 10],
    template: 'island',
    exhibits: [
      { id: 'guohe-one', model: 'nuclear-unit', offsetM: [0, -0.5], title: { zh: '“国和一号”核电', en: 'Guohe One nuclear power' }, description: MAJOR_PROJECT },
      { id: 'guohe-one-screen', model: 'screen', offsetM: [0, -4.3], title: { zh: '“国和一号”介绍', en: 'About Guohe One' }, role: 'furniture' },
      { id: 'guohe-one-poster', model: 'poster-stand', offsetM: [4.5, 3.8], title: { zh: '“国和一号”展板', en: 'Guohe One poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'N-003',
    zone: 'zone-national-achievements',
    exhibitor: 'national-achievements-exhibition',
    sizeM: [12, 10],
    template: 'island',
    exhibits: [
      {
        id: 'hualong-one',
        model: 'nuclear-unit',
        offsetM: [0, -0.5],
        title: { zh: '“华龙一号”核电', en: 'Hualong One nuclear power' },
        description: { zh: '烙上四川印记的“大国重器”之一，本届科博会集中亮相的重大科技项目。', en: 'One of the "great national projects" bearing Sichuan\'s mark, on show at the 11th Sci-Tech Expo.' },
      },
      { id: 'hualong-one-screen', model: 'screen', offsetM: [0, -4.3], title: { zh: '“华龙一号”介绍', en: 'About Hualong One' }, role: 'furniture' },
      { id: 'hualong-one-poster', model: 'poster-stand', offsetM: [-4.5, 3.8], title: { zh: '“华龙一号”展板', en: 'Hualong One poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'N-004',
    zone: 'zone-national-achievements',
    exhibitor: 'national-achievements-exhibition',
    sizeM: [16, 14],
    template: 'island',
    exhibits: [
      { id: 'fast-china-sky-eye', model: 'fast-dish', offsetM: [0, -0.5], title: { zh: '“中国天眼”FAST射电望远镜（模型）', en: 'China Sky Eye: FAST radio telescope (model)' }, description: MAJOR_PROJECT },
      { id: 'fast-screen', model: 'screen', offsetM: [-5, -6.2], title: { zh: '“中国天眼”介绍', en: 'About China Sky Eye' }, role: 'furniture' },
      { id: 'fast-pedestal', model: 'pedestal', offsetM: [6, 5.5], title: { zh: '“中国天眼”说明台', en: 'China Sky Eye information plinth' }, role: 'furniture' },
    ],
  },
  {
    code: 'N-005',
    zone: 'zone-national-achievements',
    exhibitor: 'national-achievements-exhibition',
    sizeM: [12, 10],
    template: 'island',
    exhibits: [
      {
        id: 'lhaaso-lasso',
        model: 'cosmic-ray-detector',
        offsetM: [0, -0.5],
        title: { zh: '高海拔宇宙线观测站“拉索”（LHAASO）', en: 'LHAASO high-altitude cosmic ray observatory, "Lasso"' },
        description: {
          zh: '位于甘孜州稻城县海子山的国家重大科技基础设施，2023年5月通过国家验收、正式建成。',
          en: 'National major sci-tech infrastructure on Haizi Mountain, Daocheng County, Garze Prefecture; passed national acceptance and was completed in May 2023.',
        },
      },
      { id: 'lhaaso-screen', model: 'screen', offsetM: [0, -4.3], title: { zh: '“拉索”介绍', en: 'About LHAASO' }, role: 'furniture' },
      { id: 'lhaaso-poster', model: 'poster-stand', offsetM: [4.5, 3.8], title: { zh: '“拉索”展板', en: 'LHAASO poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'A-001',
    zone: 'zone-aerospace',
    exhibitor: 'national-achievements-exhibition',
    sizeM: [20, 14],
    template: 'island',
    exhibits: [
      { id: 'lunar-lander', model: 'lunar-lander', offsetM: [-4, -1], title: { zh: '探月工程：月球着陆器（模型）', en: 'Lunar exploration programme: lander (model)' }, description: MAJOR_PROJECT },
      { id: 'lunar-rover', model: 'lunar-rover', offsetM: [3.5, 1.5], title: { zh: '探月工程：月球车（模型）', en: 'Lunar exploration programme: rover (model)' }, description: MAJOR_PROJECT },
      { id: 'lunar-screen', model: 'screen', offsetM: [0, -6.2], title: { zh: '探月工程介绍', en: 'About the lunar exploration programme' }, role: 'furniture' },
      { id: 'lunar-banner', model: 'banner', offsetM: [-9, 6], title: { zh: '探月工程展架', en: 'Lunar exploration roll-up banner' }, role: 'furniture' },
      { id: 'lunar-poster', model: 'poster-stand', offsetM: [8.5, 5.5], title: { zh: '探月工程展板', en: 'Lunar exploration poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'I-001',
    zone: 'zone-artificial-intelligence',
    exhibitor: 'expo-featured-exhibits',
    sizeM: [10, 8],
    template: 'island',
    exhibits: [
      {
        id: 'optimus-humanoid-robot',
        model: 'humanoid-robot',
        offsetM: [0, 0],
        title: { zh: '“擎天柱”人形机器人', en: '"Optimus" humanoid robot' },
        description: { zh: '第十一届科博会集中亮相的“高精尖”展品之一。', en: 'One of the high-profile exhibits on show at the 11th Sci-Tech Expo.' },
      },
      { id: 'optimus-pedestal', model: 'pedestal', offsetM: [-3, 1.5], title: { zh: '“擎天柱”说明台', en: '"Optimus" information plinth' }, role: 'furniture' },
      { id: 'optimus-screen', model: 'screen', offsetM: [0, -3.3], title: { zh: '“擎天柱”人形机器人介绍', en: 'About the "Optimus" humanoid robot' }, role: 'furniture' },
    ],
  },
  {
    code: 'D-001',
    zone: 'zone-equipment-manufacturing',
    exhibitor: 'expo-featured-exhibits',
    sizeM: [14, 10],
    template: 'island',
    exhibits: [
      {
        id: 'f-class-gas-turbine',
        model: 'gas-turbine',
        offsetM: [0, -0.5],
        title: { zh: '首台国产F级50兆瓦重型燃气轮机', en: 'First domestic F-class 50 MW heavy-duty gas turbine' },
        description: { zh: '国内首台自主创新的F级50兆瓦重型燃气轮机，2023年成功实现商业运行。', en: 'The first domestically produced, independently developed F-class 50 MW heavy-duty gas turbine, commercialised in 2023.' },
      },
      { id: 'gas-turbine-screen', model: 'screen', offsetM: [-4, -4.3], title: { zh: '燃气轮机介绍', en: 'About the gas turbine' }, role: 'furniture' },
      { id: 'gas-turbine-counter', model: 'counter', offsetM: [5, 3.8], title: { zh: '咨询台', en: 'Information counter' }, role: 'furniture' },
    ],
  },
];
