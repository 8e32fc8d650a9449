import { describe, expect, it } from 'vitest';
import { mediaItems } from '../../../src/ui/panels/mediaItems';

const PAGE = 'https://expo.example/cloud/';

describe('mediaItems', () => {
  it('embeds a picture of this site, below the page, with its alt text in the visitor language', () => {
    const items = mediaItems([{ kind: 'image', url: 'media/fast.svg', caption: { zh: '剖面', en: 'Section' }, alt: { zh: '一口天线', en: 'A dish' } }], 'FAST', 'zh', PAGE);
    expect(items).toEqual([{ show: 'embed', kind: 'image', src: 'https://expo.example/cloud/media/fast.svg', alt: '一口天线', caption: '剖面' }]);
  });

  it('gives a picture without alt text its caption, else the exhibit title, as its text alternative', () => {
    const [captioned, bare] = mediaItems(
      [
        { kind: 'image', url: 'media/a.png', caption: { en: 'The dish from above' } },
        { kind: 'image', url: 'media/b.png' },
      ],
      'FAST',
      'en',
      PAGE,
    );
    expect(captioned).toMatchObject({ alt: 'The dish from above' });
    expect(bare).toMatchObject({ alt: 'FAST', caption: '' });
  });

  it('links to a medium on another site instead of embedding it', () => {
    expect(mediaItems([{ kind: 'video', url: 'https://video.example.net/v/1.mp4', caption: { en: 'Clip' } }], 'FAST', 'en', PAGE)).toEqual([
      { show: 'elsewhere', kind: 'video', href: 'https://video.example.net/v/1.mp4', host: 'video.example.net', caption: 'Clip' },
    ]);
  });

  it('embeds an https address of this very site', () => {
    expect(mediaItems([{ kind: 'image', url: 'https://expo.example/cloud/media/x.png' }], 'X', 'en', PAGE)).toMatchObject([{ show: 'embed', src: 'https://expo.example/cloud/media/x.png' }]);
  });

  it('gives a video its captions tracks, the visitor language first and default', () => {
    const [video] = mediaItems([{ kind: 'video', url: 'media/v.webm', captions: { zh: 'media/v.zh.vtt', en: 'media/v.en.vtt' } }], 'Clip title', 'en', PAGE);
    expect(video).toEqual({
      show: 'embed',
      kind: 'video',
      src: 'https://expo.example/cloud/media/v.webm',
      caption: '',
      label: 'Clip title',
      tracks: [
        { language: 'en', src: 'https://expo.example/cloud/media/v.en.vtt', isDefault: true },
        { language: 'zh', src: 'https://expo.example/cloud/media/v.zh.vtt', isDefault: false },
      ],
    });
  });

  it('drops an address that is not a web address', () => {
    expect(mediaItems([{ kind: 'image', url: 'javascript:alert(1)' }], 'X', 'en', PAGE)).toEqual([]);
  });
});
