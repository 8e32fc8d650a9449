/**
 * The default expo's guided tours. Every sentence of narration restates a fact of the content
 * brief (/work/shared/content-brief.md) or its source articles (seeds/000, seeds/001), the same
 * facts the exhibits' own descriptions carry; nothing is added from elsewhere, so a stop says less
 * than a guide who knew more would, and nothing a source does not.
 *
 * The headline tour follows the issue's list of headline exhibits in its order (issue 12), after a
 * view up the aisle between the two zones of Hall 1 that introduces the expo. The lunar lander and
 * rover stand on one booth and are one item of that list, so they are one booth stop that frames
 * both. No `dwellS`: each stop lasts as long as its narration takes to read aloud.
 */
import type { SceneInput } from '../../src/scene/schema';

type TourInput = NonNullable<SceneInput['tours']>[number];
type ViewpointInput = NonNullable<SceneInput['viewpoints']>[number];

export const VIEWPOINTS: readonly ViewpointInput[] = [
  {
    // Straight up the 4 m aisle between the two zones (national achievements west of x = 69 m,
    // aerospace east of x = 73 m), from the walkway inside the south wall, 6 m east of the entrance.
    id: 'hall-1-central-aisle',
    name: { zh: '1号馆：国家科技重大成就与航空航天展区', en: 'Hall 1: National Major Achievements and Aerospace' },
    hall: 'hall-1',
    positionM: [71, 1.6, 81],
    lookAtM: [71, 3, 40],
  },
];

const HEADLINE_TOUR: TourInput = {
  id: 'headline-exhibits',
  title: { zh: '重大科技成果导览', en: 'Headline exhibits' },
  description: {
    zh: '从1号馆出发，依次参观本届科博会集中亮相的重大科技项目和“绵阳造”硬核成果，终点是主宾国印度尼西亚展馆。',
    en: 'From Hall 1 past the major sci-tech projects and the "Made in Mianyang" achievements on show at the 11th Sci-Tech Expo, ending at the pavilion of the guest country, Indonesia.',
  },
  stops: [
    {
      viewpoint: 'hall-1-central-aisle',
      narration: {
        zh: '欢迎来到第十一届中国（绵阳）科技城国际科技博览会。本届科博会于2023年11月22日至26日在四川绵阳举办，主题为“科技引领·创新转化·开放合作”；线下重大科技成果展面积4万平方米，240余家企业单位参展。左手边是国家科技重大成就展区，右手边是航空航天展区。',
        en: 'Welcome to the 11th China (Mianyang) Science and Technology City International Science and Technology Expo, held in Mianyang, Sichuan, from 22 to 26 November 2023 under the theme "Science and Technology Leadership · Innovation Transformation · Open Cooperation". Its major achievements exhibition covers 40,000 m² with more than 240 enterprises and institutions. On your left, National Major Sci-Tech Achievements; on your right, Aerospace.',
      },
    },
    {
      exhibit: 'fast-china-sky-eye',
      narration: {
        zh: '“中国天眼”FAST射电望远镜模型。“中国天眼”是本届科博会集中亮相的重大科技项目之一。',
        en: 'A model of China Sky Eye, the FAST radio telescope, one of the major sci-tech projects on show at this expo.',
      },
    },
    {
      exhibit: 'hl-2m-tokamak',
      narration: {
        zh: '中国新一代“人造太阳”HL-2M托卡马克，等离子体电流突破100万安培。“人造太阳”是烙上四川印记的“大国重器”之一。',
        en: 'HL-2M, China\'s new-generation "artificial sun" tokamak: its plasma current exceeds 1 million amperes. The "artificial sun" is one of the great national projects that bear Sichuan\'s mark.',
      },
    },
    {
      exhibit: 'guohe-one',
      narration: {
        zh: '“国和一号”核电，本届科博会集中亮相的重大科技项目之一。',
        en: 'Guohe One nuclear power, one of the major sci-tech projects on show at this expo.',
      },
    },
    {
      exhibit: 'hualong-one',
      narration: {
        zh: '“华龙一号”核电。和“人造太阳”一样，它是烙上四川印记的“大国重器”之一。',
        en: 'Hualong One nuclear power: like the "artificial sun", one of the great national projects that bear Sichuan\'s mark.',
      },
    },
    {
      exhibit: 'lhaaso-lasso',
      narration: {
        zh: '高海拔宇宙线观测站“拉索”（LHAASO），位于甘孜州稻城县海子山的国家重大科技基础设施，2023年5月通过国家验收、正式建成。',
        en: 'LHAASO, the High Altitude Cosmic Ray Observatory known as "Lasso": national major sci-tech infrastructure on Haizi Mountain in Daocheng County, Garze Prefecture. It passed national acceptance and was completed in May 2023.',
      },
    },
    {
      booth: 'booth-a-001',
      narration: {
        zh: '探月工程：月球着陆器和月球车模型。探月工程是本届科博会集中亮相的重大科技项目之一。',
        en: 'The lunar exploration programme: models of a lunar lander and a rover. The programme is one of the major sci-tech projects on show at this expo.',
      },
    },
    {
      exhibit: 'optimus-humanoid-robot',
      narration: {
        zh: '“擎天柱”人形机器人，本届科博会集中亮相的“高精尖”展品之一。',
        en: 'The "Optimus" humanoid robot, one of the high-profile exhibits on show at this expo.',
      },
    },
    {
      exhibit: 'first-domestic-medical-cyclotron',
      narration: {
        zh: '绵阳科技城展区汇集了5家科研院所、30余家企业的200余件“绵阳造”创新产品。这是玖谊源科技公司研制的国内首台医用回旋加速器。',
        en: 'The Mianyang Sci-Tech City zone brings together more than 200 "Made in Mianyang" products from 5 research institutes and over 30 enterprises. Here: the first domestic medical cyclotron, developed by Jiuyiyuan Technology.',
      },
    },
    {
      exhibit: 'high-power-petal-accelerator',
      narration: {
        zh: '中物院研制的国内首台具有自主知识产权的大功率花瓣加速器。',
        en: 'The first high-power "petal" accelerator in China with independent intellectual property, developed by CAEP, the China Academy of Engineering Physics.',
      },
    },
    {
      exhibit: 'vehicle-mounted-anti-drone-system',
      narration: {
        zh: '九洲集团研制的车载式反无人机系统，达到国际先进水平。',
        en: 'A vehicle-mounted anti-drone system developed by Jiuzhou Group, at international advanced level.',
      },
    },
    {
      exhibit: 'flash-radiotherapy-model',
      narration: {
        zh: '绵阳中玖闪光医疗科技有限公司的FLASH放疗设备模型。FLASH闪光放疗技术对提高癌症患者治愈率和生存率具有颠覆性作用，备受关注。',
        en: 'A model of FLASH radiotherapy equipment from Mianyang Zhongjiu Flash Medical Technology. Flash radiotherapy, seen as disruptive for improving cancer patients\' treatment and survival rates, has drawn much attention.',
      },
    },
    {
      booth: 'booth-id-001',
      narration: {
        zh: '主宾国印度尼西亚展馆。本届科博会恰逢中印尼建立全面战略伙伴关系10周年。主宾国活动有开馆仪式、印尼—绵阳产业合作对接会、印尼商品周、传统医药文化与科技交流活动和印尼自然人文摄影展。',
        en: 'The pavilion of the guest country, Indonesia. The expo marks 10 years of the China–Indonesia comprehensive strategic partnership. Guest-country events: the pavilion opening, Indonesia–Mianyang industry matchmaking, Indonesian goods week, a traditional medicine culture and technology exchange, and a photo exhibition of Indonesian nature and culture.',
      },
    },
  ],
};

const ENERGY_TOUR: TourInput = {
  id: 'energy',
  title: { zh: '能源之旅', en: 'Energy' },
  description: {
    zh: '聚变、核电与燃气轮机：1号馆和3号馆的四件能源展品。',
    en: 'Fusion, nuclear power and a gas turbine: four energy exhibits in Halls 1 and 3.',
  },
  stops: [
    {
      exhibit: 'hl-2m-tokamak',
      narration: {
        zh: '核聚变：中国新一代“人造太阳”HL-2M托卡马克，等离子体电流突破100万安培。',
        en: 'Fusion: HL-2M, China\'s new-generation "artificial sun" tokamak, whose plasma current exceeds 1 million amperes.',
      },
    },
    {
      exhibit: 'guohe-one',
      narration: {
        zh: '核电：“国和一号”，本届科博会集中亮相的重大科技项目之一。',
        en: 'Nuclear power: Guohe One, one of the major sci-tech projects on show at this expo.',
      },
    },
    {
      exhibit: 'hualong-one',
      narration: {
        zh: '核电：“华龙一号”，烙上四川印记的“大国重器”之一。',
        en: 'Nuclear power: Hualong One, one of the great national projects that bear Sichuan\'s mark.',
      },
    },
    {
      exhibit: 'f-class-gas-turbine',
      narration: {
        zh: '燃气轮机：国内首台自主创新的F级50兆瓦重型燃气轮机，2023年成功实现商业运行，是四川推进航空与燃机等重大科技专项取得的突破之一。',
        en: 'Gas turbines: the first domestically produced, independently developed F-class 50 MW heavy-duty gas turbine, commercialised in 2023, one of the breakthroughs of Sichuan\'s major science and technology projects such as aviation and gas turbines.',
      },
    },
  ],
};

export const TOURS: readonly TourInput[] = [HEADLINE_TOUR, ENERGY_TOUR];
