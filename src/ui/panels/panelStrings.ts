/**
 * Label texts of the panels (exhibit, booth, exhibitor, their media and links) in both languages,
 * kept beside the panels rather than in the shared `strings.ts`. Scene text (titles, names,
 * captions) comes from the scene file.
 */
import type { Language } from '../../scene';

export interface PanelStrings {
  /** Accessible name of the exhibitor's panel (the others keep theirs in `strings.ts`). */
  exhibitorPanel: string;
  /** Tag beside an exhibitor the scene marks `sample`: an example stand, not a real organisation. */
  illustrative: string;
  /** Explains the tag to screen readers and on hover. */
  illustrativeHint: string;
  /** The exhibitor button's hint: it opens the exhibitor's panel. */
  aboutExhibitor: (name: string) => string;
  /** A button that opens the booth's panel (the exhibit panel's booth line). */
  showBooth: (code: string) => string;
  /** Heading over an exhibitor's booths and exhibits, and the booth panel's exhibitor. */
  exhibitorHeading: string;
  boothsHeading: (count: number) => string;
  exhibitsHeading: (count: number) => string;
  noExhibits: string;
  /** Said after a link's host for screen readers: the link leaves the expo. */
  opensNewTab: string;
  /** The media list's name. */
  mediaLabel: string;
  /** Shown in place of a picture or video that could not be loaded (missing, or a format the browser cannot play). */
  mediaFailed: (kind: 'image' | 'video') => string;
  /** Shown for a picture or video on another site, which this page does not embed; the host follows as a link. */
  mediaElsewhere: (kind: 'image' | 'video') => string;
  /** A captions track's name in the player's menu, by the track's language. */
  captionsLabel: Record<Language, string>;
  /** The error screen, for visitors of the built site: what happened and what to do. */
  errorVisitor: string;
  /** The error screen: heading over the technical details, which are meant for the organisers. */
  errorDetails: string;
}

const EN: PanelStrings = {
  exhibitorPanel: 'Selected exhibitor',
  illustrative: 'illustrative',
  illustrativeHint: 'An example stand: the exhibitor’s details are to be announced.',
  aboutExhibitor: (name) => `About ${name}`,
  showBooth: (code) => `Booth ${code}`,
  exhibitorHeading: 'Exhibitor',
  boothsHeading: (count) => (count === 1 ? 'Booth' : 'Booths'),
  exhibitsHeading: (count) => `Exhibits (${count})`,
  noExhibits: 'No exhibits listed yet.',
  opensNewTab: 'opens in a new tab',
  mediaLabel: 'Pictures and videos',
  mediaFailed: (kind) => (kind === 'image' ? 'This picture could not be shown.' : 'This video cannot be played here.'),
  mediaElsewhere: (kind) => (kind === 'image' ? 'This picture is on another website:' : 'This video is on another website:'),
  captionsLabel: { zh: '中文', en: 'English' },
  errorVisitor: 'The expo cannot be opened at the moment. Please try again later.',
  errorDetails: 'Details for the organisers',
};

const ZH: PanelStrings = {
  exhibitorPanel: '所选展商',
  illustrative: '示意',
  illustrativeHint: '示例展位：参展单位信息待公布。',
  aboutExhibitor: (name) => `查看展商：${name}`,
  showBooth: (code) => `展位 ${code}`,
  exhibitorHeading: '展商',
  boothsHeading: () => '展位',
  exhibitsHeading: (count) => `展品（${count}）`,
  noExhibits: '暂无展品信息。',
  opensNewTab: '在新标签页中打开',
  mediaLabel: '图片与视频',
  mediaFailed: (kind) => (kind === 'image' ? '此图片无法显示。' : '此视频无法在此播放。'),
  mediaElsewhere: (kind) => (kind === 'image' ? '此图片位于其他网站：' : '此视频位于其他网站：'),
  captionsLabel: { zh: '中文', en: 'English' },
  errorVisitor: '展会暂时无法打开，请稍后再试。',
  errorDetails: '供主办方参考的详细信息',
};

export function panelStrings(language: Language): PanelStrings {
  return language === 'zh' ? ZH : EN;
}
