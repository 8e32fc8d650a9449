import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitLabelText, type MeasureText } from '../../../src/render/labels';

/** Every code point is 0.5 em wide. */
const measure: MeasureText = (text, fontPx) => Array.from(text).length * fontPx * 0.5;

describe('fitLabelText', () => {
  it('keeps text that fits as it is', () => {
    expect(fitLabelText('Acme', { fontPx: 40, weight: 700, maxWidthPx: 100 }, measure)).toEqual({ text: 'Acme', fontPx: 40, widthPx: 80 });
  });

  it('shrinks the font of a slightly long text to fit', () => {
    const fitted = fitLabelText('Acme Robotics', { fontPx: 40, weight: 700, maxWidthPx: 200 }, measure);
    expect(fitted?.text).toBe('Acme Robotics');
    expect(fitted?.fontPx).toBe(30);
    expect(fitted?.widthPx).toBeLessThanOrEqual(200);
  });

  it('cuts a much longer text short with an ellipsis at the smallest size', () => {
    const fitted = fitLabelText('Mianyang Zhongjiu Flash Medical Technology Co., Ltd.', { fontPx: 40, weight: 700, maxWidthPx: 240, minScale: 0.5 }, measure);
    expect(fitted?.fontPx).toBe(20);
    expect(fitted?.text.endsWith(ELLIPSIS)).toBe(true);
    expect(fitted?.widthPx).toBeLessThanOrEqual(240);
    // The longest such prefix: 24 code points of 10 px.
    expect(Array.from(fitted?.text ?? '')).toHaveLength(24);
    expect(fitted?.text.startsWith('Mianyang Zhongjiu Flash')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const fitted = fitLabelText('😀'.repeat(40), { fontPx: 20, weight: 400, maxWidthPx: 60 }, measure);
    expect(fitted?.text).toMatch(/^(?:😀)+…$/u);
  });

  it('gives nothing for empty text or no room', () => {
    expect(fitLabelText('', { fontPx: 20, weight: 400, maxWidthPx: 60 }, measure)).toBeUndefined();
    expect(fitLabelText('abc', { fontPx: 20, weight: 400, maxWidthPx: 0 }, measure)).toBeUndefined();
    expect(fitLabelText('abc', { fontPx: 40, weight: 400, maxWidthPx: 5 }, measure)).toBeUndefined();
  });
});
