/** The tour player's and the tour menu's texts in both languages. */
import type { Language } from '../../scene';
import { formatNumber } from '../format';

export interface TourStrings {
  /** The player's landmark name, and the menu button's text. */
  guidedTour: string;
  /** The menu's list of tours. */
  toursLabel: string;
  /** A tour in the menu: its name and how many stops it has. */
  tourOption: (name: string, stops: number) => string;
  /** The progress as shown: "3 / 13". */
  progress: (stop: number, stops: number) => string;
  /** The progress as announced: "Stop 3 of 13: FAST". */
  progressSpoken: (stop: number, stops: number, stopTitle: string) => string;
  controls: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
  /** Closes the tour. */
  end: string;
  restart: string;
  travelling: string;
  paused: string;
  /** The end message, after the last stop. */
  ended: (tourTitle: string) => string;
  readAloud: string;
  /** Why "Read aloud" cannot be turned on. */
  speechUnsupported: string;
  speechNoVoice: string;
}

const en: TourStrings = {
  guidedTour: 'Guided tour',
  toursLabel: 'Guided tours',
  tourOption: (name, stops) => `${name} · ${formatNumber(stops, 'en')} ${stops === 1 ? 'stop' : 'stops'}`,
  progress: (stop, stops) => `${formatNumber(stop, 'en')} / ${formatNumber(stops, 'en')}`,
  progressSpoken: (stop, stops, stopTitle) => `Stop ${formatNumber(stop, 'en')} of ${formatNumber(stops, 'en')}: ${stopTitle}`,
  controls: 'Tour controls',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous stop',
  next: 'Next stop',
  end: 'End tour',
  restart: 'Start again',
  travelling: 'On the way to this stop…',
  paused: 'Paused. Press Play to continue from this stop.',
  ended: (tourTitle) => `That was the last stop of “${tourTitle}”. Thank you for taking the tour.`,
  readAloud: 'Read aloud',
  speechUnsupported: 'This browser cannot read aloud.',
  speechNoVoice: 'This device has no English voice to read aloud with.',
};

const zh: TourStrings = {
  guidedTour: '导览',
  toursLabel: '导览路线',
  tourOption: (name, stops) => `${name} · ${formatNumber(stops, 'zh')} 站`,
  progress: (stop, stops) => `${formatNumber(stop, 'zh')} / ${formatNumber(stops, 'zh')}`,
  progressSpoken: (stop, stops, stopTitle) => `第 ${formatNumber(stop, 'zh')} 站，共 ${formatNumber(stops, 'zh')} 站：${stopTitle}`,
  controls: '导览控制',
  play: '播放',
  pause: '暂停',
  previous: '上一站',
  next: '下一站',
  end: '结束导览',
  restart: '重新开始',
  travelling: '正在前往本站……',
  paused: '已暂停。按“播放”从本站继续。',
  ended: (tourTitle) => `“${tourTitle}”导览到此结束，感谢参观。`,
  readAloud: '朗读',
  speechUnsupported: '此浏览器不支持朗读。',
  speechNoVoice: '此设备没有可用于朗读的中文语音。',
};

export function tourStrings(language: Language): TourStrings {
  return language === 'zh' ? zh : en;
}
