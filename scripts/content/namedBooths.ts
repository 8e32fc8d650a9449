/**
 * Booths of the exhibitors the articles name, and of the displays they describe (Mianyang
 * Sci-Tech City products, the Chengdu–Chongqing–Mianyang display, the Indonesia pavilion, the
 * Sichuan–Chongqing popular science platforms). Companies whose exhibits the articles do not list
 * get a furnished stand only (`brandStand`). Posters, screens and counters beside a product are
 * furniture (`role: 'furniture'`); the product is the exhibit.
 */
import { brandStand, type FeaturedBooth } from './featured';

const stand = (code: string, zone: string, exhibitor: string, name: { zh: string; en: string }, sizeM: [number, number]): FeaturedBooth => ({
  code,
  zone,
  exhibitor,
  sizeM,
  template: 'peninsula',
  exhibits: brandStand(exhibitor, name, sizeM),
});

export const COMPANY_BOOTHS: readonly FeaturedBooth[] = [
  stand('A-002', 'zone-aerospace', 'dji', { zh: '大疆科技', en: 'DJI' }, [9, 6]),
  stand('I-002', 'zone-artificial-intelligence', 'baidu', { zh: '百度', en: 'Baidu' }, [12, 8]),
  stand('E-001', 'zone-electronic-information', 'huawei', { zh: '华为', en: 'Huawei' }, [15, 10]),
  stand('G-001', 'zone-multinational', 'tesla', { zh: '特斯拉', en: 'Tesla' }, [12, 8]),
  stand('G-002', 'zone-multinational', '3m', { zh: '3M', en: '3M' }, [9, 6]),
  stand('G-003', 'zone-multinational', 'turing', { zh: '图灵', en: 'Turing' }, [9, 6]),
  stand('G-004', 'zone-multinational', 'fanuc', { zh: '发那科', en: 'FANUC' }, [12, 8]),
  stand('D-002', 'zone-equipment-manufacturing', 'crrc', { zh: '中国中车', en: 'CRRC' }, [16, 8]),
];

export const MIANYANG_BOOTHS: readonly FeaturedBooth[] = [
  {
    code: 'S-001',
    zone: 'zone-mianyang-sci-tech-city',
    exhibitor: 'jiuyiyuan',
    sizeM: [10, 8],
    template: 'island',
    exhibits: [
      {
        id: 'first-domestic-medical-cyclotron',
        model: 'medical-cyclotron',
        offsetM: [0, -0.5],
        title: { zh: '国内首台医用回旋加速器', en: 'First domestic medical cyclotron' },
        description: { zh: '玖谊源科技公司研制，“绵阳造”硬核成果。', en: 'Developed by Jiuyiyuan Technology; a "Made in Mianyang" achievement.' },
      },
      { id: 'cyclotron-poster', model: 'poster-stand', offsetM: [3.8, 2.8], title: { zh: '医用回旋加速器展板', en: 'Medical cyclotron poster' }, role: 'furniture' },
      { id: 'cyclotron-counter', model: 'counter', offsetM: [-3, 3], title: { zh: '咨询台', en: 'Information counter' }, role: 'furniture' },
    ],
  },
  {
    code: 'S-002',
    zone: 'zone-mianyang-sci-tech-city',
    exhibitor: 'caep',
    sizeM: [12, 8],
    template: 'island',
    exhibits: [
      {
        id: 'high-power-petal-accelerator',
        model: 'petal-accelerator',
        offsetM: [0, -0.5],
        title: { zh: '大功率花瓣加速器', en: 'High-power "petal" accelerator' },
        description: { zh: '中物院研制的国内首台具有自主知识产权的大功率花瓣加速器。', en: 'The first high-power "petal" accelerator with independent intellectual property in China, developed by CAEP.' },
      },
      { id: 'petal-accelerator-screen', model: 'screen', offsetM: [-3.5, -3.3], title: { zh: '花瓣加速器介绍', en: 'About the petal accelerator' }, role: 'furniture' },
      { id: 'petal-accelerator-poster', model: 'poster-stand', offsetM: [4.8, 2.8], title: { zh: '花瓣加速器展板', en: 'Petal accelerator poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'S-003',
    zone: 'zone-mianyang-sci-tech-city',
    exhibitor: 'jiuzhou',
    sizeM: [12, 8],
    template: 'island',
    exhibits: [
      {
        id: 'vehicle-mounted-anti-drone-system',
        model: 'anti-drone-vehicle',
        offsetM: [0, -0.5],
        title: { zh: '车载式反无人机系统', en: 'Vehicle-mounted anti-drone system' },
        description: { zh: '九洲集团研制，达到国际先进水平。', en: 'Developed by Jiuzhou Group; at international advanced level.' },
      },
      { id: 'anti-drone-poster', model: 'poster-stand', offsetM: [-4.8, 2.8], title: { zh: '反无人机系统展板', en: 'Anti-drone system poster' }, role: 'furniture' },
    ],
  },
  {
    code: 'S-004',
    zone: 'zone-mianyang-sci-tech-city',
    exhibitor: 'zhongjiu-flash',
    sizeM: [9, 6],
    template: 'peninsula',
    exhibits: [
      {
        id: 'flash-radiotherapy-model',
        model: 'flash-radiotherapy',
        offsetM: [0, -0.5],
        title: { zh: 'FLASH放疗设备模型', en: 'FLASH radiotherapy equipment model' },
        description: {
          zh: 'FLASH闪光放疗技术对提高癌症患者治愈率和生存率具有颠覆性作用，备受关注。',
          en: 'Flash radiotherapy, seen as disruptive for improving cancer patients\' treatment and survival rates, has drawn much attention.',
        },
      },
      { id: 'flash-radiotherapy-poster', model: 'poster-stand', offsetM: [3.5, 1.8], title: { zh: 'FLASH放疗展板', en: 'FLASH radiotherapy poster' }, role: 'furniture' },
    ],
  },
];

/**
 * Here the screens, posters and the matchmaking counter are themselves what the articles name (the
 * main forum, the opening ceremony, the photo exhibition, Western Science City, Tianfu Sci-Tech
 * Cloud, the matchmaking event), so they stay exhibits a visitor can search for; only the chairs
 * and plants are furniture.
 */
export const DISPLAY_BOOTHS: readonly FeaturedBooth[] = [
  {
    code: 'C-001',
    zone: 'zone-chengdu-chongqing-mianyang',
    exhibitor: 'chengdu-chongqing-mianyang-display',
    sizeM: [16, 10],
    template: 'island',
    exhibits: [
      {
        id: 'super-rice-display',
        model: 'rice-display',
        offsetM: [-4, 0],
        title: { zh: '国家超级稻：四川杂交水稻', en: 'National super rice: Sichuan hybrid rice' },
        description: { zh: '杂交水稻“Pinxiang Youjianzhen”入选2023年国家超级稻。', en: 'The hybrid rice "Pinxiang Youjianzhen" was selected as a 2023 national super rice.' },
      },
      {
        id: 'sichuan-chongqing-forum-screen',
        model: 'screen',
        offsetM: [0, -4.3],
        title: { zh: '主论坛—川渝科技论坛：颠覆性技术与未来产业', en: 'Main forum, Sichuan–Chongqing Sci-Tech Forum: Disruptive Technology and Future Industry' },
      },
      {
        id: 'western-science-city-poster',
        model: 'poster-stand',
        offsetM: [4, 0],
        title: { zh: '西部（成都）科学城', en: 'Western (Chengdu) Science City' },
        description: { zh: '已建成国家级创新平台93个，引进中央科研机构25家，打造校地协同创新平台62个。', en: '93 national-level innovation platforms, 25 central research institutions and 62 school–locality collaborative innovation platforms.' },
      },
      { id: 'chengdu-chongqing-mianyang-case', model: 'display-case', offsetM: [6.5, 3.5], title: { zh: '成渝绵科技成果展柜', en: 'Chengdu–Chongqing–Mianyang achievements case' } },
    ],
  },
  {
    code: 'ID-001',
    zone: 'zone-indonesia-pavilion',
    exhibitor: 'indonesia-pavilion',
    sizeM: [20, 12],
    template: 'pavilion',
    exhibits: [
      { id: 'indonesia-opening-screen', model: 'screen', offsetM: [0, -5.3], title: { zh: '主宾国开馆仪式', en: 'Guest-country pavilion opening ceremony' } },
      { id: 'indonesia-photo-1', model: 'poster-stand', offsetM: [-8, -3], title: { zh: '印尼自然人文摄影展', en: 'Indonesian nature and culture photo exhibition' } },
      { id: 'indonesia-photo-2', model: 'poster-stand', offsetM: [-8, 0], title: { zh: '印尼自然人文摄影展', en: 'Indonesian nature and culture photo exhibition' } },
      { id: 'indonesia-photo-3', model: 'poster-stand', offsetM: [-8, 3], title: { zh: '印尼自然人文摄影展', en: 'Indonesian nature and culture photo exhibition' } },
      { id: 'indonesia-goods-week-1', model: 'display-case', offsetM: [-3, -1], title: { zh: '印尼商品周', en: 'Indonesian goods week' } },
      { id: 'indonesia-goods-week-2', model: 'display-case', offsetM: [-1, -1], title: { zh: '印尼商品周', en: 'Indonesian goods week' } },
      { id: 'indonesia-traditional-medicine', model: 'kiosk', offsetM: [3, -1], title: { zh: '传统医药文化与科技交流', en: 'Traditional medicine culture and technology exchange' } },
      { id: 'indonesia-matchmaking-counter', model: 'counter', offsetM: [6, 3], title: { zh: '印尼—绵阳产业合作对接会', en: 'Indonesia–Mianyang industry cooperation matchmaking' } },
      { id: 'indonesia-matchmaking-chair-1', model: 'chair', offsetM: [5.4, 4.2], rotationDeg: 180, title: { zh: '洽谈座椅', en: 'Meeting chair' }, role: 'furniture' },
      { id: 'indonesia-matchmaking-chair-2', model: 'chair', offsetM: [6.6, 4.2], rotationDeg: 180, title: { zh: '洽谈座椅', en: 'Meeting chair' }, role: 'furniture' },
      { id: 'indonesia-plant-1', model: 'plant', offsetM: [-9.2, 5.2], title: { zh: '绿植', en: 'Plant' }, role: 'furniture' },
      { id: 'indonesia-plant-2', model: 'plant', offsetM: [9.2, 5.2], title: { zh: '绿植', en: 'Plant' }, role: 'furniture' },
    ],
  },
  {
    code: 'P-001',
    zone: 'zone-popular-science',
    exhibitor: 'sichuan-chongqing-popular-science',
    sizeM: [12, 8],
    template: 'peninsula',
    exhibits: [
      { id: 'sichuan-chongqing-science-map', model: 'kiosk', offsetM: [-3, 1], title: { zh: '“川渝科普地图”平台', en: 'Sichuan–Chongqing popular science map platform' } },
      { id: 'tianfu-sci-tech-cloud', model: 'screen', offsetM: [0, -3.3], title: { zh: '天府科技云', en: 'Tianfu Sci-Tech Cloud' } },
      { id: 'sichuan-chongqing-science-bases', model: 'poster-stand', offsetM: [3, 1], title: { zh: '川渝科普基地风采', en: 'Sichuan–Chongqing popular science bases' } },
    ],
  },
];
