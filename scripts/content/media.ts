/**
 * Pictures shown in the panels of the headline exhibits (issue 12: a visitor opening FAST's panel
 * expects to see it, not only read about it). The files are schematic drawings made by
 * scripts/content/mediaImages.ts; each caption says "Schematic" so that none is taken for a
 * photograph, and each `alt` says what the drawing shows for visitors who cannot see it.
 *
 * Files live on this site (`media/…`): the recommended Content-Security-Policy allows pictures
 * from this site only (README, "Deployment"). No video ships: nothing here can record one, so the
 * panel's video support (controls, captions) is tested on a scene of its own.
 */
import type { SceneInput } from '../../src/scene/schema';
import type { Bilingual } from './featured';
import type { MEDIA_IMAGES } from './mediaImages';

type MediaInput = NonNullable<NonNullable<SceneInput['exhibits']>[number]['media']>[number];

function image(file: keyof typeof MEDIA_IMAGES & string, caption: Bilingual, alt: Bilingual): MediaInput {
  return { kind: 'image', url: `media/${file}`, caption, alt };
}

const LUNAR = image(
  'lunar-landing.svg',
  { zh: '示意图：探月工程的着陆器与月球车在月面，地球悬于地平线之上。', en: 'Schematic: a lander and a rover of the lunar exploration programme on the Moon, the Earth above the horizon.' },
  {
    zh: '黑色天空下的灰色月面：左侧是带着陆腿和太阳翼的金色着陆器，右侧是六轮月球车，右上方是蓝绿色的地球。',
    en: 'A grey lunar surface under a black sky: on the left a gold lander on legs with solar panels, on the right a six-wheeled rover, the blue and green Earth at the top right.',
  },
);

const NUCLEAR_ALT: Bilingual = {
  zh: '核电机组剖面图：圆顶的双层安全壳内，中间是反应堆压力容器，两侧是蒸汽发生器，顶部是水箱。',
  en: 'A nuclear unit in section: inside a domed double containment, the reactor vessel in the middle, a steam generator on each side, a water tank at the top.',
};

/** Media by exhibit id; exhibits left out have none. */
export const EXHIBIT_MEDIA: Readonly<Record<string, readonly MediaInput[]>> = {
  'fast-china-sky-eye': [
    image(
      'fast-section.svg',
      {
        zh: '示意图：FAST剖面。口径500米的球面反射面坐落在天然喀斯特洼地中，馈源舱由六根索悬挂在其上方。',
        en: 'Schematic: FAST in section. The 500 m spherical reflector lies in a natural karst hollow; the feed cabin hangs above it on six cables.',
      },
      {
        zh: '山谷间一口巨大的碗形天线，中心上方由六座塔上的索悬挂着一个小舱，标注口径500米。',
        en: 'A huge bowl-shaped dish in a valley between hills, with a small cabin hanging over its centre from cables on six towers; a dimension line reads 500 m.',
      },
    ),
    image(
      'fast-plan.svg',
      {
        zh: '示意图：俯视FAST。反射面由三角形面板拼成，外围是圈梁；橙色圆表示同一时刻用于观测的部分（口径约300米）。',
        en: 'Schematic: FAST from above. The reflector is a net of triangular panels inside a ring beam; the orange circle marks the part used at any one time (about 300 m across).',
      },
      {
        zh: '绿色山地中的圆形反射面，由网格状面板组成，中央有一个较小的橙色圆和馈源舱。',
        en: 'A round reflector in green hills, made of a web of panels, with a smaller orange circle and the feed cabin at its centre.',
      },
    ),
  ],
  'hl-2m-tokamak': [
    image(
      'hl-2m-section.svg',
      {
        zh: '示意图：托卡马克剖面。磁场线圈把D形等离子体约束在真空室内；HL-2M的等离子体电流已突破100万安培（1 MA）。',
        en: 'Schematic: a tokamak in section. Magnetic coils hold the D-shaped plasma inside the vacuum vessel; in HL-2M the plasma current exceeds 1 million amperes (1 MA).',
      },
      {
        zh: '环形真空室的剖面：中心柱两侧各有一团发光的粉红色D形等离子体，外侧是线圈，下方标注大于1 MA。',
        en: 'A ring-shaped vessel cut in half: on each side of a central column a glowing pink D-shaped plasma, coils around it, and the label "> 1 MA" below.',
      },
    ),
  ],
  'hualong-one': [
    image(
      'hualong-one-unit.svg',
      {
        zh: '示意图：采用双层安全壳的压水堆机组。反应堆居中，两侧为蒸汽发生器，顶部水箱可在失去电源时冷却。',
        en: 'Schematic: a pressurised-water reactor with a double containment: reactor in the middle, steam generators beside it, a tank on top that cools it without power.',
      },
      NUCLEAR_ALT,
    ),
  ],
  'guohe-one': [
    image(
      'guohe-one-unit.svg',
      {
        zh: '示意图：非能动安全的压水堆机组。屏蔽厂房顶部的水箱无需电源即可依靠重力冷却安全壳。',
        en: 'Schematic: a pressurised-water reactor unit with passive safety. The water tank on top of the shield building cools the containment by gravity, without power.',
      },
      NUCLEAR_ALT,
    ),
  ],
  'lhaaso-lasso': [
    image(
      'lhaaso-array.svg',
      {
        zh: '示意图：海子山上的“拉索”。地面探测器阵列和水切伦科夫水池捕捉宇宙线在大气中激发的粒子簇射。',
        en: 'Schematic: LHAASO on Haizi Mountain. An array of ground detectors and water Cherenkov ponds catch the particle showers that cosmic rays set off in the air.',
      },
      {
        zh: '雪山前的高原上排列着成行的小型探测器，右侧是蓝色的大水池，几道橙色射线从夜空落下。',
        en: 'Rows of small detectors on a plateau below snowy peaks, a large blue pond on the right, and orange rays falling from the night sky.',
      },
    ),
  ],
  'lunar-lander': [LUNAR],
  'lunar-rover': [LUNAR],
  'f-class-gas-turbine': [
    image(
      'gas-turbine-section.svg',
      {
        zh: '示意图：重型燃气轮机剖面。空气在压气机（左）中压缩，在燃烧室（中）与燃料燃烧，推动透平（右）做功；这台机组功率为50兆瓦。',
        en: 'Schematic: a heavy-duty gas turbine in section. Air is compressed (left), burned with fuel in the combustors (centre) and drives the turbine (right); this one delivers 50 MW.',
      },
      {
        zh: '横卧的涡轮机剖面：左侧蓝色压气机叶片由大变小，中间是带火焰的燃烧室，右侧是橙色透平叶片，下方标注50 MW。',
        en: 'A turbine lying on its side, cut open: blue compressor blades shrinking from left to centre, a combustor with a flame in the middle, orange turbine blades on the right, and "50 MW" below.',
      },
    ),
  ],
};
