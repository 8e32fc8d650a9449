export interface PanelLinksProps {
  links: readonly { label: string; url: string }[];
}

/**
 * A panel's links (from the scene: already limited to https:, http: and mailto:), as text, each
 * opening in a new tab that cannot reach back to this page.
 */
export function PanelLinks({ links }: PanelLinksProps) {
  if (links.length === 0) return null;
  return (
    <ul className="exhibit-links">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
