/** The start screen's texts in both languages. */
import type { Language } from '../../scene';
import { formatNumber, formatPercent } from '../format';

export interface StartStrings {
  /** The dialog's name for screen readers when the title is read separately. */
  welcome: string;
  enter: string;
  guidedTour: string;
  /** A tour's button: its name and how many stops it has. */
  tourButton: (name: string, stops: number) => string;
  toursLabel: string;
  theme: string;
  dates: string;
  venue: string;
  exhibitors: (count: number) => string;
  exhibits: (count: number) => string;
  halls: (count: number) => string;
  howTo: string;
  /** What the visitor's device does, line by line: keys and mouse, or touch. */
  keyHowTo: readonly string[];
  touchHowTo: readonly string[];
  /** The hall loading behind the start screen. */
  hallLoading: (percent: number) => string;
  hallReady: string;
}

const en: StartStrings = {
  welcome: 'Welcome',
  enter: 'Enter',
  guidedTour: 'Guided tour',
  tourButton: (name, stops) => `${name} · ${formatNumber(stops, 'en')} stops`,
  toursLabel: 'Guided tours',
  theme: 'Theme',
  dates: 'Dates',
  venue: 'Venue',
  exhibitors: (count) => `${formatNumber(count, 'en')} exhibitors`,
  exhibits: (count) => `${formatNumber(count, 'en')} exhibits`,
  halls: (count) => `${formatNumber(count, 'en')} ${count === 1 ? 'hall' : 'halls'}`,
  howTo: 'How to visit',
  keyHowTo: [
    'W A S D or the arrow keys walk; Q and E turn',
    'Drag to look around; the wheel steps forward and back',
    'Click the floor to walk there, an exhibit to go up to it',
    'Search, the floor plan and the booth list take you anywhere',
  ],
  touchHowTo: [
    'The stick in the corner walks',
    'Drag with one finger to look around; pinch to step',
    'Tap the floor to walk there, an exhibit to go up to it',
    'Search, the floor plan and the booth list take you anywhere',
  ],
  hallLoading: (percent) => `The hall is loading: ${formatPercent(percent, 'en')}`,
  hallReady: 'The hall is ready',
};

const zh: StartStrings = {
  welcome: '欢迎',
  enter: '进入展馆',
  guidedTour: '导览',
  tourButton: (name, stops) => `${name} · ${formatNumber(stops, 'zh')} 站`,
  toursLabel: '导览路线',
  theme: '主题',
  dates: '日期',
  venue: '地点',
  exhibitors: (count) => `${formatNumber(count, 'zh')} 家参展商`,
  exhibits: (count) => `${formatNumber(count, 'zh')} 件展品`,
  halls: (count) => `${formatNumber(count, 'zh')} 个展馆`,
  howTo: '参观方法',
  keyHowTo: ['W A S D 或方向键行走，Q、E 转向', '拖动鼠标环顾四周，滚轮前后移动', '点击地面走过去，点击展品走近观看', '搜索、平面图和展位列表可带您去任何地方'],
  touchHowTo: ['角落的摇杆用于行走', '单指拖动环顾四周，双指捏合前后移动', '轻点地面走过去，轻点展品走近观看', '搜索、平面图和展位列表可带您去任何地方'],
  hallLoading: (percent) => `展馆加载中：${formatPercent(percent, 'zh')}`,
  hallReady: '展馆已就绪',
};

export function startStrings(language: Language): StartStrings {
  return language === 'zh' ? zh : en;
}
