/** The markup of the panels' media and links, rendered on the server as the browser would get it. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import ExhibitMedia from '../../../src/ui/panels/ExhibitMedia';
import { PanelLinks } from '../../../src/ui/PanelLinks';

vi.mock('../../../src/store/useLanguage', () => ({ useLanguage: () => ['en', () => undefined] }));

describe('ExhibitMedia', () => {
  it('loads pictures lazily, with their alt text and caption', () => {
    const markup = renderToStaticMarkup(createElement(ExhibitMedia, { items: [{ show: 'embed', kind: 'image', src: 'https://x.example/media/a.svg', alt: 'A dish', caption: 'Schematic' }] }));
    expect(markup).toContain('<img src="https://x.example/media/a.svg" alt="A dish" loading="lazy" decoding="async"/>');
    expect(markup).toContain('<figcaption>Schematic</figcaption>');
  });

  it('gives a video controls and captions and never lets it play by itself', () => {
    const markup = renderToStaticMarkup(
      createElement(ExhibitMedia, {
        items: [{ show: 'embed', kind: 'video', src: 'https://x.example/v.webm', caption: '', label: 'Clip', tracks: [{ language: 'en', src: 'https://x.example/v.en.vtt', isDefault: true }] }],
      }),
    );
    expect(markup).toContain('<video src="https://x.example/v.webm" controls="" preload="metadata" playsInline="" aria-label="Clip">');
    expect(markup).toContain('<track kind="captions" src="https://x.example/v.en.vtt" srcLang="en" label="English" default=""/>');
    expect(markup).not.toMatch(/autoplay/i);
  });

  it('links a medium on another site in a line, with no picture', () => {
    const markup = renderToStaticMarkup(createElement(ExhibitMedia, { items: [{ show: 'elsewhere', kind: 'image', href: 'https://pics.example.net/a.jpg', host: 'pics.example.net', caption: '' }] }));
    expect(markup).toContain('This picture is on another website:');
    expect(markup).toContain('<a href="https://pics.example.net/a.jpg" target="_blank" rel="noopener noreferrer">pics.example.net');
    expect(markup).not.toContain('<img');
  });
});

describe('PanelLinks', () => {
  it('opens web links in a new tab that cannot reach back, naming the site; drops other schemes', () => {
    const markup = renderToStaticMarkup(
      createElement(PanelLinks, {
        links: [
          { label: 'Website', url: 'https://www.huawei.com' },
          { label: '', url: 'javascript:alert(1)' },
          { label: '', url: 'mailto:info@example.org' },
        ],
      }),
    );
    expect(markup).toContain('<a href="https://www.huawei.com/" target="_blank" rel="noopener noreferrer">Website<span class="link-host"> www.huawei.com</span>');
    expect(markup).toContain('(opens in a new tab)');
    expect(markup).toContain('<a href="mailto:info@example.org">info@example.org</a>');
    expect(markup).not.toContain('javascript');
  });
});
