import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../src/search/normalizeText';
import { createPinyinIndexer } from '../../src/search/pinyinTokens';
import { cjkIndexTerms, cjkQueryTerms, compactText, segmentText, textTerms } from '../../src/search/tokenize';

describe('normalizeSearchText', () => {
  it('folds case, full-width forms and Latin accents', () => {
    expect(normalizeSearchText('ＦＡＳＴ Café')).toBe('fast cafe');
  });

  it('keeps kana and Hangul letters intact while folding', () => {
    expect(normalizeSearchText('ガンダム 한국')).toBe('ガンダム 한국');
  });

  it('joins words across an inner apostrophe', () => {
    expect(normalizeSearchText('China’s Xi\'an')).toBe('chinas xian');
  });

  it('replaces lone surrogates with spaces and keeps paired ones', () => {
    expect(normalizeSearchText('a\uD800b\uDC00c')).toBe('a b c');
    expect(normalizeSearchText('𠀋')).toBe('𠀋');
  });
});

describe('segmentText and terms', () => {
  it('splits CJK runs from words at any symbol', () => {
    expect(segmentText(normalizeSearchText('新一代“人造太阳”HL-2M托卡马克'))).toEqual([
      { cjk: true, text: '新一代' },
      { cjk: true, text: '人造太阳' },
      { cjk: false, text: 'hl' },
      { cjk: false, text: '2m' },
      { cjk: true, text: '托卡马克' },
    ]);
  });

  it('indexes a CJK run as its characters and adjacent pairs', () => {
    expect(cjkIndexTerms('中国天眼')).toEqual(['中', '中国', '国', '国天', '天', '天眼', '眼']);
  });

  it('queries a CJK run by its pairs, or by its character when alone', () => {
    expect(cjkQueryTerms('中国天眼')).toEqual(['中国', '国天', '天眼']);
    expect(cjkQueryTerms('眼')).toEqual(['眼']);
  });

  it('gives words and CJK terms of mixed text', () => {
    expect(textTerms(normalizeSearchText('FAST 望远镜'))).toEqual(['fast', '望', '望远', '远', '远镜', '镜']);
  });

  it('compacts text without separators, cut to a length', () => {
    expect(compactText(normalizeSearchText('A-101'), 32)).toBe('a101');
    expect(compactText(normalizeSearchText('中国 天眼 FAST'), 5)).toBe('中国天眼f');
  });
});

describe('pinyin terms', () => {
  it('indexes every syllable suffix of a Han run in full pinyin and initials', () => {
    expect(createPinyinIndexer().suffixTerms(segmentText('中国天眼'))).toEqual(['zhongguotianyan', 'zgty', 'guotianyan', 'gty', 'tianyan', 'ty', 'yan', 'y']);
  });

  it('uses word readings for polyphonic characters', () => {
    expect(createPinyinIndexer().suffixTerms(segmentText('重庆'))[0]).toBe('chongqing');
  });

  it('gives whole-name keys in full pinyin and initials, keeping other words', () => {
    const indexer = createPinyinIndexer();
    expect(indexer.wholeKeys(segmentText('华为'), 32)).toEqual(['huawei', 'hw']);
    expect(indexer.wholeKeys(segmentText('华为 mate'), 32)).toEqual(['huaweimate', 'hwmate']);
    expect(indexer.wholeKeys(segmentText('sky eye'), 32)).toEqual([]);
  });

  it('cuts a suffix after eight syllables', () => {
    const terms = createPinyinIndexer().suffixTerms(segmentText('一二三四五六七八九十'));
    expect(terms[0]).toBe('yiersansiwuliuqiba');
    expect(terms[1]).toBe('yesswlqb');
  });
});
