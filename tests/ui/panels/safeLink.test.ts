import { describe, expect, it } from 'vitest';
import { safeLink } from '../../../src/ui/panels/safeLink';

describe('safeLink', () => {
  it('shows a web link with its own label and the host it leads to', () => {
    expect(safeLink('https://www.huawei.com', 'Huawei')).toEqual({ kind: 'web', href: 'https://www.huawei.com/', label: 'Huawei', host: 'www.huawei.com' });
    expect(safeLink('http://example.org/a?b=1', 'Example')).toEqual({ kind: 'web', href: 'http://example.org/a?b=1', label: 'Example', host: 'example.org' });
  });

  it('names a web link without a label of its own by its host', () => {
    expect(safeLink('https://www.dji.com/products', '')).toMatchObject({ label: 'www.dji.com', host: 'www.dji.com' });
    expect(safeLink('https://www.dji.com/products', 'https://www.dji.com/products')).toMatchObject({ label: 'www.dji.com' });
  });

  it('keeps an e-mail link, named by its address', () => {
    expect(safeLink('mailto:info@example.org', '')).toEqual({ kind: 'mail', href: 'mailto:info@example.org', label: 'info@example.org', address: 'info@example.org' });
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org/x', 'not a url', 'mailto:'])('refuses %s', (url) => {
    expect(safeLink(url, 'label')).toBeUndefined();
  });
});
