import { useState } from 'react';
import type { Language } from '../../scene';
import { useLanguage } from '../../store/useLanguage';
import type { MediaItem } from './mediaItems';
import { panelStrings } from './panelStrings';
import './panels.css';

export interface ExhibitMediaProps {
  items: readonly MediaItem[];
}

/**
 * An exhibit's pictures and videos in its panel (loaded with the panel, not before the first
 * frame: `ExhibitPanel` imports this lazily). Pictures load as they scroll into view; videos show
 * the browser's controls, never play by themselves, and carry captions; anything that cannot be
 * shown says so in a line instead of a broken picture (`mediaItems` for why other sites' media are
 * linked rather than embedded).
 */
export default function ExhibitMedia({ items }: ExhibitMediaProps) {
  const [language] = useLanguage();
  const text = panelStrings(language);
  if (items.length === 0) return null;
  return (
    <ul className="exhibit-media" aria-label={text.mediaLabel}>
      {items.map((item) => (
        <li key={item.show === 'embed' ? item.src : item.href}>
          <Medium item={item} language={language} />
        </li>
      ))}
    </ul>
  );
}

function Medium({ item, language }: { item: MediaItem; language: Language }) {
  const text = panelStrings(language);
  // Keyed by address: another exhibit's medium starts afresh.
  const [failedSrc, setFailedSrc] = useState<string | undefined>(undefined);
  if (item.show === 'elsewhere') {
    return (
      <figure className="exhibit-medium">
        <p className="medium-note">
          {text.mediaElsewhere(item.kind)}{' '}
          <a href={item.href} target="_blank" rel="noopener noreferrer">
            {item.host}
            <span aria-hidden="true">{' ↗'}</span>
            <span className="visually-hidden"> ({text.opensNewTab})</span>
          </a>
        </p>
        {item.caption ? <figcaption>{item.caption}</figcaption> : null}
      </figure>
    );
  }
  const failed = failedSrc === item.src;
  const fail = () => setFailedSrc(item.src);
  return (
    <figure className="exhibit-medium">
      {failed ? (
        <p className="medium-note" role="status">
          {text.mediaFailed(item.kind)}
        </p>
      ) : item.kind === 'image' ? (
        <img src={item.src} alt={item.alt} loading="lazy" decoding="async" onError={fail} />
      ) : (
        // No autoplay, ever; `preload="metadata"` fetches only what the first frame and length need.
        <video src={item.src} controls preload="metadata" playsInline aria-label={item.label} onError={fail}>
          {item.tracks.map((track) => (
            <track key={track.src} kind="captions" src={track.src} srcLang={track.language === 'zh' ? 'zh-CN' : 'en'} label={text.captionsLabel[track.language]} default={track.isDefault} />
          ))}
        </video>
      )}
      {item.caption ? <figcaption>{item.caption}</figcaption> : null}
    </figure>
  );
}
