/**
 * Which of a panel's links are shown, and how: a web address (http: or https:) opens in a new tab
 * that cannot reach back to this page, with its host shown so the visitor knows they leave the
 * expo; an e-mail address opens the mail program; anything else is not shown. The scene's schema
 * already refuses other schemes; this is the panel's own guard, so a scene built in code (or a
 * future field) cannot slip a `javascript:` address into an `href`.
 */

export type SafeLink =
  | { kind: 'web'; href: string; label: string; host: string }
  | { kind: 'mail'; href: string; label: string; address: string };

/**
 * The link to show for `url` with the visitor's `label` (empty: none given), or undefined when it
 * must not be shown. A web link without a label of its own is named by its host.
 */
export function safeLink(url: string, label: string): SafeLink | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const given = label.trim() === url.trim() ? '' : label.trim();
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
    if (parsed.hostname === '') return undefined;
    return { kind: 'web', href: parsed.href, label: given || parsed.hostname, host: parsed.hostname };
  }
  if (parsed.protocol === 'mailto:') {
    const address = decodeURIComponent(parsed.pathname);
    if (address === '') return undefined;
    return { kind: 'mail', href: parsed.href, label: given || address, address };
  }
  return undefined;
}
