/** Label texts of the UI in both languages. Scene text (titles, names) comes from the scene file. */
import type { QualitySetting } from '../quality';
import type { PlaceKind } from '../navigation/places';
import type { Language, SceneCounts, Severity } from '../scene';
import type { SearchKind } from '../search';
import { formatNumber } from './format';

export interface UiStrings {
  rendering: string;
  /** Shown while the device has taken the 3D view's WebGL context away (it comes back on its own). */
  contextLost: string;
  /** Shown when the device has not given the 3D view back for a while, with a button to reload the page. */
  contextLostLong: string;
  contextLostReload: string;
  languageToggle: string;
  languageToggleLabel: string;
  /** The header's facts; exhibits are what visitors came to see, so furniture is not among them. */
  counts: (counts: SceneCounts) => string[];
  errorTitle: string;
  loadErrorTitle: string;
  errorSummary: (errors: number, warnings: number) => string;
  /** Said when the list was cut at the validator's cap: "showing 200 of 1,000 errors". */
  diagnosticsShown: (shown: number, errors: number, warnings: number) => string;
  warningsTitle: (warnings: number) => string;
  /** Heading over the models with files that could not be loaded (their exhibits show another level, or boxes). */
  modelWarningsTitle: (models: number) => string;
  /** One model that could not be loaded, for visitors: `exhibits` (from the three below) and the stand-in. */
  modelStandIn: (exhibits: string) => string;
  /** One or two exhibit titles, quoted and joined. */
  exhibitTitles: (titles: readonly string[]) => string;
  /** Many exhibits (or pieces of stand furniture) sharing one model, counted. */
  exhibitCount: (count: number) => string;
  furnitureCount: (count: number) => string;
  /** Label of the technical causes, shown under a model's notice on the dev server only. */
  modelCauses: string;
  dismiss: string;
  at: string;
  severity: Record<Severity, string>;
  hint: string;
  /** Label of the rendering-quality menu and its choices. */
  quality: string;
  qualitySettings: Record<QualitySetting, string>;
  /** The selected exhibit's panel. */
  exhibitPanel: string;
  close: string;
  sample: string;
  booth: (code: string) => string;
  /** Navigation: the toolbar, the booth list, the joystick, and the notice for a link to nothing. */
  navigation: string;
  walk: string;
  overview: string;
  immersive: string;
  leaveImmersive: string;
  boothList: string;
  reduceMotion: string;
  joystick: string;
  viewLabel: string;
  keyHelp: string;
  touchHelp: string;
  overviewHelp: string;
  youAreAt: (place: string) => string;
  /** A walked journey under way: where to, and how to stop it. */
  walkingTo: (place: string | undefined) => string;
  vacant: string;
  exhibitsAt: (code: string) => string;
  unknownPlace: (kind: PlaceKind, id: string, hallName: string) => string;
  malformedLink: (link: string, hallName: string) => string;
  /** The booth panel. */
  boothPanel: string;
  /** The floor plan: its name, zoom buttons, hall switcher and map label. */
  floorPlan: string;
  zoomIn: string;
  zoomOut: string;
  hallSwitcher: string;
  floorPlanOf: (hallName: string) => string;
  /** Search: the field, its results and filters. */
  search: string;
  searchPlaceholder: string;
  searchResults: string;
  searchKinds: Record<SearchKind, string>;
  noResults: (query: string) => string;
  resultCount: (count: number) => string;
  searchFilters: string;
  filterLabels: { hall: string; zone: string; category: string; country: string };
  anyFilter: string;
}

/** Counts in each language's own format (src/ui/format.ts). */
const n = (value: number): string => formatNumber(value, 'en');
const nZh = (value: number): string => formatNumber(value, 'zh');
const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;

const KIND_ZH: Record<PlaceKind, string> = { hall: '展馆', booth: '展位', exhibit: '展品' };

export const STRINGS: Record<Language, UiStrings> = {
  en: {
    rendering: 'Preparing the halls…',
    contextLost: 'The 3D view was interrupted by the device; restoring…',
    contextLostLong: 'The device has not given the 3D view back. Reloading the page brings it back at the same place.',
    contextLostReload: 'Reload the page',
    languageToggle: '中文',
    languageToggleLabel: 'Switch labels to Chinese',
    counts: (counts) => [
      plural(counts.halls, 'hall'),
      plural(counts.booths, 'booth'),
      plural(counts.exhibits, 'exhibit'),
      plural(counts.exhibitors, 'exhibitor'),
    ],
    errorTitle: 'This scene cannot be shown',
    loadErrorTitle: 'The scene could not be loaded',
    errorSummary: (errors, warnings) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    diagnosticsShown: (shown, errors, warnings) =>
      `showing ${n(shown)} of ${warnings === 0 ? plural(errors, 'error') : errors === 0 ? plural(warnings, 'warning') : `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`}`,
    warningsTitle: (warnings) => `${plural(warnings, 'warning')} in this scene`,
    modelWarningsTitle: (models) => `${plural(models, '3D model')} could not be loaded`,
    modelStandIn: (exhibits) => `${exhibits}: the 3D model could not be loaded, so a stand-in is shown in its place.`,
    exhibitTitles: (titles) => titles.map((title) => `“${title}”`).join(' and '),
    exhibitCount: (count) => plural(count, 'exhibit'),
    furnitureCount: (count) => plural(count, 'piece', 'pieces') + ' of stand furniture',
    modelCauses: 'Technical cause, for curators (shown on the development server only)',
    dismiss: 'Dismiss',
    at: 'at',
    severity: { error: 'error', warning: 'warning' },
    hint: 'Fix the file and reload the page, or run `npm run validate` for the same list in a terminal.',
    quality: 'Quality',
    qualitySettings: { auto: 'Auto', high: 'High', medium: 'Medium', low: 'Low' },
    exhibitPanel: 'Selected exhibit',
    close: 'Close',
    sample: 'sample data',
    booth: (code) => `Booth ${code}`,
    navigation: 'Navigation',
    walk: 'Walk',
    overview: 'Overview',
    immersive: 'Immersive',
    leaveImmersive: 'Leave immersive view (Esc)',
    boothList: 'Booth list',
    reduceMotion: 'Reduce motion',
    joystick: 'Walk: drag the stick',
    viewLabel: '3D view of the expo halls',
    keyHelp: 'W A S D or arrow keys walk, Q E turn · drag to look · wheel steps · click the floor to walk there, an exhibit to go up to it',
    touchHelp: 'Stick walks · drag to look · pinch steps · tap the floor or an exhibit',
    overviewHelp: 'Drag to orbit, wheel or pinch to zoom · click or tap the floor to walk from there',
    youAreAt: (place) => `You are at ${place}`,
    walkingTo: (place) => `${place ? `Walking to ${place}` : 'Walking there'} · Esc or any walking key stops`,
    vacant: 'vacant',
    exhibitsAt: (code) => `Exhibits at booth ${code}`,
    unknownPlace: (kind, id, hallName) => `This expo has no ${kind} “${id}”. Showing the entrance of ${hallName} instead.`,
    malformedLink: (link, hallName) => `The link “${link}” does not lead to a hall, booth or exhibit. Showing the entrance of ${hallName} instead.`,
    boothPanel: 'Selected booth',
    floorPlan: 'Floor plan',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    hallSwitcher: 'Halls',
    floorPlanOf: (hallName) => `Floor plan of ${hallName}: click or tap a booth or a spot to go there`,
    search: 'Search',
    searchPlaceholder: 'Exhibits, exhibitors, booths…',
    searchResults: 'Search results',
    searchKinds: { exhibit: 'Exhibit', exhibitor: 'Exhibitor', booth: 'Booth', zone: 'Zone', hall: 'Hall' },
    noResults: (query) => `Nothing found for “${query}”`,
    resultCount: (count) => (count === 0 ? 'No results' : plural(count, 'result')),
    searchFilters: 'Search filters',
    filterLabels: { hall: 'Hall', zone: 'Zone', category: 'Category', country: 'Country' },
    anyFilter: 'All',
  },
  zh: {
    rendering: '正在准备展馆…',
    contextLost: '三维视图被设备中断，正在恢复…',
    contextLostLong: '设备尚未恢复三维视图。重新加载页面即可回到原处。',
    contextLostReload: '重新加载页面',
    languageToggle: 'English',
    languageToggleLabel: '切换为英文标签',
    counts: (counts) => [
      `${nZh(counts.halls)} 个展馆`,
      `${nZh(counts.booths)} 个展位`,
      `${nZh(counts.exhibits)} 件展品`,
      `${nZh(counts.exhibitors)} 家参展商`,
    ],
    errorTitle: '无法显示此场景',
    loadErrorTitle: '无法加载场景',
    errorSummary: (errors, warnings) => `${nZh(errors)} 个错误，${nZh(warnings)} 个警告`,
    diagnosticsShown: (shown, errors, warnings) =>
      `共 ${warnings === 0 ? `${nZh(errors)} 个错误` : errors === 0 ? `${nZh(warnings)} 个警告` : `${nZh(errors)} 个错误和 ${nZh(warnings)} 个警告`}，只显示前 ${nZh(shown)} 条`,
    warningsTitle: (warnings) => `此场景有 ${nZh(warnings)} 个警告`,
    modelWarningsTitle: (models) => `${nZh(models)} 个三维模型未能加载`,
    modelStandIn: (exhibits) => `${exhibits}：三维模型未能加载，现以替代模型显示在原处。`,
    exhibitTitles: (titles) => titles.map((title) => `“${title}”`).join('和'),
    exhibitCount: (count) => `${nZh(count)} 件展品`,
    furnitureCount: (count) => `${nZh(count)} 件展台陈设`,
    modelCauses: '技术原因，供策展人参考（仅在开发服务器上显示）',
    dismiss: '关闭',
    at: '位置',
    severity: { error: '错误', warning: '警告' },
    hint: '请修改文件后刷新页面，或在终端运行 `npm run validate` 查看同样的列表。',
    quality: '画质',
    qualitySettings: { auto: '自动', high: '高', medium: '中', low: '低' },
    exhibitPanel: '所选展品',
    close: '关闭',
    sample: '示例数据',
    booth: (code) => `展位 ${code}`,
    navigation: '导航',
    walk: '漫游',
    overview: '俯瞰',
    immersive: '沉浸式观展',
    leaveImmersive: '退出沉浸式观展（Esc）',
    boothList: '展位列表',
    reduceMotion: '减少动态效果',
    joystick: '行走：拖动摇杆',
    viewLabel: '展馆三维视图',
    keyHelp: 'W A S D 或方向键行走，Q E 转向 · 拖动环顾 · 滚轮前后移动 · 点击地面走过去，点击展品走近观看',
    touchHelp: '摇杆行走 · 拖动环顾 · 双指捏合前后移动 · 轻点地面或展品',
    overviewHelp: '拖动旋转视角，滚轮或双指缩放 · 点击地面即从该处开始漫游',
    youAreAt: (place) => `当前位置：${place}`,
    walkingTo: (place) => `${place ? `正在前往：${place}` : '正在前往所选位置'} · 按 Esc 或任一行走键停止`,
    vacant: '空置',
    exhibitsAt: (code) => `展位 ${code} 的展品`,
    unknownPlace: (kind, id, hallName) => `本展会没有${KIND_ZH[kind]}“${id}”，现显示${hallName}入口。`,
    malformedLink: (link, hallName) => `链接“${link}”未指向任何展馆、展位或展品，现显示${hallName}入口。`,
    boothPanel: '所选展位',
    floorPlan: '平面图',
    zoomIn: '放大',
    zoomOut: '缩小',
    hallSwitcher: '展馆',
    floorPlanOf: (hallName) => `${hallName}平面图：点击展位或任意位置即可前往`,
    search: '搜索',
    searchPlaceholder: '展品、展商、展位…',
    searchResults: '搜索结果',
    searchKinds: { exhibit: '展品', exhibitor: '展商', booth: '展位', zone: '展区', hall: '展馆' },
    noResults: (query) => `未找到“${query}”`,
    resultCount: (count) => (count === 0 ? '无结果' : `${nZh(count)} 个结果`),
    searchFilters: '搜索筛选',
    filterLabels: { hall: '展馆', zone: '展区', category: '类别', country: '国家/地区' },
    anyFilter: '全部',
  },
};

/** The label texts for a language. */
export function uiStrings(language: Language): UiStrings {
  return STRINGS[language];
}
