/**
 * Texts of the loading screen's progress and of the in-hall indicator of models still arriving
 * (issue 12, honest loading), one object per language like `src/ui/strings.ts`.
 */
import type { Language } from '../../scene';
import { formatNumber, formatPercent } from '../format';

export interface LoadingStrings {
  /** Accessible name of the loading screen's progress bar. */
  loadingExpo: string;
  /** Under the bar: what is being loaded. */
  loadingFile: (file: string) => string;
  /** Bytes read of a file whose length the server did not say (compressed on the fly). */
  bytesRead: (bytes: number) => string;
  /** The bar's value as words for screen readers (`aria-valuetext`). */
  percent: (percent: number) => string;
  /** The in-hall indicator while models still arrive: "Loading models 63 %". */
  loadingModels: (percent: number) => string;
  /** The in-hall indicator for a moment after the last model arrived. */
  modelsLoaded: string;
  /** Accessible name of the in-hall indicator's bar. */
  modelsProgress: string;
}

const STRINGS: Record<Language, LoadingStrings> = {
  en: {
    loadingExpo: 'Loading the expo',
    loadingFile: (file) => `Loading ${file}…`,
    bytesRead: (bytes) => `${formatNumber(Math.round(bytes / 1000), 'en')} kB received`,
    percent: (percent) => formatPercent(percent, 'en'),
    loadingModels: (percent) => `Loading models ${formatPercent(percent, 'en')}`,
    modelsLoaded: 'All models loaded',
    modelsProgress: 'Models still arriving',
  },
  zh: {
    loadingExpo: '正在加载展会',
    loadingFile: (file) => `正在加载 ${file}…`,
    bytesRead: (bytes) => `已接收 ${formatNumber(Math.round(bytes / 1000), 'zh')} kB`,
    percent: (percent) => formatPercent(percent, 'zh'),
    loadingModels: (percent) => `正在加载模型 ${formatPercent(percent, 'zh')}`,
    modelsLoaded: '模型已全部加载',
    modelsProgress: '模型加载中',
  },
};

/** The loading texts for a language. */
export function loadingStrings(language: Language): LoadingStrings {
  return STRINGS[language];
}
