/**
 * The exhibitors the source articles name, and the generic exhibitors that stand in where the
 * articles name an exhibit but not who shows it. Descriptions repeat only what the articles say.
 * Links are the organisations' well-known public home pages; where unsure, there is none.
 */
import type { SceneInput } from '../../src/scene/schema';

type ExhibitorInput = NonNullable<SceneInput['exhibitors']>[number];

const WELL_KNOWN = {
  zh: '第十一届科博会重大科技成果展参展知名企业之一。',
  en: 'Named among the well-known companies at the major sci-tech achievements exhibition of the 11th Sci-Tech Expo.',
};
const MULTINATIONAL = {
  zh: '已确认参展第十一届科博会的知名跨国企业。',
  en: 'Well-known multinational company confirmed to exhibit at the 11th Sci-Tech Expo.',
};

const home = (url: string) => [{ url }];

export const NAMED_EXHIBITORS: readonly ExhibitorInput[] = [
  { id: 'crrc', name: { zh: '中国中车', en: 'CRRC' }, country: 'CN', description: WELL_KNOWN },
  { id: 'huawei', name: { zh: '华为', en: 'Huawei' }, country: 'CN', description: WELL_KNOWN, links: home('https://www.huawei.com') },
  { id: 'baidu', name: { zh: '百度', en: 'Baidu' }, country: 'CN', description: WELL_KNOWN, links: home('https://www.baidu.com') },
  { id: 'dji', name: { zh: '大疆科技', en: 'DJI' }, country: 'CN', description: WELL_KNOWN, links: home('https://www.dji.com') },
  { id: 'tesla', name: { zh: '特斯拉', en: 'Tesla' }, country: 'US', description: MULTINATIONAL, links: home('https://www.tesla.com') },
  { id: '3m', name: { zh: '3M', en: '3M' }, country: 'US', description: MULTINATIONAL, links: home('https://www.3m.com') },
  {
    id: 'turing',
    name: { zh: '图灵', en: 'Turing' },
    // The articles call Turing a multinational but give no country; ZZ is ISO 3166's "unknown",
    // which the exhibitor panel leaves out rather than show "Unknown Region".
    country: 'ZZ',
    description: MULTINATIONAL,
  },
  { id: 'fanuc', name: { zh: '发那科', en: 'FANUC' }, country: 'JP', description: MULTINATIONAL, links: home('https://www.fanuc.co.jp') },
  {
    id: 'jiuyiyuan',
    name: { zh: '玖谊源科技', en: 'Jiuyiyuan Technology' },
    country: 'CN',
    description: { zh: '研制国内首台医用回旋加速器。', en: 'Developer of the first domestic medical cyclotron.' },
  },
  {
    id: 'caep',
    name: { zh: '中物院（中国工程物理研究院）', en: 'CAEP (China Academy of Engineering Physics)' },
    country: 'CN',
    description: { zh: '研制国内首台具有自主知识产权的大功率花瓣加速器。', en: 'Developer of the first high-power "petal" accelerator with independent intellectual property.' },
  },
  {
    id: 'jiuzhou',
    name: { zh: '九洲集团', en: 'Jiuzhou Group' },
    country: 'CN',
    description: { zh: '研制达到国际先进水平的车载式反无人机系统。', en: 'Developer of a vehicle-mounted anti-drone system at international advanced level.' },
  },
  {
    id: 'zhongjiu-flash',
    name: { zh: '绵阳中玖闪光医疗科技有限公司', en: 'Mianyang Zhongjiu Flash Medical Technology Co., Ltd.' },
    country: 'CN',
    description: { zh: '在本届科博会展示FLASH放疗设备模型。', en: 'Shows a model of FLASH radiotherapy equipment at this Sci-Tech Expo.' },
  },
  {
    id: 'swip',
    name: { zh: '中核集团核工业西南物理研究院', en: 'Southwest Institute of Physics, CNNC' },
    country: 'CN',
    description: {
      zh: '来自四川，承担中国ITER大部分关键部件的研发、加工和制造。',
      en: 'Sichuan institute responsible for developing, processing and manufacturing most key components of China\'s ITER contribution.',
    },
  },
];

/** Stand-ins for "whoever shows it" where the articles name an exhibit but not its exhibitor. */
export const GENERIC_EXHIBITORS: readonly ExhibitorInput[] = [
  {
    id: 'national-achievements-exhibition',
    name: { zh: '国家科技重大成就展', en: 'National major sci-tech achievements exhibition' },
    country: 'CN',
    // What the articles do not say (which organisations show these) is left unsaid: notes about the
    // sources are for curators, not visitors (issue 12).
    description: { zh: '本届科博会集中亮相的国家重大科技项目。', en: 'National major sci-tech projects on show at this Sci-Tech Expo.' },
  },
  {
    id: 'expo-featured-exhibits',
    name: { zh: '科博会重点展品', en: 'Sci-Tech Expo featured exhibits' },
    country: 'CN',
    description: { zh: '本届科博会的“高精尖”重点展品。', en: 'High-profile exhibits of this Sci-Tech Expo.' },
  },
  {
    id: 'chengdu-chongqing-mianyang-display',
    name: { zh: '成渝绵三地科技成果展示', en: 'Chengdu–Chongqing–Mianyang achievements display' },
    country: 'CN',
    description: { zh: '联动重庆市有关单位共同举办的三地科技成果展示。', en: 'Joint display of sci-tech achievements of Chengdu, Chongqing and Mianyang, held with units in Chongqing.' },
  },
  {
    id: 'sichuan-chongqing-popular-science',
    name: { zh: '川渝科普展示', en: 'Sichuan–Chongqing popular science display' },
    country: 'CN',
    description: { zh: '首届川渝科普大会推介“川渝科普地图”平台、“天府科技云”，展示川渝科普基地风采。', en: 'The first Sichuan–Chongqing Popular Science Conference presents the Sichuan–Chongqing popular science map platform and Tianfu Sci-Tech Cloud.' },
  },
  {
    id: 'indonesia-pavilion',
    name: { zh: '印度尼西亚主宾国馆', en: 'Indonesia guest-country pavilion' },
    country: 'ID',
    description: { zh: '多方位展示印度尼西亚国家形象及有关科技创新技术、产品。', en: 'Presents Indonesia\'s national image and its sci-tech innovations and products.' },
  },
];
