/**
 * What the exhibit panel shows for each of an exhibit's media, in the visitor's language: a
 * picture or video of this site, embedded; or, for an `https://` address of another site, a line
 * naming that site with a link to it.
 *
 * Why not embed other sites' media: the recommended Content-Security-Policy (README,
 * "Deployment"; `tests/e2e/csp.ts`) has `img-src 'self'` and, through `default-src 'self'`,
 * media from this site only, so the browser would refuse the file and report a violation; and a
 * picture fetched from another site tells that site who is looking. A line with the host says
 * what is there, and the visitor decides whether to go.
 */
import { localizedString, type Language, type LocalizedText } from '../../scene';

/** One medium as the scene gives it (`exhibits[].media[]`). */
export interface SceneMedium {
  kind: 'image' | 'video';
  url: string;
  caption?: LocalizedText | undefined;
  alt?: LocalizedText | undefined;
  captions?: Partial<Record<Language, string>> | undefined;
}

/** A captions track of a video, the visitor's language first (the browser shows the `default` one). */
export interface CaptionsTrack {
  language: Language;
  src: string;
  isDefault: boolean;
}

export type MediaItem =
  | { show: 'embed'; kind: 'image'; src: string; alt: string; caption: string }
  | { show: 'embed'; kind: 'video'; src: string; caption: string; label: string; tracks: CaptionsTrack[] }
  | { show: 'elsewhere'; kind: 'image' | 'video'; href: string; host: string; caption: string };

/**
 * The items to show for an exhibit titled `title`, for a page at `pageUrl` (`document.baseURI`:
 * relative paths are on this site, below it).
 */
export function mediaItems(media: readonly SceneMedium[], title: string, language: Language, pageUrl: string): MediaItem[] {
  const page = new URL(pageUrl);
  return media.flatMap((medium): MediaItem[] => {
    let url: URL;
    try {
      url = new URL(medium.url, page);
    } catch {
      return [];
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
    const caption = medium.caption ? localizedString(medium.caption, language) : '';
    if (url.origin !== page.origin) return [{ show: 'elsewhere', kind: medium.kind, href: url.href, host: url.hostname, caption }];
    if (medium.kind === 'image') {
      // A picture always has a text alternative: its own, else the caption, else the exhibit's title.
      const alt = (medium.alt ? localizedString(medium.alt, language) : '') || caption || title;
      return [{ show: 'embed', kind: 'image', src: url.href, alt, caption }];
    }
    return [{ show: 'embed', kind: 'video', src: url.href, caption, label: caption || title, tracks: captionsTracks(medium.captions, language, page) }];
  });
}

function captionsTracks(captions: SceneMedium['captions'], language: Language, page: URL): CaptionsTrack[] {
  if (!captions) return [];
  const languages: Language[] = language === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  const tracks: CaptionsTrack[] = [];
  for (const trackLanguage of languages) {
    const path = captions[trackLanguage];
    if (!path) continue;
    const src = new URL(path, page);
    // A track from another site would need CORS; the schema allows only this site's files.
    if (src.origin !== page.origin) continue;
    tracks.push({ language: trackLanguage, src: src.href, isDefault: tracks.length === 0 });
  }
  return tracks;
}
