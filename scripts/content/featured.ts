/**
 * Types and small helpers for featured booths: the booths of the exhibitors the articles name and
 * of the headline exhibits, placed one by one (explicit `booths`) with hand-placed exhibits.
 *
 * Offsets are in the booth's own frame: x along the front (east for a booth facing south), z
 * towards the front. Every offset stays inside the footprint (|x| < width/2, |z| < depth/2).
 */
import type { BoothTemplate } from '../../src/scene/schema';
import type { ModelName } from './models';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FeaturedExhibit {
  /** Exhibit id, unique in the scene. */
  id: string;
  model: ModelName;
  offsetM: [number, number];
  rotationDeg?: number;
  scale?: number;
  elevationM?: number;
  title: Bilingual;
  description?: Bilingual;
  /**
   * `'furniture'` for the stand's own fittings (counters, plants, roll-up banners, partitions,
   * posters and screens about the exhibit beside them, chairs, information plinths): drawn, but
   * left out of search and the booth list (issue 10). Set per entry, not guessed from the model:
   * a screen or poster that is itself a named event or platform stays an exhibit.
   */
  role?: 'furniture';
}

export interface FeaturedBooth {
  /** Booth code; the booth id follows from it ("N-001" → "booth-n-001"). */
  code: string;
  zone: string;
  exhibitor: string;
  /** [width along the front, depth], metres. */
  sizeM: [number, number];
  template: BoothTemplate;
  exhibits: FeaturedExhibit[];
}

/**
 * A stand for a named exhibitor whose exhibits the articles do not list: only furniture, so the
 * scene makes no claim about what the organisation shows (and search lists none of it). The
 * fittings carry no description: a visitor who taps a counter learns what it is from its title,
 * and notes about the sources are for curators, not visitors (issue 12).
 */
export function brandStand(key: string, name: Bilingual, [width, depth]: [number, number]): FeaturedExhibit[] {
  const front = depth / 2 - 1.2;
  const back = -depth / 2 + 0.6;
  return [
    { id: `${key}-counter`, model: 'counter', offsetM: [0, front], title: { zh: `${name.zh}接待台`, en: `${name.en} reception counter` }, role: 'furniture' },
    { id: `${key}-screen`, model: 'screen', offsetM: [0, back], title: { zh: `${name.zh}品牌展示屏`, en: `${name.en} brand screen` }, role: 'furniture' },
    { id: `${key}-banner-west`, model: 'banner', offsetM: [-width / 2 + 1, front], title: { zh: `${name.zh}展架`, en: `${name.en} roll-up banner` }, role: 'furniture' },
    { id: `${key}-banner-east`, model: 'banner', offsetM: [width / 2 - 1, front], title: { zh: `${name.zh}展架`, en: `${name.en} roll-up banner` }, role: 'furniture' },
    { id: `${key}-plant`, model: 'plant', offsetM: [width / 2 - 0.8, back], title: { zh: '绿植', en: 'Plant' }, role: 'furniture' },
  ];
}
