import { useLanguage } from '../store/useLanguage';
import { panelStrings } from './panels/panelStrings';
import { safeLink } from './panels/safeLink';
import './panels/panels.css';

export interface PanelLinksProps {
  /** The scene's links with the visitor's label (empty when the scene gives none). */
  links: readonly { label: string; url: string }[];
}

/**
 * A panel's links, as text. A web link opens in a new tab that cannot reach back to this page
 * (`rel="noopener noreferrer"`), and shows its host, so the visitor knows it leaves the expo and
 * where to; an e-mail link opens the mail program; other addresses are not shown (`safeLink`).
 */
export function PanelLinks({ links }: PanelLinksProps) {
  const [language] = useLanguage();
  const text = panelStrings(language);
  const shown = links.flatMap((link) => safeLink(link.url, link.label) ?? []);
  if (shown.length === 0) return null;
  return (
    <ul className="exhibit-links">
      {shown.map((link) => (
        <li key={link.href}>
          {link.kind === 'web' ? (
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
              {link.label === link.host ? null : <span className="link-host"> {link.host}</span>}
              <span className="link-away" aria-hidden="true">
                {' ↗'}
              </span>
              <span className="visually-hidden"> ({text.opensNewTab})</span>
            </a>
          ) : (
            <a href={link.href}>{link.label}</a>
          )}
        </li>
      ))}
    </ul>
  );
}
