/**
 * What sample exhibits look like in each zone: a model, a scale, and the plain words for what it
 * stands for. Sample exhibits are clearly labelled placeholders; these words only say which
 * kind of thing the placeholder model shows, never that a real product exists.
 *
 * Large models are used at a reduced scale (a table-top model), so they fit a 6 m × 4 m booth
 * among the other items.
 */
import type { ModelName } from './models';

export interface SampleKind {
  model: ModelName;
  scale: number;
  zh: string;
  en: string;
  /** `'furniture'` for a stand fitting (a screen, a poster, a pot plant): drawn, not listed (issue 10). */
  role?: 'furniture';
}

const kind = (model: ModelName, zh: string, en: string, scale = 1): SampleKind => ({ model, scale, zh, en });
/** A stand fitting rather than something the sample exhibitor shows. */
const fitting = (model: ModelName, zh: string, en: string, scale = 1): SampleKind => ({ ...kind(model, zh, en, scale), role: 'furniture' });

const DISPLAY_CASE = kind('display-case', '展柜', 'display case');
const SCREEN = fitting('screen', '展示屏', 'display screen', 0.6);
const POSTER = fitting('poster-stand', '展板', 'poster');
const PEDESTAL = kind('pedestal', '展台样品', 'item on a plinth');
const KIOSK = kind('kiosk', '互动触摸屏', 'interactive kiosk');

export const SAMPLE_PALETTES: Readonly<Record<string, readonly SampleKind[]>> = {
  'zone-national-achievements': [
    kind('nuclear-unit', '能源装置模型', 'energy facility model', 0.2),
    kind('tokamak', '科学装置模型', 'research facility model', 0.2),
    kind('cosmic-ray-detector', '探测器模型', 'detector model', 0.3),
    kind('material-showcase', '科研成果展柜', 'research results showcase'),
    DISPLAY_CASE,
    POSTER,
    SCREEN,
  ],
  'zone-aerospace': [
    kind('satellite', '卫星模型', 'satellite model', 0.4),
    kind('rocket', '火箭模型', 'rocket model', 0.25),
    kind('drone', '无人机', 'drone'),
    kind('lunar-rover', '巡视器模型', 'rover model', 0.6),
    DISPLAY_CASE,
    POSTER,
  ],
  'zone-artificial-intelligence': [
    kind('humanoid-robot', '服务机器人', 'service robot'),
    kind('robot-arm', '智能机械臂', 'intelligent robot arm', 0.7),
    kind('server-rack', '算力服务器', 'computing server'),
    kind('autonomous-car', '自动驾驶车模型', 'autonomous car model', 0.2),
    KIOSK,
    SCREEN,
  ],
  'zone-electronic-information': [
    kind('base-station', '通信基站', 'communication base station', 0.8),
    kind('server-rack', '服务器机柜', 'server cabinet'),
    kind('chip-showcase', '芯片展柜', 'chip showcase'),
    kind('laser-system', '光电设备', 'optoelectronic instrument', 0.7),
    KIOSK,
    SCREEN,
  ],
  'zone-multinational': [
    kind('robot-arm', '工业机器人', 'industrial robot', 0.7),
    kind('electric-car', '电动汽车模型', 'electric car model', 0.2),
    kind('material-showcase', '材料样品展柜', 'materials showcase'),
    DISPLAY_CASE,
    KIOSK,
    SCREEN,
  ],
  'zone-advanced-materials': [
    kind('material-showcase', '新材料样品', 'new materials samples'),
    kind('3d-printer', '增材制造设备', 'additive manufacturing machine', 0.8),
    kind('fuel-cell-stack', '燃料电池电堆', 'fuel cell stack', 0.8),
    DISPLAY_CASE,
    PEDESTAL,
    POSTER,
  ],
  'zone-equipment-manufacturing': [
    kind('robot-arm', '工业机器人', 'industrial robot', 0.7),
    kind('gas-turbine', '动力装备模型', 'power equipment model', 0.12),
    kind('high-speed-train', '轨道交通车辆模型', 'rail vehicle model', 0.12),
    kind('3d-printer', '增材制造设备', 'additive manufacturing machine', 0.8),
    DISPLAY_CASE,
    SCREEN,
  ],
  'zone-chengdu-chongqing-mianyang': [
    kind('rice-display', '农业科技成果', 'agricultural technology display', 0.8),
    kind('high-speed-train', '轨道交通车辆模型', 'rail vehicle model', 0.12),
    DISPLAY_CASE,
    POSTER,
    KIOSK,
    SCREEN,
  ],
  'zone-mianyang-sci-tech-city': [
    kind('chip-showcase', '电子元器件展柜', 'electronic components showcase'),
    kind('base-station', '通信设备', 'communication equipment', 0.8),
    kind('drone', '无人机', 'drone'),
    kind('medical-cyclotron', '核医疗设备模型', 'nuclear medicine equipment model', 0.35),
    kind('laser-system', '激光设备', 'laser instrument', 0.7),
    DISPLAY_CASE,
    PEDESTAL,
  ],
  'zone-indonesia-pavilion': [
    fitting('plant', '热带植物', 'tropical plant'),
    DISPLAY_CASE,
    POSTER,
    PEDESTAL,
    KIOSK,
  ],
  'zone-youth-innovation': [
    kind('robot-arm', '青少年机器人作品', 'student robot project', 0.5),
    kind('drone', '青少年无人机作品', 'student drone project'),
    kind('3d-printer', '创客3D打印机', 'maker 3D printer', 0.6),
    POSTER,
    KIOSK,
  ],
  'zone-popular-science': [
    kind('vr-station', '科普VR体验', 'popular-science VR experience', 0.7),
    kind('satellite', '科普航天模型', 'space science model', 0.3),
    POSTER,
    PEDESTAL,
    KIOSK,
  ],
  'zone-technology-experience': [
    kind('vr-station', 'VR体验舱', 'VR experience pod', 0.7),
    kind('humanoid-robot', '互动机器人', 'interactive robot'),
    kind('electric-car', '智能座舱体验', 'smart cockpit experience', 0.25),
    KIOSK,
    SCREEN,
  ],
};
